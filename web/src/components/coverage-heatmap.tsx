// Coverage per target company × seniority as a heat map (ECharts), with the same numbers in the coverage table.
import type { CoverageCompany } from '../api-types.ts';
import { Chart } from './chart.tsx';
import { countFits, heatmapLayout } from './heatmap-layout.ts';
import { heatmapTooltip } from './heatmap-tooltip.ts';

export const SENIORITY_LADDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner'];

/** Rows drawn at most: beyond that the cells get too small to read (the table lists every company). */
export const HEATMAP_ROWS = 40;

/** A company row as the page uses it, whichever field names the server used. */
export interface CoverageRow {
  company: string;
  tier: number | null;
  total: number;
  prospects: number;
  bySeniority: Record<string, number>;
  best: { contactId?: string; name: string; title?: string; strength?: number } | null;
}

export function coverageRow(company: CoverageCompany): CoverageRow {
  return {
    company: company.name,
    tier: company.tier,
    total: company.contacts,
    prospects: company.prospects,
    bySeniority: company.bySeniority,
    best: company.strongest,
  };
}

/** The seniorities that occur, in LinkedIn's ladder order (unknown levels last). */
export function senioritiesOf(companies: CoverageRow[]): string[] {
  const seen = new Set<string>();
  for (const company of companies) for (const level of Object.keys(company.bySeniority ?? {})) seen.add(level);
  const rank = (level: string) => (SENIORITY_LADDER.includes(level) ? SENIORITY_LADDER.indexOf(level) : SENIORITY_LADDER.length);
  return [...seen].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function CoverageHeatmap({ companies }: { companies: CoverageRow[] }) {
  const levels = senioritiesOf(companies);
  if (levels.length === 0) return null;
  const rows = companies.slice(0, HEATMAP_ROWS);
  const data: [number, number, number][] = [];
  let max = 1;
  rows.forEach((company, row) => {
    levels.forEach((level, column) => {
      const value = company.bySeniority?.[level] ?? 0;
      max = Math.max(max, value);
      data.push([column, row, value]);
    });
  });
  const names = rows.map((company) => company.company);
  const option = (width: number) => {
    const layout = heatmapLayout(width, names, levels);
    return {
      // The formatter's string is inserted as HTML: heatmapTooltip escapes the names in it.
      tooltip: { position: 'top', formatter: (point: { value: [number, number, number] }) => heatmapTooltip(rows[point.value[1]].company, levels[point.value[0]], point.value[2]) },
      // ECharts does not measure axis labels for the grid: the layout leaves room for them.
      grid: { left: layout.left, right: 8, top: 8, bottom: layout.bottom },
      xAxis: { type: 'category', data: levels, splitArea: { show: true }, axisLabel: { interval: 0, rotate: layout.rotate } },
      yAxis: { type: 'category', data: names, inverse: true, splitArea: { show: true }, axisLabel: { width: layout.nameWidth, overflow: 'truncate' } },
      // The legend reads "0 ▭ 104": what the lightest and the darkest colour count.
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: Math.min(160, width / 2), text: [String(max), '0'], textGap: 6, inRange: { color: ['#f1f5f9', '#67e8f9', '#0e7490', '#164e63'] } },
      series: [
        {
          name: 'Contacts',
          type: 'heatmap',
          data,
          label: {
            show: true,
            fontSize: layout.cellFontSize,
            formatter: (point: { value: [number, number, number] }) => (point.value[2] && countFits(point.value[2], layout.cell, layout.cellFontSize) ? String(point.value[2]) : ''),
          },
        },
      ],
    };
  };
  return <Chart option={option} label={`Contacts at ${rows.length} target companies by seniority, the legend from 0 to ${max}; the table below lists the same numbers`} height={Math.max(220, rows.length * 26 + 140)} />;
}
