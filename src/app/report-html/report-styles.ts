// The report's inline stylesheet: readable on a phone, printable on A4, system fonts only (nothing is fetched).
import { COLORS } from './charts.ts';

export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
:root { color-scheme: light; --text: ${COLORS.text}; --muted: ${COLORS.muted}; --line: ${COLORS.grid}; --accent: ${COLORS.accent}; --soft: #f3f6fa; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 20px 48px; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 8px; }
h1 { font-size: 1.9rem; }
h2 { font-size: 1.4rem; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin-top: 24px; }
p { margin: 0 0 12px; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.report-header { padding-bottom: 16px; margin-bottom: 8px; }
.eyebrow { color: var(--muted); font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; margin-bottom: 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 12px 0 16px; }
.meta dt { color: var(--muted); font-size: .8rem; }
.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.verdict { background: #eaf0fd; border-left: 4px solid var(--accent); padding: 12px 16px; border-radius: 4px; margin: 0; }
.report-section { margin-top: 36px; }
.lead { font-size: 1.05rem; max-width: 72ch; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.stat { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.stat dt { color: var(--muted); font-size: .85rem; }
.stat dd { margin: 0; }
.stat-value { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.2; overflow-wrap: anywhere; }
.stat-note { display: block; color: var(--muted); font-size: .82rem; }
.progress-wrap { margin: 8px 0 4px; }
.progress { height: 18px; background: #e4e7eb; border-radius: 9px; overflow: hidden; border: 1px solid #cbd2d9; }
.progress-fill { height: 100%; background: var(--accent); border-radius: 9px 0 0 9px; }
.progress-done { background: #1f7a4d; border-radius: 9px; }
.progress-text { font-size: .9rem; color: var(--muted); margin-top: 6px; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
.chart { margin: 16px 0; }
.chart-svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { color: var(--muted); font-size: .88rem; margin-top: 6px; }
.empty-state { background: var(--soft); border: 1px dashed #9aa5b1; border-radius: 6px; padding: 14px 16px; color: var(--text); }
.table-scroll { overflow-x: auto; margin: 16px 0; }
.table-scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.data-table { border-collapse: collapse; width: 100%; font-size: .92rem; }
.data-table caption { text-align: left; color: var(--muted); font-size: .88rem; padding-bottom: 6px; }
.data-table th, .data-table td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.data-table thead th { border-bottom: 2px solid #9aa5b1; font-size: .85rem; white-space: nowrap; }
.data-table tbody th { font-weight: 600; overflow-wrap: anywhere; }
.heat-table tbody th, .job-table tbody th { min-width: 8em; }
.data-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.heat-table { font-size: .86rem; }
.heat-table th, .heat-table td { padding: 5px 6px; }
.heat-table thead th { font-size: .78rem; }
.heat { width: 3em; border-left: 1px solid #ffffff; }
.heat-table .strongest { min-width: 12em; }
.heat-0 { background: #ffffff; }
.heat-1 { background: #dbe7fb; }
.heat-2 { background: #a9c4f3; }
.heat-3 { background: #5b8de6; color: #ffffff; }
.heat-4 { background: #1d4ed8; color: #ffffff; }
.row-white-space th { color: #8a2c0d; }
.person { display: block; font-weight: 600; overflow-wrap: anywhere; }
.person-title { display: block; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.strength { display: inline-block; font-size: .8rem; border-radius: 10px; padding: 0 8px; margin-top: 2px; }
.strength-weak, .swatch-weak { background: ${COLORS.bands.weak}; color: #102a43; }
.strength-moderate, .swatch-moderate { background: ${COLORS.bands.moderate}; color: #ffffff; }
.strength-strong, .swatch-strong { background: ${COLORS.bands.strong}; color: #ffffff; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 8px 0; }
.chips li { border: 1px solid #cbd2d9; border-radius: 14px; padding: 2px 12px; background: var(--soft); overflow-wrap: anywhere; }
.badge { display: inline-block; background: #1f7a4d; color: #ffffff; font-size: .78rem; font-weight: 600; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
.row-into-target { background: #eefaf3; }
.arrow { color: var(--muted); }
.report-footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media (max-width: 600px) {
  main { padding: 16px 12px 32px; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .stat-value { font-size: 1.3rem; }
  .chart-grid { grid-template-columns: 1fr; }
  .data-table { font-size: .85rem; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  .report-section { margin-top: 18pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .chart, .stats, .verdict, tr, .empty-state { break-inside: avoid; page-break-inside: avoid; }
  .chart-svg { max-height: 120mm; width: auto; margin: 0 auto; }
  .table-scroll { overflow: visible; }
  thead { display: table-header-group; }
}
`;
