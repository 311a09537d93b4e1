// Breadth, or "don't tap the same 5 wells": how concentrated your in-market contacts are in a few companies.
import { companyKind } from '../companies/company-kind.ts';

export interface Breadth {
  /** Share of in-market contacts at the 5 companies holding most of them. */
  top5Share: number;
  /** 1 / Herfindahl–Hirschman index of contacts per company: "as spread as N equal companies". */
  effectiveCompanies: number;
  distinctCompanies: number;
  topCompanies: { name: string; count: number; share: number }[];
}

/**
 * Contacts without a real employer (none, self-employed, freelance, stealth) are left out: not a shared well.
 * A company on the market's target list (`targetKeys`, company keys) always counts: the user named it a well.
 */
export function breadthOf(contacts: { company: string; companyKey: string }[], targetKeys: ReadonlySet<string> = new Set()): Breadth {
  const groups = new Map<string, { names: Map<string, number>; count: number }>();
  for (const contact of contacts) {
    if (!contact.companyKey) continue;
    if (!targetKeys.has(contact.companyKey) && companyKind(contact.company) !== 'employer') continue;
    const group = groups.get(contact.companyKey) ?? { names: new Map(), count: 0 };
    group.count++;
    group.names.set(contact.company, (group.names.get(contact.company) ?? 0) + 1);
    groups.set(contact.companyKey, group);
  }
  const total = [...groups.values()].reduce((sum, group) => sum + group.count, 0);
  const ranked = [...groups.values()]
    .map((group) => ({
      // The spelling most people use for the company.
      name: [...group.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
      count: group.count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const hhi = total ? ranked.reduce((sum, company) => sum + (company.count / total) ** 2, 0) : 0;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    top5Share: total ? round(ranked.slice(0, 5).reduce((sum, company) => sum + company.count, 0) / total) : 0,
    effectiveCompanies: hhi ? Math.round((1 / hhi) * 10) / 10 : 0,
    distinctCompanies: ranked.length,
    topCompanies: ranked.slice(0, 10).map((company) => ({ ...company, share: round(company.count / total) })),
  };
}
