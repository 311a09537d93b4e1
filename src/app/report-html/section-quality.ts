// The Quality section: where the network sits on quantity × quality, and how warm its in-market ties are.
import type { MarketReport } from '../../core/market/market-report.ts';
import { quadrantChart, QUADRANT_LABELS, strengthHistogramChart } from './charts.ts';
import { formatCount, formatDecimal, formatShare, formatStrength } from './format.ts';
import { html, type SafeHtml } from './html-escape.ts';
import { chartFigure, emptyState, scrollTable, section, stats } from './section-parts.ts';

/** "weak 0–0.2, moderate 0.2–0.5, strong 0.5–1", from the report's own bands. */
function bandRanges(report: MarketReport): string {
  return report.quality.bands.map((band) => `${band.label} ${formatDecimal(band.min)}–${formatDecimal(band.max)}`).join(', ');
}

function bandsTable(report: MarketReport): SafeHtml {
  const total = report.quality.bands.reduce((sum, band) => sum + band.count, 0);
  return scrollTable(
    'Tie strength bands',
    html`<table class="data-table bands-table">
<caption>In-market connections by tie strength band</caption>
<thead><tr><th scope="col">Band</th><th scope="col">Strength</th><th scope="col" class="num">Connections</th><th scope="col" class="num">Share</th></tr></thead>
<tbody>${report.quality.bands.map(
      (band) => html`<tr><th scope="row"><span class="swatch swatch-${band.label}" aria-hidden="true"></span>${band.label}</th><td>${formatDecimal(band.min)}–${formatDecimal(band.max)}</td><td class="num">${formatCount(band.count)}</td><td class="num">${formatShare(total ? band.count / total : 0)}</td></tr>`,
    )}</tbody>
</table>`,
  );
}

export function qualitySection(report: MarketReport): SafeHtml {
  const { quality, quantity } = report;
  if (quantity.inMarket === 0) {
    return section('quality', 'Quality', '', emptyState('No in-market connections yet, so there is no tie strength to chart. Add in-market connections first: quality only matters once you have quantity in your market.'));
  }
  const boundaries = report.quality.thresholds;
  const quadrant = quantity.goal > 0
    ? chartFigure(
        quadrantChart(report, boundaries),
        html`Quantity across (in-market connections as a share of the goal of ${formatCount(quantity.goal)}), quality up (median tie strength; ${formatStrength(boundaries.warmMedian)} and above is warm). Your network sits in <strong>${QUADRANT_LABELS[quality.quadrant].toLowerCase()}</strong>.`,
      )
    : emptyState(`No connections goal is set, so there is no quantity axis to place your network on. By its numbers it is: ${QUADRANT_LABELS[quality.quadrant].toLowerCase()}.`);
  const lead = `Half of your ${formatCount(quantity.inMarket)} in-market ties are at strength ${formatStrength(quality.medianStrength)} or above (mean ${formatStrength(quality.meanStrength)}). ${quality.advice}`;
  const body = html`${stats([
    { label: 'Median tie strength', value: formatStrength(quality.medianStrength), note: `warm from ${formatStrength(boundaries.warmMedian)}` },
    { label: 'Mean tie strength', value: formatStrength(quality.meanStrength), note: 'in-market ties, 0–1' },
    ...quality.bands.map((band) => ({ label: `${band.label[0].toUpperCase()}${band.label.slice(1)} ties`, value: formatCount(band.count), note: `strength ${formatDecimal(band.min)}–${formatDecimal(band.max)}` })),
  ])}
<div class="chart-grid">
${quadrant}
${chartFigure(strengthHistogramChart(report), `How warm your in-market ties are: ten bins of tie strength, coloured by band (${bandRanges(report)}). Weak ties carry news far; strong ties make introductions.`)}
</div>
${bandsTable(report)}`;
  return section('quality', 'Quality', lead, body);
}
