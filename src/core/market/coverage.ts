// Coverage of target companies: who you know at each, at what level, your best door in, and the white space.
import type { ScoredContact } from './scored-contact.ts';
import type { TargetMarket } from './target-market.ts';

export interface CompanyCoverage {
  name: string;
  tier: number;
  /** Connected contacts at the company. */
  contacts: number;
  prospects: number;
  bySeniority: Record<string, number>;
  /** The strongest tie at the company: the best door in. */
  strongest: { contactId: string; name: string; title: string; strength: number } | null;
}

export interface Coverage {
  companies: CompanyCoverage[];
  /** Target companies where you know nobody yet. */
  whiteSpace: string[];
  /** Share of target companies with at least 1 and at least 3 connected contacts. */
  coverageRate1: number;
  coverageRate3: number;
  covered: number;
  goal: number;
}

const SENIORITY_ORDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner'];

/** Counts keyed in LinkedIn's seniority order (unknown levels last), so output does not depend on input order. */
function inLadderOrder(counts: Record<string, number>): Record<string, number> {
  const rank = (level: string) => (SENIORITY_ORDER.includes(level) ? SENIORITY_ORDER.indexOf(level) : SENIORITY_ORDER.length);
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

export function coverageOf(market: TargetMarket, contacts: ScoredContact[]): Coverage {
  const rows = new Map(market.companies.map((company) => [company.name, { name: company.name, tier: company.tier, contacts: 0, prospects: 0, bySeniority: {} as Record<string, number>, strongest: null as CompanyCoverage['strongest'] }]));
  for (const contact of contacts) {
    const row = contact.targetCompany ? rows.get(contact.targetCompany.name) : undefined;
    if (!row) continue;
    if (contact.strength === null) {
      row.prospects++;
      continue;
    }
    row.contacts++;
    row.bySeniority[contact.seniority] = (row.bySeniority[contact.seniority] ?? 0) + 1;
    if (!row.strongest || contact.strength > row.strongest.strength || (contact.strength === row.strongest.strength && contact.name < row.strongest.name)) {
      row.strongest = { contactId: contact.id, name: contact.name, title: contact.title, strength: contact.strength };
    }
  }
  for (const row of rows.values()) row.bySeniority = inLadderOrder(row.bySeniority);
  const companies = [...rows.values()].sort((a, b) => a.tier - b.tier || b.contacts - a.contacts || a.name.localeCompare(b.name));
  const total = companies.length;
  const covered = companies.filter((company) => company.contacts >= 1).length;
  return {
    companies,
    whiteSpace: companies.filter((company) => company.contacts === 0).map((company) => company.name),
    coverageRate1: total ? Math.round((covered / total) * 1000) / 1000 : 0,
    coverageRate3: total ? Math.round((companies.filter((company) => company.contacts >= 3).length / total) * 1000) / 1000 : 0,
    covered,
    goal: market.goals.coveredCompanies,
  };
}
