// The outcome report as files an outplacement client opens: CSV for a spreadsheet, and one self-contained HTML page
// (inline CSS, no scripts, nothing fetched: the same rules as `report --html`).
import { FUNNEL_STAGES, type Funnel } from '../../core/accounts/cohort-dashboard.ts';
import { csvCell } from '../csv-cell.ts';
import { formatTimestamp } from '../report-html/format.ts';
import { html } from '../report-html/html-escape.ts';
import { selfContainedPage } from '../report-html/page-shell.ts';
import { stats } from '../report-html/section-parts.ts';
import type { OutcomeReport } from './cohort-dashboard.ts';

const HEADER = ['member', 'source', ...FUNNEL_STAGES];

function funnelCells(member: string, source: string, funnel: Funnel): string[] {
  return [member, source, ...FUNNEL_STAGES.map((stage) => String(funnel[stage]))];
}

/** One row per member and source, then the cohort's totals ("(cohort)"). */
export function outcomeReportCsv(report: OutcomeReport): string {
  const rows = [
    HEADER,
    ...report.members.flatMap((member) => [funnelCells(member.member, 'referral', member.referral), funnelCells(member.member, 'cold', member.cold)]),
    funnelCells('(cohort)', 'referral', report.referral),
    funnelCells('(cohort)', 'cold', report.cold),
  ];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const share = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–');

export function outcomeReportHtml(report: OutcomeReport): string {
  const title = `Outcomes: ${report.cohort.name}`;
  const funnelRow = (label: string, funnel: Funnel) => html`<tr><th scope="row">${label}</th>${FUNNEL_STAGES.map((stage) => html`<td>${funnel[stage]}</td>`)}<td>${share(funnel.hires, funnel.leads)}</td></tr>`;
  const body = html`<header><h1>${title}</h1><p>Referrals → interviews → offers → hires, referral vs cold, made ${formatTimestamp(report.generatedAt)}.</p></header>
<section id="funnel"><h2>The cohort</h2>
${stats([
    { label: 'Referrals', value: String(report.referral.leads) },
    { label: 'Interviews from referrals', value: String(report.referral.interviews), note: share(report.referral.interviews, report.referral.leads) },
    { label: 'Offers from referrals', value: String(report.referral.offers), note: share(report.referral.offers, report.referral.leads) },
    { label: 'Hires from referrals', value: String(report.referral.hires), note: share(report.referral.hires, report.referral.leads) },
  ])}
<table><thead><tr><th scope="col">Source</th><th scope="col">Leads</th><th scope="col">Interviews</th><th scope="col">Offers</th><th scope="col">Hires</th><th scope="col">Hire rate</th></tr></thead>
<tbody>${funnelRow('Referral', report.referral)}${funnelRow('Cold', report.cold)}</tbody></table>
</section>
<section id="members"><h2>Each member</h2>
<table><thead><tr><th scope="col">Member</th><th scope="col">Referrals</th><th scope="col">Interviews</th><th scope="col">Offers</th><th scope="col">Hires</th><th scope="col">Cold leads</th><th scope="col">Cold hires</th></tr></thead>
<tbody>${report.members.map((member) => html`<tr><th scope="row">${member.member}</th>${FUNNEL_STAGES.map((stage) => html`<td>${member.referral[stage]}</td>`)}<td>${member.cold.leads}</td><td>${member.cold.hires}</td></tr>`)}</tbody></table>
${report.notSharing > 0 ? html`<p>${report.notSharing} member${report.notSharing === 1 ? '' : 's'} share nothing with this cohort and are not counted.</p>` : ''}
</section>
<footer class="report-footer"><p>Made with Referable. A referral is a job lead someone passed on; a cold lead is one the member's ledger records with nobody behind it. Each lead counts at every stage it reached.</p></footer>`;
  return selfContainedPage(title, body);
}
