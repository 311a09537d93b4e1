// The Coverage section: a heat-map table of target companies × seniority with your best door in, and the white space.
import type { CompanyCoverage } from '../../core/market/coverage.ts';
import type { MarketReport } from '../../core/market/market-report.ts';
import { strengthBand } from '../../core/ties/tie-strength.ts';
import { formatCount, formatShare, formatStrength, plural } from './format.ts';
import { html, type SafeHtml } from './html-escape.ts';
import { emptyState, scrollTable, section, stats } from './section-parts.ts';

/** LinkedIn's seniority levels, junior to senior, then contacts whose title gave no level. */
export const SENIORITY_ORDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner', 'Unknown'];

/** A contact without a classified level is counted as "Unknown", whatever spelling the classifier used for it. */
function seniorityKey(raw: string): string {
  const trimmed = raw.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'unknown' ? 'Unknown' : trimmed;
}

function seniorityCounts(company: CompanyCoverage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [level, count] of Object.entries(company.bySeniority)) {
    const key = seniorityKey(level);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/** Only the levels that occur, in LinkedIn's order; a level outside that list goes before "Unknown", alphabetically. */
export function seniorityColumns(companies: CompanyCoverage[]): string[] {
  const seen = new Set<string>();
  for (const company of companies) for (const [level, count] of seniorityCounts(company)) if (count > 0) seen.add(level);
  const known = SENIORITY_ORDER.filter((level) => level !== 'Unknown' && seen.has(level));
  const other = [...seen].filter((level) => !SENIORITY_ORDER.includes(level)).sort((a, b) => a.localeCompare(b));
  return [...known, ...other, ...(seen.has('Unknown') ? ['Unknown'] : [])];
}

/** Five shades: 0, then four steps relative to the fullest cell, so one large company does not wash out the rest. */
function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

function strongestCell(company: CompanyCoverage): SafeHtml {
  const tie = company.strongest;
  if (!tie) return html`<td class="muted">${company.prospects > 0 ? 'no tie yet: connect with a prospect' : 'nobody yet'}</td>`;
  return html`<td><span class="person">${tie.name}</span>${tie.title ? html`<span class="person-title">${tie.title}</span>` : ''}<span class="strength strength-${strengthBand(tie.strength)}">${formatStrength(tie.strength)} · ${strengthBand(tie.strength)}</span></td>`;
}

function heatTable(companies: CompanyCoverage[]): SafeHtml {
  const columns = seniorityColumns(companies);
  const counts = companies.map(seniorityCounts);
  const max = Math.max(0, ...counts.flatMap((row) => [...row.values()]));
  return scrollTable(
    'Target company coverage',
    html`<table class="data-table heat-table">
<caption>Connected contacts at each target company by seniority (darker: more contacts)</caption>
<thead><tr><th scope="col">Company</th><th scope="col" class="num">Tier</th>${columns.map((level) => html`<th scope="col" class="num level">${level}</th>`)}<th scope="col" class="num">Contacts</th><th scope="col" class="num">Prospects</th><th scope="col" class="strongest">Strongest tie</th></tr></thead>
<tbody>${companies.map(
      (company, index) => html`<tr${company.contacts === 0 ? html` class="row-white-space"` : ''}><th scope="row">${company.name}</th><td class="num">${company.tier}</td>${columns.map((level) => {
        const count = counts[index].get(level) ?? 0;
        return html`<td class="num heat heat-${heatLevel(count, max)}">${count > 0 ? formatCount(count) : html`<span class="visually-hidden">0</span>`}</td>`;
      })}<td class="num"><strong>${formatCount(company.contacts)}</strong></td><td class="num">${formatCount(company.prospects)}</td>${strongestCell(company)}</tr>`,
    )}</tbody>
</table>`,
  );
}

function whiteSpace(names: string[]): SafeHtml {
  if (names.length === 0) return html`<h3>White space</h3>${emptyState('No white space: you know someone at every target company.')}`;
  return html`<h3>White space</h3>
<p>${plural(names.length, 'target company', 'target companies')} where you know nobody yet. Look for a prospect to connect with, or ask a strong tie who knows someone there.</p>
<ul class="chips">${names.map((name) => html`<li>${name}</li>`)}</ul>`;
}

export function coverageSection(report: MarketReport): SafeHtml {
  const c = report.coverage;
  if (c.companies.length === 0) {
    return section('coverage', 'Coverage', '', emptyState('No target companies in this market yet: add the companies you want to work for to your target market to see who you know at each.'));
  }
  const total = c.companies.length;
  const atLeast3 = c.companies.filter((company) => company.contacts >= 3).length;
  const goalNote = c.goal > 0 ? (c.covered >= c.goal ? 'goal reached' : `${formatCount(c.goal - c.covered)} more to go`) : 'no goal set';
  const lead = `You know at least one person at ${formatCount(c.covered)} of ${plural(total, 'target company', 'target companies')}${c.goal > 0 ? ` (goal: ${formatCount(c.goal)})` : ''}. Several contacts at a company means several doors in.`;
  const body = html`${stats([
    { label: 'Covered companies', value: `${formatCount(c.covered)} of ${formatCount(total)}`, note: `goal ${c.goal > 0 ? formatCount(c.goal) : '–'}: ${goalNote}` },
    { label: 'With ≥ 1 contact', value: formatShare(c.coverageRate1), note: `${plural(c.covered, 'company', 'companies')}` },
    { label: 'With ≥ 3 contacts', value: formatShare(c.coverageRate3), note: `${plural(atLeast3, 'company', 'companies')}` },
    { label: 'White space', value: formatCount(c.whiteSpace.length), note: 'companies with nobody yet' },
  ])}
${heatTable(c.companies)}
${whiteSpace(c.whiteSpace)}`;
  return section('coverage', 'Coverage', lead, body);
}
