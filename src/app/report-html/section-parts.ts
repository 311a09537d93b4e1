// Building blocks shared by the report's sections: the section frame, stat tiles, chart figures, empty states.
import type { ChartSpec } from './chart-svg.ts';
import { renderChart } from './chart-svg.ts';
import { html, type HtmlValue, type SafeHtml } from './html-escape.ts';

/** A numbered report section with its h2; `id` also names the heading for aria-labelledby. */
export function section(id: string, heading: string, lead: HtmlValue, body: HtmlValue): SafeHtml {
  return html`<section class="report-section" id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${heading}</h2>
${lead ? html`<p class="lead">${lead}</p>` : ''}
${body}
</section>`;
}

export interface Stat {
  label: string;
  value: string;
  /** A short line under the value: a share, a comparison. */
  note?: HtmlValue;
}

/** A row of headline numbers, as a description list so each number keeps its label for screen readers. */
export function stats(items: Stat[]): SafeHtml {
  return html`<dl class="stats">${items.map(
    (item) => html`<div class="stat"><dt>${item.label}</dt><dd><span class="stat-value">${item.value}</span>${item.note ? html`<span class="stat-note">${item.note}</span>` : ''}</dd></div>`,
  )}</dl>`;
}

/** A server-rendered chart with a visible caption. */
export function chartFigure(spec: ChartSpec, caption: HtmlValue): SafeHtml {
  return html`<figure class="chart" id="chart-${spec.id}">${renderChart(spec)}<figcaption>${caption}</figcaption></figure>`;
}

/** What a section says instead of drawing an empty chart or table. */
export function emptyState(text: HtmlValue): SafeHtml {
  return html`<p class="empty-state">${text}</p>`;
}

/** A wide table that scrolls sideways on a phone instead of squeezing its columns; focusable so keyboards can scroll it. */
export function scrollTable(label: string, table: SafeHtml): SafeHtml {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
