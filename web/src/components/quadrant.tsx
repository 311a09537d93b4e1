// Quantity vs quality: where the network sits between few/many in-market connections and weak/warm ties (inline SVG).
import type { MarketReport } from '../api-types.ts';
import { percent } from './format.ts';

const LABELS: Record<MarketReport['quality']['quadrant'], string> = {
  'few-weak': 'Few and weak',
  'few-strong': 'Few but warm',
  'many-weak': 'Many but weak',
  'many-strong': 'Many and warm',
};

export function Quadrant({ report }: { report: MarketReport }) {
  const { quantity, quality } = report;
  const splitX = quality.thresholds?.largeShare ?? 1;
  const splitY = quality.thresholds?.warmMedian ?? 0.2;
  const maxX = Math.max(splitX * 2, quantity.goalProgress * 1.1);
  const maxY = Math.max(splitY * 2, quality.medianStrength * 1.15);
  const width = 320;
  const height = 220;
  const pad = 36;
  const x = (value: number) => pad + (Math.min(value, maxX) / maxX) * (width - pad - 8);
  const y = (value: number) => height - pad - (Math.min(value, maxY) / maxY) * (height - pad - 8);
  const cells: { key: MarketReport['quality']['quadrant']; x0: number; x1: number; y0: number; y1: number }[] = [
    { key: 'few-strong', x0: 0, x1: splitX, y0: splitY, y1: maxY },
    { key: 'many-strong', x0: splitX, x1: maxX, y0: splitY, y1: maxY },
    { key: 'few-weak', x0: 0, x1: splitX, y0: 0, y1: splitY },
    { key: 'many-weak', x0: splitX, x1: maxX, y0: 0, y1: splitY },
  ];
  const description = `${LABELS[quality.quadrant]}: ${quantity.inMarket} in-market connections (${percent(quantity.goalProgress)} of the goal of ${quantity.goal}), median tie strength ${quality.medianStrength.toFixed(2)} (warm from ${splitY}).`;
  return (
    <figure className="quadrant">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        {cells.map((cell) => (
          <g key={cell.key}>
            <rect
              x={x(cell.x0)}
              y={y(cell.y1)}
              width={x(cell.x1) - x(cell.x0)}
              height={y(cell.y0) - y(cell.y1)}
              className={cell.key === quality.quadrant ? 'quadrant-cell current' : 'quadrant-cell'}
            />
            <text x={(x(cell.x0) + x(cell.x1)) / 2} y={y(cell.y1) + 16} textAnchor="middle" className="quadrant-label">
              {LABELS[cell.key]}
            </text>
          </g>
        ))}
        <circle cx={x(quantity.goalProgress)} cy={y(quality.medianStrength)} r={7} className="quadrant-dot" />
        <text x={width / 2 + pad / 2} y={height - 8} textAnchor="middle" className="quadrant-axis">
          in-market connections, share of goal →
        </text>
        <text x={12} y={(height - pad) / 2} textAnchor="middle" className="quadrant-axis" transform={`rotate(-90 12 ${(height - pad) / 2})`}>
          median tie strength →
        </text>
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
