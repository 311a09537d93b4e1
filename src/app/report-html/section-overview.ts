// The report's header (market, date, threshold, verdict) and its Quantity section (connections, share, goal progress).
import type { MarketReport } from '../../core/market/market-report.ts';
import { QUADRANT_LABELS } from './charts.ts';
import { formatCount, formatDate, formatShare, formatTimestamp, plural } from './format.ts';
import { html, type SafeHtml } from './html-escape.ts';
import { emptyState, section, stats } from './section-parts.ts';

export function reportHeader(report: MarketReport, title: string, generatedAt: string): SafeHtml {
  const { quality, market } = report;
  return html`<header class="report-header">
<p class="eyebrow">Referable · target-market report</p>
<h1>${title}</h1>
<dl class="meta">
<div><dt>Target market</dt><dd>${market.name}</dd></div>
<div><dt>Data as of</dt><dd><time datetime="${report.asOf}">${formatDate(report.asOf)}</time></dd></div>
<div><dt>In market means</dt><dd>fit ≥ ${formatCount(market.threshold)} of 100</dd></div>
<div><dt>Generated</dt><dd>${formatTimestamp(generatedAt)}</dd></div>
</dl>
<p class="verdict quadrant-${quality.quadrant}"><strong>${QUADRANT_LABELS[quality.quadrant]}.</strong> ${quality.advice}</p>
</header>`;
}

/** Goal progress as a pure-CSS bar; the fill is capped at 100% while the text says how far past the goal you are. */
function progressBar(inMarket: number, goal: number, progress: number): SafeHtml {
  const width = Math.round(Math.min(1, Math.max(0, progress)) * 1000) / 10;
  const text = `${formatCount(inMarket)} of ${formatCount(goal)} in-market connections (${formatShare(progress)} of the goal)`;
  return html`<div class="progress-wrap">
<div class="progress" role="progressbar" aria-label="Progress to the in-market connections goal" aria-valuemin="0" aria-valuemax="${goal}" aria-valuenow="${Math.min(inMarket, goal)}" aria-valuetext="${text}"><div class="progress-fill${progress >= 1 ? ' progress-done' : ''}" style="width: ${width}%"></div></div>
<p class="progress-text">${text}</p>
</div>`;
}

function quantityLead(report: MarketReport): string {
  const { totalConnections, inMarket, goal } = report.quantity;
  if (totalConnections === 0) return 'No connections imported yet: import your LinkedIn export to see how many of your connections are in this market.';
  if (inMarket === 0) return `None of your ${plural(totalConnections, 'connection')} is in this market yet (fit ≥ ${report.market.threshold}). Quantity wins only inside your market: start adding in-market connections.`;
  if (goal <= 0) return `${plural(inMarket, 'connection')} of ${formatCount(totalConnections)} ${inMarket === 1 ? 'is' : 'are'} in your target market. Set a goal for in-market connections to track progress.`;
  if (inMarket >= goal) return `${plural(inMarket, 'connection')} ${inMarket === 1 ? 'is' : 'are'} in your target market: the goal of ${formatCount(goal)} is reached. Keep growing, and spread your asks across many companies.`;
  return `${plural(inMarket, 'connection')} of ${formatCount(totalConnections)} ${inMarket === 1 ? 'is' : 'are'} in your target market; ${formatCount(goal - inMarket)} more to reach the goal of ${formatCount(goal)}.`;
}

export function quantitySection(report: MarketReport): SafeHtml {
  const q = report.quantity;
  const body = html`${stats([
    { label: 'Connections', value: formatCount(q.totalConnections), note: 'first-degree, all markets' },
    { label: 'In market', value: formatCount(q.inMarket), note: `${formatShare(q.inMarketShare)} of your connections` },
    { label: 'Goal', value: q.goal > 0 ? formatCount(q.goal) : 'not set', note: q.goal > 0 ? `${formatShare(q.goalProgress)} reached` : 'in-market connections' },
    { label: 'In-market prospects', value: formatCount(q.inMarketProspects), note: 'people to connect with next' },
  ])}
${q.goal > 0 ? progressBar(q.inMarket, q.goal, q.goalProgress) : emptyState('No goal for in-market connections is set, so there is no progress to show.')}`;
  return section('quantity', 'Quantity', quantityLead(report), body);
}
