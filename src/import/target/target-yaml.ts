// A market draft written as the target-market YAML file `target set` reads, with short comments, so a suggested or
// web-built market is stored (and shown by `target show`) exactly like one written by hand.
import { stringify } from 'yaml';
import type { MarketDraft } from '../../core/market/market-draft.ts';

/** Keys in the order the example file uses, each with the comment that helps a person edit it. */
const SECTIONS: [key: keyof MarketDraft, comment: string][] = [
  ['name', ''],
  ['threshold', 'Fit (0-100) at or above which a contact counts as "in market".'],
  ['companies', 'Target companies. tier 1 = dream companies (full company points), 2 = 70%, 3 = 40%.'],
  ['functions', 'LinkedIn job functions.'],
  ['seniorities', 'LinkedIn seniorities: Unpaid, Training, Entry, Senior, Manager, Director, VP, CXO, Partner, Owner.'],
  ['industries', 'LinkedIn industries (Industry Codes V2); a parent covers its children.'],
  ['locations', "Places, matched as words in the contact's location."],
  ['keywords', 'Words looked for in titles and company names.'],
  ['companyIndustries', 'Industries of other companies you know (company -> LinkedIn industry).'],
  ['weights', 'Points per dimension; they must add up to 100.'],
  ['goals', ''],
];

/**
 * YAML for a draft. Keys it does not know are written too (at the end), so the schema names them instead of them
 * vanishing; values keep their types (a number stays a number, "50" stays text), so validation sees what was sent.
 */
export function writeTargetYaml(draft: MarketDraft | Record<string, unknown>, header: string[] = []): string {
  const values = draft as Record<string, unknown>;
  const known = new Set<string>(SECTIONS.map(([key]) => key));
  const parts: string[] = header.map((line) => `# ${line}`.trimEnd());
  if (parts.length > 0) parts.push('');
  for (const [key, comment] of SECTIONS) {
    if (!(key in values) || values[key] === undefined) continue;
    if (comment && parts.length > 0) parts.push('', `# ${comment}`);
    parts.push(stringify({ [key]: values[key] }, { lineWidth: 0 }).trimEnd());
  }
  for (const key of Object.keys(values)) {
    if (!known.has(key) && values[key] !== undefined) parts.push(stringify({ [key]: values[key] }, { lineWidth: 0 }).trimEnd());
  }
  return `${parts.join('\n').replace(/^\n+/, '')}\n`;
}
