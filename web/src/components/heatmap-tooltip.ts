// The coverage heat map's tooltip text. ECharts inserts a formatter's string as HTML, so names from the data (a
// company is whatever an export or the target file says) are escaped first.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** "Acme · Director: 3", safe to insert as HTML. */
export function heatmapTooltip(company: string, level: string, count: number): string {
  return `${escapeHtml(company)} · ${escapeHtml(level)}: ${count}`;
}
