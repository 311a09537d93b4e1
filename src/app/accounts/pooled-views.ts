// A cohort's pooled views: what each teammate shares, as far as their consent allows, read fresh on every request
// (never cached: a revoked grant leaves every view at once). Reads go through store/accounts/pooled-view-repo.ts, the
// one audited path across workspaces; nothing here sees a field the member's level does not reveal.
import { consentAtLeast, consentReveals, lowerConsent, type ConsentLevel } from '../../core/accounts/consent.ts';
import { roleCounts, warmPathSentence, type RoleCount } from '../../core/accounts/warm-path-summary.ts';
import { OVERSEEING_ROLES } from '../../core/accounts/workspace-access.ts';
import { companyKey } from '../../core/companies/company-key.ts';
import { ReferableError } from '../../core/errors.ts';
import { createFitScorer } from '../../core/market/fit.ts';
import type { TargetMarket } from '../../core/market/target-market.ts';
import { pooledReach, type PooledReach } from '../../core/network/pooled-reach.ts';
import { classifyTitle } from '../../core/taxonomy/classify-title.ts';
import type { CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { sharingMembers } from '../../store/accounts/consents-repo.ts';
import { readSharedNetwork, type SharedNetwork, type SharedPerson } from '../../store/accounts/pooled-view-repo.ts';
import { workspaceOwner, workspaceRelation, workspacesOwnedBy } from '../../store/accounts/user-workspaces-repo.ts';
import { activeTarget, parseMarket } from '../target.ts';
import type { AccountsContext } from './accounts-context.ts';
import { cohortOfMember } from './consents.ts';
import { workspaceContext } from './workspace-context.ts';

export interface SharedCounts {
  connections: number;
  /** In the member's own target market; null when they have none set. */
  inMarket: number | null;
  companies: number;
}

export interface SharedCompany {
  company: string;
  people: number;
  roles: RoleCount[];
  titles: string[];
}

export interface SharedContact {
  name: string;
  company: string;
  title: string;
  linkedinUrl: string;
}

/** One member as a pooled view shows them: counts always, companies and contacts only as far as consent reveals. */
export interface MemberShare {
  member: string;
  level: Exclude<ConsentLevel, 'nothing'>;
  counts: SharedCounts;
  companies?: SharedCompany[];
  contacts?: SharedContact[];
}

function roleOf(person: Pick<SharedPerson, 'title'>) {
  const role = classifyTitle(person.title);
  return { seniority: role.seniority, function: role.function };
}

export function inMarketTest(market: TargetMarket | null): (person: SharedPerson) => boolean {
  if (!market) return () => false;
  const score = createFitScorer(market);
  return (person) => score({ company: person.company, companyKey: person.companyKey, title: person.title, location: person.location, industry: person.industry, ...roleOf(person) }).inMarket;
}

export function storedMarket(network: SharedNetwork): TargetMarket | null {
  if (!network.market) return null;
  try {
    return parseMarket(network.market.name, network.market.definition);
  } catch {
    return null; // a stored market this version cannot read counts nobody in market
  }
}

/** Builds what `level` shows of one member's network, from the network read at that level. */
function shareOf(member: string, level: Exclude<ConsentLevel, 'nothing'>, network: SharedNetwork): MemberShare {
  const market = storedMarket(network);
  const isIn = inMarketTest(market);
  const companyKeys = new Set(network.people.map((person) => person.companyKey).filter(Boolean));
  const share: MemberShare = {
    member,
    level,
    counts: { connections: network.people.length, inMarket: market ? network.people.filter(isIn).length : null, companies: companyKeys.size },
  };
  const reveals = consentReveals(level);
  if (reveals.companiesAndTitles) {
    const byCompany = new Map<string, SharedPerson[]>();
    for (const person of network.people) {
      if (!person.companyKey) continue;
      byCompany.set(person.companyKey, [...(byCompany.get(person.companyKey) ?? []), person]);
    }
    share.companies = [...byCompany.values()]
      .map((people) => ({ company: people[0].company, people: people.length, roles: roleCounts(people.map(roleOf)), titles: [...new Set(people.map((p) => p.title).filter(Boolean))].sort() }))
      .sort((a, b) => b.people - a.people || a.company.localeCompare(b.company));
  }
  if (reveals.names) {
    share.contacts = network.people
      .filter((person) => person.named)
      .map((person) => ({ name: `${person.named!.firstName} ${person.named!.lastName}`.trim(), company: person.company, title: person.title, linkedinUrl: person.named!.linkedinUrl }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return share;
}

async function networkOf(ctx: AccountsContext, workspaces: readonly string[], level: ConsentLevel): Promise<SharedNetwork> {
  // A member with several workspaces shares the first (by name): their own network; one with none shares nothing.
  if (workspaces.length === 0) return { market: null, people: [] };
  return readSharedNetwork(ctx.store.db, ctx.store.dialect, workspaces[0], level);
}

/** The teammates who share more than nothing, each read at their level. Members at 'nothing' are not there at all. */
async function sharedNetworks(ctx: AccountsContext, cohort: CohortRecord, exceptUserId?: string) {
  const members = (await sharingMembers(ctx.db, cohort.id)).filter((member) => member.userId !== exceptUserId);
  const out: { userId: string; email: string; level: Exclude<ConsentLevel, 'nothing'>; network: SharedNetwork }[] = [];
  for (const member of members) {
    const level = member.level as Exclude<ConsentLevel, 'nothing'>;
    out.push({ userId: member.userId, email: member.email, level, network: await networkOf(ctx, member.workspaces, level) });
  }
  return out;
}

/** The cohort's pooled view for one of its members (any role): every teammate who shares, as far as they share. */
export async function pooledView(ctx: AccountsContext, userId: string, cohortRef: string): Promise<{ cohort: { id: string; name: string }; members: MemberShare[] }> {
  const { cohort } = await cohortOfMember(ctx, cohortRef, userId);
  const members = await sharedNetworks(ctx, cohort);
  return { cohort: { id: cohort.id, name: cohort.name }, members: members.map((member) => shareOf(member.email, member.level, member.network)) };
}

/**
 * A coach's (owner's, viewer's) read-only view of one member's workspace, as far as the member's consent to that
 * cohort allows. FORBIDDEN while the member shares nothing; NOT_FOUND to anyone who does not oversee them there.
 */
export async function memberView(ctx: AccountsContext, userId: string, cohortRef: string, workspaceId: string): Promise<MemberShare & { cohort: { id: string; name: string }; workspace: string }> {
  const { cohort, role } = await cohortOfMember(ctx, cohortRef, userId);
  const relation = await workspaceRelation(ctx.db, userId, workspaceId);
  const shared = relation.shared.find((entry) => entry.cohortId === cohort.id);
  if (!relation.exists || !shared || !OVERSEEING_ROLES.includes(role as never)) {
    throw new ReferableError('NOT_FOUND', `no member of "${cohort.name}" you look after has a workspace "${workspaceId}"`);
  }
  if (shared.consent === 'nothing') throw new ReferableError('FORBIDDEN', `the owner of "${workspaceId}" shares nothing with "${cohort.name}"`);
  const level = lowerConsent(shared.consent, 'contacts') as Exclude<ConsentLevel, 'nothing'>;
  const owner = (await sharingMembers(ctx.db, cohort.id)).find((member) => member.workspaces.includes(workspaceId));
  const network = await readSharedNetwork(ctx.store.db, ctx.store.dialect, workspaceId, level);
  return { ...shareOf(owner?.email ?? workspaceId, level, network), cohort: { id: cohort.id, name: cohort.name }, workspace: workspaceId };
}

/** The seeker's own workspace: the one named, which must be theirs, or their only one. */
export async function seekerWorkspace(ctx: AccountsContext, userId: string, named?: string): Promise<string> {
  const mine = (await workspacesOwnedBy(ctx.db, userId)).map((workspace) => workspace.id);
  if (named !== undefined) {
    if (!mine.includes(named)) throw new ReferableError('NOT_FOUND', `there is no workspace "${named}" among yours`);
    return named;
  }
  if (mine.length === 0) throw new ReferableError('NOT_FOUND', 'you have no workspace yet: an administrator makes one for you', undefined, { text: 'An administrator makes your workspace', command: 'referable workspace create NAME --owner EMAIL' });
  return mine[0];
}

export interface WarmPath {
  member: string;
  company: string;
  people: number;
  roles: RoleCount[];
  /** "alex@example.org (your cohort) knows 3 people at Contoso: 1 director, 2 in engineering". */
  sentence: string;
}

/**
 * Teammates who know people at the seeker's target companies (or at `company`), from those who share companies or
 * more; anonymous (roles, never names) until the teammate accepts a path request. Largest first.
 */
export async function pooledWarmPaths(ctx: AccountsContext, userId: string, cohortRef: string, options: { company?: string; workspace?: string } = {}): Promise<{ cohort: { id: string; name: string }; companies: string[]; paths: WarmPath[] }> {
  const { cohort } = await cohortOfMember(ctx, cohortRef, userId);
  const workspace = await seekerWorkspace(ctx, userId, options.workspace);
  const market = await activeTarget(workspaceContext(ctx, workspace));
  const wanted = options.company?.trim();
  if (wanted === '' || (!wanted && (!market || market.companies.length === 0))) {
    throw new ReferableError('INVALID_INPUT', 'name a company (--company NAME or ?company=NAME), or set target companies in your target market');
  }
  // Which target company a person works at: by the seeker's market (aliases included), or the one company asked for.
  const targetOf: (person: SharedPerson) => string | null = wanted
    ? (() => {
        const key = companyKey(wanted);
        return (person) => (person.companyKey === key ? wanted : null);
      })()
    : (() => {
        const score = createFitScorer(market!);
        return (person) => score({ company: person.company, companyKey: person.companyKey, title: person.title, location: person.location, industry: person.industry, ...roleOf(person) }).targetCompany?.name ?? null;
      })();
  const paths: WarmPath[] = [];
  for (const member of await sharedNetworks(ctx, cohort, userId)) {
    if (!consentAtLeast(member.level, 'companies')) continue;
    const byCompany = new Map<string, SharedPerson[]>();
    for (const person of member.network.people) {
      const target = targetOf(person);
      if (target) byCompany.set(target, [...(byCompany.get(target) ?? []), person]);
    }
    for (const [company, people] of byCompany) {
      const roles = people.map(roleOf);
      paths.push({ member: member.email, company, people: people.length, roles: roleCounts(roles), sentence: warmPathSentence(member.email, company, roles) });
    }
  }
  paths.sort((a, b) => b.people - a.people || a.company.localeCompare(b.company) || a.member.localeCompare(b.member));
  return { cohort: { id: cohort.id, name: cohort.name }, companies: wanted ? [wanted] : market!.companies.map((company) => company.name), paths };
}

/** Two-hop reach through the cohort, counted in the seeker's own market, as far as each teammate's consent allows. */
export type PooledReachView = PooledReach & { cohort: { id: string; name: string }; workspace: string; market: string | null };

export async function pooledReachFor(ctx: AccountsContext, userId: string, cohortRef: string, workspace?: string): Promise<PooledReachView> {
  const { cohort } = await cohortOfMember(ctx, cohortRef, userId);
  const mine = await seekerWorkspace(ctx, userId, workspace);
  const market = await activeTarget(workspaceContext(ctx, mine));
  const isIn = inMarketTest(market);
  // My own network read the way teammates' are (one key per person), so a person we both know is counted once.
  const own = await readSharedNetwork(ctx.store.db, ctx.store.dialect, mine, 'companies');
  const teammates = await sharedNetworks(ctx, cohort, userId);
  const keyed = (people: readonly SharedPerson[]) => people.filter((person) => person.key).map((person) => ({ key: person.key, inMarket: isIn(person) }));
  const reach = pooledReach(keyed(own.people), teammates.map((member) => ({ level: member.level, people: consentReveals(member.level).anonymousPeople ? keyed(member.network.people) : [] })));
  return { ...reach, cohort: { id: cohort.id, name: cohort.name }, workspace: mine, market: market?.name ?? null };
}

/** The same for the owner of a workspace: what `referable reach --cohort NAME` adds for an administrator at the CLI. */
export async function pooledReachOfWorkspace(ctx: AccountsContext, workspaceId: string, cohortRef: string): Promise<PooledReachView> {
  const owner = await workspaceOwner(ctx.db, workspaceId);
  if (!owner) throw new ReferableError('NOT_FOUND', `the workspace "${workspaceId}" has no owner, so it is in no cohort; an administrator gives it one`, undefined, { text: 'Give the workspace an owner', command: `referable workspace create ${workspaceId} --owner EMAIL` });
  return pooledReachFor(ctx, owner, cohortRef, workspaceId);
}
