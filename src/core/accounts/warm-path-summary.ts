// How a teammate's people at a company are described without naming them: "Alex (your cohort) knows 3 people at
// Contoso: 1 director, 2 in engineering". Leaders by their level, everyone else by their function.

const LEADER_LABELS: Record<string, [string, string]> = {
  Manager: ['manager', 'managers'],
  Director: ['director', 'directors'],
  VP: ['VP', 'VPs'],
  CXO: ['CXO', 'CXOs'],
  Partner: ['partner', 'partners'],
  Owner: ['owner', 'owners'],
};

export interface AnonymousRole {
  seniority: string;
  function: string;
}

function labelOf(role: AnonymousRole): { key: string; one: string; many: string } {
  const leader = LEADER_LABELS[role.seniority];
  if (leader) return { key: `s:${role.seniority}`, one: leader[0], many: leader[1] };
  if (role.function && role.function !== 'Unknown') {
    const text = `in ${role.function.toLowerCase()}`;
    return { key: `f:${role.function}`, one: text, many: text };
  }
  return { key: 'other', one: 'other role', many: 'other roles' };
}

export interface RoleCount {
  label: string;
  count: number;
}

/** Role groups, largest first (then by label): what a path request's message and the warm path's sentence show. */
export function roleCounts(roles: readonly AnonymousRole[]): RoleCount[] {
  return roleCountsOf(roles.map((role) => ({ role, people: 1 })));
}

/**
 * The same from roles each held by a number of people: warm paths count people by title, and a teammate's 900 people
 * at a target company hold some 30 titles, so a role is labelled once per title, not once per person.
 */
export function roleCountsOf(roles: readonly { role: AnonymousRole; people: number }[]): RoleCount[] {
  const groups = new Map<string, { one: string; many: string; count: number }>();
  for (const { role, people } of roles) {
    const label = labelOf(role);
    const group = groups.get(label.key) ?? { one: label.one, many: label.many, count: 0 };
    group.count += people;
    groups.set(label.key, group);
  }
  return [...groups.values()]
    .filter((group) => group.count > 0)
    .map((group) => ({ label: group.count === 1 ? group.one : group.many, count: group.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** "1 director, 2 in engineering". */
export function rolesText(counts: readonly RoleCount[]): string {
  return counts.map((group) => `${group.count} ${group.label}`).join(', ');
}

/** "Alex (your cohort) knows 3 people at Contoso: 1 director, 2 in engineering". */
export function warmPathSentence(member: string, company: string, roles: readonly AnonymousRole[]): string {
  return warmPathSentenceOf(member, company, roleCounts(roles));
}

/** The same from role groups already counted (roleCountsOf) and their rolesText: the people are their sum. */
export function warmPathSentenceOf(member: string, company: string, counts: readonly RoleCount[], text = rolesText(counts)): string {
  const total = counts.reduce((sum, group) => sum + group.count, 0);
  const people = total === 1 ? '1 person' : `${total} people`;
  return `${member} (your cohort) knows ${people} at ${company}: ${text}`;
}
