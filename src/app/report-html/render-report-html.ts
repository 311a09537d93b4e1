// Renders a MarketReport to one self-contained HTML file (inline CSS, server-side SVG charts, no scripts, nothing fetched).
import type { MarketReport } from '../../core/market/market-report.ts';
import { formatTimestamp } from './format.ts';
import { html } from './html-escape.ts';
import { selfContainedPage } from './page-shell.ts';
import { breadthSection, growthSection } from './section-breadth-growth.ts';
import { coverageSection } from './section-coverage.ts';
import { jobChangesSection } from './section-job-changes.ts';
import { quantitySection, reportHeader } from './section-overview.ts';
import { qualitySection } from './section-quality.ts';

export interface RenderReportHtmlOptions {
  /** The page title and h1; defaults to "Market report: <market name>". */
  title?: string;
  /** When the file was made (an ISO timestamp from the caller's clock), shown in the header and footer. */
  generatedAt: string;
}

/**
 * One HTML document a job seeker can hand to a career coach. Every contact value (names, companies, titles) is
 * untrusted and goes through the `html` tag, which escapes it; the same input always yields the same string.
 */
export function renderReportHtml(report: MarketReport, options: RenderReportHtmlOptions): string {
  const title = options.title?.trim() || `Market report: ${report.market.name}`;
  const body = html`${reportHeader(report, title, options.generatedAt)}
${quantitySection(report)}
${qualitySection(report)}
${coverageSection(report)}
${breadthSection(report)}
${growthSection(report)}
${jobChangesSection(report)}
<footer class="report-footer">
<p>Made with Referable on ${formatTimestamp(options.generatedAt)}. Tie strength runs from 0 (a connection in name only) to 1 (someone you work closely with); in market means a target-market fit of at least ${report.market.threshold} out of 100.</p>
</footer>`;
  return selfContainedPage(title, body);
}
