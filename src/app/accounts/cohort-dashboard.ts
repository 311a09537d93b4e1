// The coach's cohort page (issue #14 section 4): every member's numbers as far as their consent to this cohort allows,
// the cohort's pooled coverage of target companies, and the outcome report an outplacement client is shown. The roster
// and consents' version is read on every request, so a revoked consent leaves the page at once; a member's facts are kept only
// while their workspace's data version, level and day stand still (readMember).
import { mapAtMost, SHARED_READS_AT_ONCE } from './map-at-most.ts';
import { consentAtLeast, lowerConsent, type ConsentLevel } from '../../core/accounts/consent.ts';
import {
  memberRow, outcomeFunnel, pooledCoverage, sortRows, type CohortMemberRow, type CohortSortColumn, type CompanyCoverage, type CoverageSource, type Funnel, type MemberFacts, type OutcomeLead,
} from '../../core/accounts/cohort-dashboard.ts';
import { OVERSEEING_ROLES } from '../../core/accounts/workspace-access.ts';
import { companyKey } from '../../core/companies/company-key.ts';
import { ReferableError } from '../../core/errors.ts';
import { isReferral, latestOutcomes, type ReferralEvent } from '../../core/referrals/referral-ledger.ts';
import type { CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { cohortRoster, cohortsWithRosterStamp, findSessionWithCohortsStamp, findTokenWithCohortsStamp, type CohortWithRosterStamp } from '../../store/accounts/cohort-roster-repo.ts';
import type { UserRecord } from '../../store/accounts/users-repo.ts';
import { tokenHolder } from './api-tokens.ts';
import { sessionHolder } from './sessions.ts';
import { readSharedNetwork, type SharedNetwork } from '../../store/accounts/pooled-view-repo.ts';
import { todayOf, type AppContext } from '../app-context.ts';
import { rowToEvent } from '../ledger.ts';
import { chosenWeek, onPlan } from '../plan.ts';
import { indexHistory } from '../referability-index.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { theCohort } from './cohorts.ts';
import { cohortOfMember } from './consents.ts';
import { inMarketTest, storedMarket } from './pooled-views.ts';
import { stampedMemo } from './stamped-memo.ts';
import { workspaceContext } from './workspace-context.ts';

type CohortRef = { id: string; name: string };

/** What one member's workspace holds for the page, read at the member's level (never above 'contacts'). */
interface MemberRead {
  facts: MemberFacts;
  network: SharedNetwork;
  leads: OutcomeLead[];
}

/** Owners, coaches and viewers of the cohort (the roles that oversee members); a member is FORBIDDEN. */
async function overseenCohort(ctx: AccountsContext, userId: string, cohortRef: string): Promise<CohortRecord> {
  const { cohort, role } = await cohortOfMember(ctx, cohortRef, userId);
  if (!OVERSEEING_ROLES.includes(role as never)) throw new ReferableError('FORBIDDEN', `the cohort page of "${cohort.name}" is for its coaches: you are a ${role} there`);
  return cohort;
}

/**
 * overseenCohort and the roster's version in one round trip: the page's every request starts here, and under fifty
 * coaches each round trip to the database is a wait for the scheduler as much as for PostgreSQL. `seen`: the same rows
 * when already read with the caller's credentials (findTokenWithCohortsStamp), so no round trip at all.
 */
async function overseenCohortWithStamp(ctx: AccountsContext, userId: string, cohortRef: string, seen?: readonly CohortWithRosterStamp[]): Promise<{ cohort: CohortRecord; rosterStamp: string }> {
  const found = seen ?? (await cohortsWithRosterStamp(ctx.db, cohortRef, userId, OVERSEEING_ROLES));
  const notIn = () => new ReferableError('NOT_FOUND', `you are not in a cohort "${cohortRef}"`);
  if (found.length === 0) throw notIn();
  const { role, rosterStamp, ...cohort } = theCohort(found, cohortRef);
  if (!role) throw notIn();
  if (!OVERSEEING_ROLES.includes(role) || rosterStamp === null) throw new ReferableError('FORBIDDEN', `the cohort page of "${cohort.name}" is for its coaches: you are a ${role} there`);
  return { cohort, rosterStamp };
}

/**
 * The account a presented token stands for (null when refused, as userForToken refuses it) and, read in the same
 * statement, the cohorts named `cohortRef` with its holder's role and roster version: what cohortPage reads first, so
 * a coach's request for an unchanged page makes one round trip to PostgreSQL.
 */
export async function tokenHolderWithCohorts(ctx: AccountsContext, token: string, cohortRef: string): Promise<{ user: UserRecord; cohorts: CohortWithRosterStamp[] } | null> {
  return tokenHolder(ctx, token, (db, hash) => findTokenWithCohortsStamp(db, hash, cohortRef, OVERSEEING_ROLES));
}

/** tokenHolderWithCohorts for a session cookie (null as sessionUser refuses it), with the session's CSRF token. */
export async function sessionHolderWithCohorts(ctx: AccountsContext, sessionId: string, cohortRef: string): Promise<{ user: UserRecord; csrfToken: string; cohorts: CohortWithRosterStamp[] } | null> {
  const found = await sessionHolder(ctx, sessionId, (db, hash) => findSessionWithCohortsStamp(db, hash, cohortRef, OVERSEEING_ROLES));
  return found ? { user: found.user, csrfToken: found.session.csrfSecret, cohorts: found.cohorts } : null;
}

export type { CohortWithRosterStamp };

const dayOf = (iso: string) => iso.slice(0, 10);

function ledgerFacts(member: string, events: ReferralEvent[]) {
  const latest = latestOutcomes(events);
  const referrals = events.filter(isReferral);
  const count = (direction: ReferralEvent['direction'], intro: boolean) => referrals.filter((event) => event.direction === direction && (event.kind === 'intro') === intro).length;
  // Job leads: what the member received about a job (or an intro toward one); no contact behind it means cold.
  const leads: OutcomeLead[] = referrals
    .filter((event) => event.direction === 'received' && (event.kind === 'job' || event.kind === 'intro' || event.kind === 'other'))
    .map((event) => ({ member, source: event.contactId ? 'referral' : 'cold', outcome: latest.get(event.id) ?? '' }));
  const fromReferrals = leads.filter((lead) => lead.source === 'referral');
  const reached = (outcomes: string[]) => fromReferrals.filter((lead) => outcomes.includes(lead.outcome)).length;
  return {
    intros: { given: count('given', true), received: count('received', true) },
    referrals: { given: count('given', false), received: count('received', false) },
    fromReferrals: { interviews: reached(['interview', 'offer', 'hire']), offers: reached(['offer', 'hire']) },
    leads,
  };
}

/**
 * Members' facts as last read, per store: a cohort page of 200 members would otherwise read 600,000 shared contacts on
 * every request. An entry stands for the member's workspace at one data version (moved on by every write to it, in any
 * process: store/data-version.ts), consent level and day, so a write, a consent change or midnight reads afresh.
 * Only the facts and leads are kept, never the shared network itself.
 */
const keptFacts = new WeakMap<object, Map<string, Promise<Omit<MemberRead, 'network'>>>>();
const KEPT_MEMBERS = 2_000;

function keptFactsOf(ctx: AccountsContext): Map<string, Promise<Omit<MemberRead, 'network'>>> {
  let kept = keptFacts.get(ctx.store);
  if (!kept) keptFacts.set(ctx.store, (kept = new Map()));
  return kept;
}

/**
 * One member's facts at their level; `withNetwork` when the caller needs the shared network too (coverage), which is
 * then read afresh. Without it, facts kept for the same workspace data version, level and day are used as they are,
 * and a read already under way is shared: fifty coaches' first requests read each member once, not fifty times.
 */
async function readMember(ctx: AccountsContext, member: { email: string; since: string }, level: ConsentLevel, workspaceId: string | undefined, withNetwork: boolean, dataVersion: number): Promise<MemberRead> {
  if (!workspaceId || !consentAtLeast(level, 'aggregates')) return readMemberFresh(ctx, member, level, workspaceId, withNetwork);
  const kept = keptFactsOf(ctx);
  const key = [workspaceId, level, dataVersion, todayOf(ctx), member.email, member.since].join('\u0000');
  const hit = withNetwork ? undefined : kept.get(key);
  if (hit) return { ...(await hit), network: { market: null, people: [] } };
  const reading = readMemberFresh(ctx, member, level, workspaceId, withNetwork);
  const facts = reading.then((read) => ({ facts: read.facts, leads: read.leads }));
  kept.delete(key);
  kept.set(key, facts);
  // A failed read is not kept: the next request tries again.
  facts.catch(() => {
    if (kept.get(key) === facts) kept.delete(key);
  });
  // Oldest first in a Map: past the bound, the least recently stored entries go.
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_MEMBERS) break;
    kept.delete(oldest);
  }
  return reading;
}

async function readMemberFresh(ctx: AccountsContext, member: { email: string; since: string }, level: ConsentLevel, workspaceId: string | undefined, withNetwork: boolean): Promise<MemberRead> {
  const empty: MemberFacts = {
    member: member.email, level, inMarket: null, inMarketGoal: null, index: null, plan: { done: 0, planned: 0 }, intros: { given: 0, received: 0 },
    referrals: { given: 0, received: 0 }, fromReferrals: { interviews: 0, offers: 0 }, lastActivity: '', joined: member.since.slice(0, 10),
  };
  // Nothing is read at all for a member who shares nothing: what is not read cannot leak.
  if (!workspaceId || !consentAtLeast(level, 'aggregates')) return { facts: empty, network: { market: null, people: [] }, leads: [] };
  // The facts need the people only to count who is in the member's market: none without one (coverage needs them all).
  const network = await readSharedNetwork(ctx.store.db, ctx.store.dialect, workspaceId, lowerConsent(level, 'contacts'), { peopleOnlyWithMarket: !withNetwork });
  const market = storedMarket(network);
  const isIn = inMarketTest(market);
  const app: AppContext = workspaceContext(ctx, workspaceId);
  const ws = app.store.workspace;
  const { weekStart } = chosenWeek(app, {});
  const plan = await ws.plans.find(weekStart);
  const items = plan ? (await ws.plans.items(plan.plan_id)).filter(onPlan) : [];
  const events = (await ws.referralEvents.list()).map(rowToEvent);
  const history = await indexHistory(app);
  const [last, previous] = [history.snapshots.at(-1), history.snapshots.at(-2)];
  const interactions = [...(await ws.interactions.latest()).values()];
  const intros = await ws.introductions.list();
  const activity = [...interactions.map(dayOf), ...events.map((event) => event.occurredOn), ...intros.map((intro) => dayOf(intro.updatedAt))].filter(Boolean).sort();
  const ledger = ledgerFacts(member.email, events);
  const trend = (now: number, before: number | undefined) => (before === undefined ? null : Math.round((now - before) * 10) / 10);
  return {
    network,
    leads: ledger.leads,
    facts: {
      ...empty,
      inMarket: market ? network.people.filter(isIn).length : null,
      inMarketGoal: market?.goals.inMarketConnections ?? null,
      index: last
        ? { score: last.score, change: trend(last.score, previous?.score), pillars: last.pillars.map((pillar) => ({ ...pillar, change: trend(pillar.score, previous?.pillars.find((p) => p.name === pillar.name)?.score) })) }
        : null,
      plan: { done: items.filter((item) => item.status === 'done').length, planned: items.length },
      intros: ledger.intros,
      referrals: ledger.referrals,
      fromReferrals: ledger.fromReferrals,
      lastActivity: activity.at(-1) ?? '',
    },
  };
}

/** The cohort's job seekers (role 'member'), each read at their level: the roster in two queries, then a few members at a time. */
async function readCohort(ctx: AccountsContext, cohort: CohortRecord, withNetwork = true): Promise<{ email: string; level: ConsentLevel; workspace: string | null; read: MemberRead }[]> {
  return mapAtMost(await cohortRoster(ctx.db, cohort.id), SHARED_READS_AT_ONCE, async (member) => {
    const { level, workspace: shared } = member;
    // The workspace is named only to coaches the member shares with: it is what the member view's link needs.
    const workspace = shared && consentAtLeast(level, 'aggregates') ? shared : null;
    return { email: member.email, level, workspace, read: await readMember(ctx, member, level, shared ?? undefined, withNetwork, member.dataVersion) };
  });
}

export interface CohortPage {
  cohort: CohortRef;
  today: string;
  sort: { column: CohortSortColumn; direction: 'asc' | 'desc' };
  members: (CohortMemberRow & { workspace: string | null })[];
  stalled: number;
}

type PageRow = CohortPage['members'][number];
const keptRows = stampedMemo<PageRow[]>();
const keptPages = stampedMemo<CohortPage>();

/**
 * Everything a cohort's rows are made of, as one string: the day (stalls count days), the cohort's name, and the
 * roster's version (moved by each change to a member's email, joining time, consent, workspaces and their data
 * versions: cohortsWithRosterStamp).
 * While it stands still, the rows (and each sorting of them) are the ones already assembled, the same for every coach.
 */
const pageStamp = (cohort: CohortRecord, rosterVersion: string, today: string): string => [today, cohort.name, rosterVersion].join('\u0000');

/**
 * The page: the roster's version read afresh (one short statement: a revoked consent or a member's write leaves the
 * page at once), then the rows kept for that version, or assembled from the members' kept facts after reading the
 * roster itself (a member read only when their data, level or day moved). The roster is read after its version, so
 * rows kept under a version are never older than it. An unchanged page is the same object for every caller, so the
 * route serialises it once.
 */
export async function cohortPage(
  ctx: AccountsContext,
  userId: string,
  cohortRef: string,
  sort: { column?: CohortSortColumn; direction?: 'asc' | 'desc' } = {},
  seen?: readonly CohortWithRosterStamp[],
): Promise<CohortPage> {
  const { cohort, rosterStamp } = await overseenCohortWithStamp(ctx, userId, cohortRef, seen);
  const today = todayOf(ctx);
  const stamp = pageStamp(cohort, rosterStamp, today);
  const column = sort.column ?? 'member';
  const direction = sort.direction ?? 'asc';
  return keptPages(ctx.store, `${cohort.id}\u0000${column}\u0000${direction}`, stamp, async () => {
    const rows = await keptRows(ctx.store, cohort.id, stamp, async () =>
      (await readCohort(ctx, cohort, false)).map((member) => ({ ...memberRow(member.read.facts, today), workspace: member.workspace })),
    );
    return { cohort: { id: cohort.id, name: cohort.name }, today, sort: { column, direction }, members: sortRows(rows, column, direction), stalled: rows.filter((row) => row.stalled).length };
  });
}

function coverageSource(member: string, level: ConsentLevel, network: SharedNetwork): CoverageSource {
  const byKey = new Map<string, CoverageSource['companies'][number]>();
  for (const person of network.people) {
    if (!person.companyKey) continue;
    const entry = byKey.get(person.companyKey) ?? { companyKey: person.companyKey, company: person.company, people: 0 };
    entry.people++;
    if (person.named) entry.contacts = [...(entry.contacts ?? []), `${person.named.firstName} ${person.named.lastName}`.trim()];
    byKey.set(person.companyKey, entry);
  }
  return { member, level, companies: [...byKey.values()] };
}

/**
 * Which target companies the cohort reaches and through whom. The targets are those of members who share companies
 * or more (a member at 'aggregates' reveals no company, not even the ones they want), plus any named in `companies`.
 */
export async function cohortCoverage(ctx: AccountsContext, userId: string, cohortRef: string, companies: readonly string[] = []): Promise<{ cohort: CohortRef; covered: number; targets: number; companies: CompanyCoverage[] }> {
  const cohort = await overseenCohort(ctx, userId, cohortRef);
  const members = await readCohort(ctx, cohort);
  const targets = new Map<string, string>();
  for (const name of companies) if (companyKey(name)) targets.set(companyKey(name), name.trim());
  for (const member of members) {
    if (!consentAtLeast(member.level, 'companies')) continue;
    for (const company of storedMarket(member.read.network)?.companies ?? []) if (!targets.has(companyKey(company.name))) targets.set(companyKey(company.name), company.name);
  }
  const coverage = pooledCoverage(
    [...targets].map(([key, name]) => ({ key, name })),
    members.map((member) => coverageSource(member.email, member.level, member.read.network)),
  );
  return { cohort: { id: cohort.id, name: cohort.name }, targets: targets.size, ...coverage };
}

export interface OutcomeReport {
  cohort: CohortRef;
  generatedAt: string;
  referral: Funnel;
  cold: Funnel;
  members: { member: string; referral: Funnel; cold: Funnel }[];
  /** Members left out because they share nothing with the cohort. */
  notSharing: number;
}

/** Referrals -> interviews -> offers -> hires, referral vs cold; audited as an export. */
export async function outcomeReport(ctx: AccountsContext, actor: Actor, cohortRef: string, format: 'json' | 'csv' | 'html' = 'json'): Promise<OutcomeReport> {
  const cohort = await overseenCohort(ctx, actor.userId, cohortRef);
  const members = await readCohort(ctx, cohort, false);
  const counted = members.filter((member) => consentAtLeast(member.level, 'aggregates'));
  const funnel = outcomeFunnel(counted.flatMap((member) => member.read.leads), counted.map((member) => member.email));
  await audit(ctx, actor, 'export', cohort.id, { report: 'outcomes', format });
  return { cohort: { id: cohort.id, name: cohort.name }, generatedAt: ctx.now().toISOString(), ...funnel, notSharing: members.length - counted.length };
}
