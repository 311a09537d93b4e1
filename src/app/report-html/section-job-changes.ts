// The Job changes section: contacts seen in a new job between imports, with the ones who joined a target company marked.
import type { JobChange, MarketReport } from '../../core/market/market-report.ts';
import { formatDate, plural } from './format.ts';
import { html, type SafeHtml } from './html-escape.ts';
import { emptyState, scrollTable, section } from './section-parts.ts';

/** "Title at Company", or whichever half is known. */
function role(position: { company: string; title: string }): SafeHtml {
  const title = position.title.trim();
  const company = position.company.trim();
  if (title && company) return html`${title} <span class="muted">at</span> ${company}`;
  return html`${title || company || html`<span class="muted">unknown</span>`}`;
}

function row(change: JobChange): SafeHtml {
  return html`<tr${change.intoTarget ? html` class="row-into-target"` : ''}>
<th scope="row">${change.name}</th>
<td>${role(change.from)}</td>
<td><span class="arrow" aria-hidden="true">→ </span>${role(change.to)}${change.intoTarget ? html` <span class="badge">joined a target company</span>` : ''}</td>
<td class="nowrap"><time datetime="${change.observedAt}">${formatDate(change.observedAt)}</time></td>
</tr>`;
}

export function jobChangesSection(report: MarketReport): SafeHtml {
  const changes = report.jobChanges;
  if (changes.length === 0) {
    return section('job-changes', 'Job changes', '', emptyState('No job changes seen yet. They appear when a newer import shows a contact at a new company or in a new title.'));
  }
  const intoTarget = changes.filter((change) => change.intoTarget).length;
  const lead = intoTarget > 0
    ? `${plural(intoTarget, 'contact')} joined one of your target companies: a warm door just opened. Congratulate them, and ask how the team is doing.`
    : `${plural(changes.length, 'contact')} changed jobs. A congratulation is a light, welcome reason to get back in touch.`;
  const table = html`<table class="data-table job-table">
<caption>Job changes seen between imports, newest first${report.jobChangesTotal > changes.length ? ` (the newest ${changes.length} of ${report.jobChangesTotal})` : ''}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Seen</th></tr></thead>
<tbody>${changes.map(row)}</tbody>
</table>`;
  return section('job-changes', 'Job changes', lead, scrollTable('Job changes', table));
}
