// A teammate's people at each target company as warm paths describe them (how many, in which roles), worked out once
// per kept count: the counts of a teammate whose data stands still are the same array on every request
// (kept-title-counts.ts), and labelling 160 teammates' 35,000 title counts cost more than reading them. A recount is a
// new array, so it is worked out afresh; so is a request whose target companies are named otherwise.
import { roleCountsOf, rolesText, type AnonymousRole, type RoleCount } from '../../core/accounts/warm-path-summary.ts';
import { classifyTitle } from '../../core/taxonomy/classify-title.ts';
import type { SharedTitleCount } from '../../store/accounts/pooled-view-repo.ts';

export interface CompanyRoles {
  /** The target company's name as the seeker's market (or request) spells it. */
  company: string;
  people: number;
  roles: RoleCount[];
  /** rolesText(roles): "1 director, 2 in engineering", for the sentence and the draft alike. */
  rolesText: string;
}

/** A title's level and function: classifyTitle keeps what it classified, so titles recurring across teammates cost once. */
function roleOfTitle(title: string): AnonymousRole {
  const role = classifyTitle(title);
  return { seniority: role.seniority, function: role.function };
}

const worked = new WeakMap<readonly SharedTitleCount[], { targets: string; companies: CompanyRoles[] }>();

/** `counts` by target company (`targets`: company key to name), in the order the companies first appear. */
export function companyRolesOf(counts: readonly SharedTitleCount[], targets: ReadonlyMap<string, string>): CompanyRoles[] {
  const targetsKey = [...targets].map(([key, name]) => `${key}\u0001${name}`).join('\u0000');
  const known = worked.get(counts);
  if (known && known.targets === targetsKey) return known.companies;
  const byCompany = new Map<string, { role: AnonymousRole; people: number }[]>();
  for (const count of counts) {
    const company = targets.get(count.companyKey);
    if (company === undefined) continue;
    const roles = byCompany.get(company);
    const entry = { role: roleOfTitle(count.title), people: count.people };
    if (roles) roles.push(entry);
    else byCompany.set(company, [entry]);
  }
  const companies = [...byCompany].map(([company, roles]) => ({ company, people: roles.reduce((sum, role) => sum + role.people, 0), roles: roleCountsOf(roles) })).map((entry) => ({ ...entry, rolesText: rolesText(entry.roles) }));
  worked.set(counts, { targets: targetsKey, companies });
  return companies;
}
