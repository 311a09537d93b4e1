// Renders one ECharts option to a static inline SVG, server-side, cleaned up so it can sit inside a strict-CSP HTML page.
import { BarChart, LineChart, ScatterChart, type BarSeriesOption, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml, trustedHtml, type SafeHtml } from './html-escape.ts';

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | MarkLineComponentOption
>;

export interface ChartSpec {
  /** Unique within one report and made of [a-z0-9-]: it prefixes the SVG's internal ids (clip paths). */
  id: string;
  width: number;
  height: number;
  /** What the chart shows, in words, for screen readers. */
  label: string;
  option: ChartOption;
}

/**
 * Arial-metric fonts: server-side ECharts has no canvas to measure text and estimates widths from Arial's metrics,
 * so labels it truncates or places only fit where the browser draws them in Arial or a metric twin (Liberation Sans).
 */
export const CHART_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * Makes ECharts' SSR output fit a static, self-contained page:
 * - internal ids carry a per-instance counter (`zr3-...`); they are renamed after the chart's id, so the same report
 *   renders to the same bytes and two charts on a page never share a clip-path id;
 * - the hover `<style>` block, hover classes and interaction metadata are dropped: nothing is interactive here;
 * - the xmlns declarations are dropped: inline SVG in HTML needs none, and the page then holds no URL at all.
 */
export function cleanSvg(svg: string, id: string, label: string): string {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`chart id must be [a-z0-9-]: ${id}`);
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/\bzr\d+-/g, `${id}-`)
    .replace(/ xmlns(:xlink)?="[^"]*"/g, '')
    .replace(/ (version|baseProfile)="[^"]*"/g, '')
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" class="chart-svg" `)
    .replace(/\n+/g, '\n')
    .trim();
}

/** Renders the chart to a cleaned inline SVG. Text inside it (labels, axis names) is escaped by ECharts. */
export function renderChart(spec: ChartSpec): SafeHtml {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...spec.option });
    return trustedHtml(cleanSvg(chart.renderToSVGString(), spec.id, spec.label));
  } finally {
    chart.dispose();
  }
}
