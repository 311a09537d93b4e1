// The report's four charts as ECharts options: quantity × quality quadrant, tie-strength histogram, top companies, growth.
import type { MarketReport, Quadrant } from '../../core/market/market-report.ts';
import type { ChartSpec } from './chart-svg.ts';
import { formatCount, formatDecimal, formatMonthShort, formatShare, formatStrength } from './format.ts';

/** Colours chosen to stay apart for colour-blind readers and in greyscale print; text colours pass WCAG AA on white. */
export const COLORS = {
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9e2ec',
  accent: '#1d4ed8',
  accentSoft: '#93b4f5',
  goal: '#b42318',
  bands: { weak: '#9fb3c8', moderate: '#4a7fc1', strong: '#1d3f72' } as Record<string, string>,
  quadrant: { current: 'rgba(29, 78, 216, 0.16)', other: 'rgba(82, 96, 109, 0.06)' },
};

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'few-weak': 'Few in-market connections, weak ties',
  'few-strong': 'Few in-market connections, warm ties',
  'many-weak': 'Many in-market connections, weak ties',
  'many-strong': 'Many in-market connections, warm ties',
};

const axisText = { color: COLORS.muted, fontSize: 12 };
const axisName = { color: COLORS.text, fontSize: 12, fontWeight: 'bold' as const };
const splitLine = { lineStyle: { color: COLORS.grid } };

/** Rounds up to a round multiple of a power of ten (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8): an axis maximum with round ticks. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value - 1e-9) ?? 10;
  return step * power;
}

/**
 * Quantity (goal progress) across, quality (median tie strength) up; the four quadrants shaded, this network's one
 * point on top. `boundaries` are where the report splits few/many and weak/warm (REPORT_DEFAULTS in core).
 */
export function quadrantChart(report: MarketReport, boundaries: { largeShare: number; warmMedian: number }): ChartSpec {
  const { goalProgress } = report.quantity;
  const { medianStrength, quadrant } = report.quality;
  const xb = boundaries.largeShare;
  const yb = boundaries.warmMedian;
  // Room to the right of the point; past 4× the goal, whole multiples keep the ticks round.
  const wanted = goalProgress * 1.15;
  const xMax = Math.max(2 * xb, wanted > 4 ? Math.ceil(wanted) : Math.ceil(wanted * 2) / 2);
  const yMax = Math.min(1, Math.max(2 * yb, Math.ceil((medianStrength + 0.08) * 10) / 10));
  type Corner = 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight';
  const area = (name: Quadrant, x0: number, y0: number, x1: number, y1: number, outerCorner: Corner) => {
    const current = name === quadrant;
    // The point sits in the current quadrant: its label goes to the corner away from the point so they never overlap.
    const awayFromPoint: Corner = `inside${(medianStrength - y0) / (y1 - y0) > 0.5 ? 'Bottom' : 'Top'}${(goalProgress - x0) / (x1 - x0) > 0.5 ? 'Left' : 'Right'}`;
    const position = current ? awayFromPoint : outerCorner;
    const start = {
      name: QUADRANT_LABELS[name].replace(', ', ',\n'),
      xAxis: x0,
      yAxis: y0,
      itemStyle: { color: current ? COLORS.quadrant.current : COLORS.quadrant.other },
      label: { position, color: current ? COLORS.accent : COLORS.muted, fontWeight: current ? ('bold' as const) : ('normal' as const), fontSize: 12, lineHeight: 16 },
    };
    const end = { xAxis: x1, yAxis: y1 };
    // A 2-D mark area is a [corner, opposite corner] pair.
    return [start, end] as [typeof start, typeof end];
  };
  return {
    id: 'quadrant',
    width: 480,
    height: 360,
    label: `Quantity against quality: goal progress ${formatShare(goalProgress)}, median tie strength ${formatStrength(medianStrength)}; quadrant: ${QUADRANT_LABELS[quadrant]}.`,
    option: {
      grid: { left: 64, right: 24, top: 24, bottom: 56 },
      xAxis: {
        type: 'value', min: 0, max: xMax, interval: xMax > 4 ? 1 : 0.5,
        name: 'In-market connections, share of goal', nameLocation: 'middle', nameGap: 32, nameTextStyle: axisName,
        axisLabel: { ...axisText, formatter: (value: number) => formatShare(value) }, splitLine,
      },
      yAxis: {
        type: 'value', min: 0, max: yMax,
        name: 'Median tie strength', nameLocation: 'middle', nameGap: 44, nameTextStyle: axisName,
        axisLabel: { ...axisText, formatter: (value: number) => formatDecimal(value, 2) }, splitLine,
      },
      series: [
        {
          type: 'scatter',
          data: [[goalProgress, medianStrength]],
          symbolSize: 18,
          itemStyle: { color: COLORS.accent, borderColor: '#ffffff', borderWidth: 2 },
          label: { show: true, position: goalProgress > xMax * 0.7 ? 'left' : 'right', formatter: 'Your network', color: COLORS.text, fontWeight: 'bold', fontSize: 13 },
          markArea: {
            silent: true,
            data: [
              area('few-weak', 0, 0, xb, yb, 'insideBottomLeft'),
              area('few-strong', 0, yb, xb, yMax, 'insideTopLeft'),
              area('many-weak', xb, 0, xMax, yb, 'insideBottomRight'),
              area('many-strong', xb, yb, xMax, yMax, 'insideTopRight'),
            ],
          },
          markLine: {
            silent: true, symbol: 'none',
            lineStyle: { color: COLORS.muted, type: 'dashed' },
            label: { color: COLORS.muted, fontSize: 11 },
            data: [{ xAxis: xb, label: { formatter: 'goal', position: 'end' } }, { yAxis: yb, label: { formatter: 'warm', position: 'insideEndTop' } }],
          },
        },
      ],
    },
  };
}

const binLabel = (index: number) => `${formatDecimal(index / 10)}–${formatDecimal((index + 1) / 10)}`;

/** Ten bins of in-market tie strength, one stacked series per band so the legend names and colours the bands. */
export function strengthHistogramChart(report: MarketReport): ChartSpec {
  const { histogram, bands } = report.quality;
  const bandOf = (index: number) => bands.find((band) => (index + 0.5) / 10 >= band.min && (index + 0.5) / 10 < band.max) ?? bands[bands.length - 1];
  return {
    id: 'strength-histogram',
    width: 480,
    height: 360,
    label: `Tie strength of in-market connections in ten bins: ${histogram.map((count, index) => `${binLabel(index)}: ${count}`).join(', ')}.`,
    option: {
      grid: { left: 56, right: 16, top: 48, bottom: 56 },
      legend: { top: 0, left: 'center', itemGap: 24, textStyle: { color: COLORS.text, fontSize: 12 }, itemWidth: 14, itemHeight: 14 },
      xAxis: {
        type: 'category', data: histogram.map((_, index) => binLabel(index)),
        name: 'Tie strength', nameLocation: 'middle', nameGap: 34, nameTextStyle: axisName, axisLabel: { ...axisText, fontSize: 10, interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1, name: 'Connections', nameLocation: 'middle', nameGap: 40, nameTextStyle: axisName, axisLabel: axisText, splitLine },
      series: bands.map((band) => ({
        type: 'bar' as const,
        name: `${band.label} ${formatCount(band.count)}`,
        stack: 'bins',
        barCategoryGap: '12%',
        itemStyle: { color: COLORS.bands[band.label] ?? COLORS.accent },
        label: { show: true, position: 'top' as const, color: COLORS.text, fontSize: 11 },
        data: histogram.map((count, index) => (bandOf(index) === band && count > 0 ? count : '-')),
      })),
    },
  };
}

/** The companies holding most in-market contacts, largest first, with their share. */
export function topCompaniesChart(report: MarketReport): ChartSpec {
  const companies = report.breadth.topCompanies;
  return {
    id: 'top-companies',
    width: 880,
    height: 48 + 30 * companies.length,
    label: `In-market contacts by company: ${companies.map((company) => `${company.name} ${company.count} (${formatShare(company.share)})`).join(', ')}.`,
    option: {
      grid: { left: 236, right: 110, top: 8, bottom: 32 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: axisText, splitLine },
      yAxis: {
        type: 'category', inverse: true, data: companies.map((company) => company.name),
        axisLabel: { ...axisText, fontSize: 13, color: COLORS.text, width: 190, overflow: 'truncate' }, axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          barWidth: 18,
          data: companies.map((company, index) => ({ value: company.count, itemStyle: { color: index < 5 ? COLORS.accent : COLORS.accentSoft } })),
          label: {
            show: true, position: 'right', color: COLORS.text, fontSize: 12,
            formatter: (params: { dataIndex: number }) => `${formatCount(companies[params.dataIndex].count)} · ${formatShare(companies[params.dataIndex].share)}`,
          },
        },
      ],
    },
  };
}

/** In-market connections added each month (bars) and the running total (line) against the goal (dashed). */
export function growthChart(report: MarketReport): ChartSpec {
  const { months } = report.growth;
  const goal = report.quantity.goal;
  const maxTotal = Math.max(0, ...months.map((month) => month.cumulative));
  return {
    id: 'growth',
    width: 880,
    height: 340,
    label: `In-market connections added per month from ${months[0]?.month ?? ''} to ${months[months.length - 1]?.month ?? ''}, and the running total against a goal of ${formatCount(goal)}.`,
    option: {
      grid: { left: 56, right: 64, top: 48, bottom: 48 },
      legend: { top: 0, left: 'center', itemGap: 32, textStyle: { color: COLORS.text, fontSize: 12 } },
      xAxis: { type: 'category', data: months.map((month) => formatMonthShort(month.month)), axisLabel: { ...axisText, fontSize: 11 } },
      yAxis: [
        { type: 'value', minInterval: 1, name: 'Added', nameTextStyle: axisName, axisLabel: axisText, splitLine },
        { type: 'value', min: 0, max: niceCeil(Math.max(maxTotal, goal) * 1.05), minInterval: 1, name: 'Total', nameTextStyle: axisName, axisLabel: axisText, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: 'Added that month', data: months.map((month) => month.added), itemStyle: { color: COLORS.accentSoft }, barCategoryGap: '25%' },
        {
          type: 'line', name: 'Total in market', yAxisIndex: 1, data: months.map((month) => month.cumulative),
          itemStyle: { color: COLORS.accent }, lineStyle: { width: 3, color: COLORS.accent }, symbol: 'circle', symbolSize: 5,
          markLine: goal > 0
            ? { silent: true, symbol: 'none', lineStyle: { color: COLORS.goal, type: 'dashed', width: 2 }, label: { formatter: `goal ${formatCount(goal)}`, color: COLORS.goal, position: 'insideEndTop' }, data: [{ yAxis: goal }] }
            : undefined,
        },
      ],
    },
  };
}
