// A cohort's pooled views: what each teammate shares, as far as their consent allows, read fresh on every request
// (never cached: a revoked grant leaves every view at once). Reads go through store/accounts/pooled-view-repo.ts, the
// one audited path across workspaces; nothing here sees a field the member's level does not reveal.
import { mapAtMost, SHARED_READS_AT_ONCE } from './map-at-most.ts';
import { consentAtLeast, consentReveals, lowerConsent, type ConsentLevel } from '../../core/accounts/consent.ts';
import { renderPathRequestMessage } from '../../core/accounts/path-request.ts';
import { roleCounts, warmPathSentenceOf, type RoleCount } from '../../core/accounts/warm-path-summary.ts';
import { OVERSEEING_ROLES } from '../../core/accounts/workspace-access.ts';
import { companyKey } from '../../core/companies/company-key.ts';
import { ReferableError } from '../../core/errors.ts';
import { createFitScorer, fitFieldsRead } from '../../core/market/fit.ts';
import { targetCompanyIndex, type TargetMarket } from '../../core/market/target-market.ts';
import { PRECISION_DEFAULTS } from '../../core/graph/adaptive-runs.ts';
import { edgeCount } from '../../core/graph/csr-graph.ts';
import { immSeeds, type ImmResult } from '../../core/graph/imm.ts';
import type { Interval } from '../../core/graph/interval.ts';
import { NETWORK_DEFAULTS } from '../../core/network/network-model.ts';
import { pooledGraphOf, POOLED_GRAPH_DEFAULTS, type PooledGraph } from '../../core/network/pooled-graph.ts';
import { pooledReachOf, type PooledReach } from '../../core/network/pooled-reach.ts';
import { PASS_MODEL_SOURCE, passProbability } from '../../core/ties/pass-probability.ts';
import { classifyTitle } from '../../core/taxonomy/classify-title.ts';
import type { CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { sharingMembers } from '../../store/accounts/consents-repo.ts';
import { readSharedNetwork, streamPooledPeople, type PooledRead, type SharedNetwork, type SharedNetworkFilter, type SharedPerson } from '../../store/accounts/pooled-view-repo.ts';
import { workspaceOwner, workspaceRelation, workspacesOwnedBy } from '../../store/accounts/user-workspaces-repo.ts';
import { findUserById } from '../../store/accounts/users-repo.ts';
import { REACH_LIMITS } from '../network-options.ts';
import { estimateReachParallel } from '../parallel/cascade-runner.ts';
import { activeTarget, parseMarket } from '../target.ts';
import type { AccountsContext } from './accounts-context.ts';
import { cohortOfMember } from './consents.ts';
import { keptTitleCountsAt } from './kept-title-counts.ts';
import { pooledPeopleReader, type InMarketFields } from './pooled-people-columns.ts';
import { companyRolesOf } from './warm-path-roles.ts';
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

export function inMarketTest(market: TargetMarket | null): (person: InMarketFields) => boolean {
  if (!market) return () => false;
  const score = createFitScorer(market);
  // A cohort's pooled networks repeat titles many times over (600,000 people, a few thousand titles): classify each once.
  const roles = new Map<string, ReturnType<typeof roleOf>>();
  const role = (title: string) => {
    let known = roles.get(title);
    if (!known) roles.set(title, (known = roleOf({ title })));
    return known;
  };
  return (person) => score({ company: person.company, companyKey: person.companyKey, title: person.title, location: person.location, industry: person.industry, ...role(person.title) }).inMarket;
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

async function networkOf(ctx: AccountsContext, workspace: string | null, level: ConsentLevel, filter: SharedNetworkFilter): Promise<SharedNetwork> {
  // A member shares the one workspace they chose for this cohort (their first by default); one with none shares nothing.
  if (!workspace) return { market: null, people: [] };
  return readSharedNetwork(ctx.store.db, ctx.store.dialect, workspace, level, filter);
}

/** The teammates who share more than nothing, each read at their level. Members at 'nothing' are not there at all. */
async function sharedNetworks(ctx: AccountsContext, cohort: CohortRecord, exceptUserId?: string, filter: SharedNetworkFilter = {}) {
  const members = (await sharingMembers(ctx.db, cohort.id)).filter((member) => member.userId !== exceptUserId);
  return mapAtMost(members, SHARED_READS_AT_ONCE, async (member) => {
    const level = member.level as Exclude<ConsentLevel, 'nothing'>;
    return { userId: member.userId, email: member.email, level, network: await networkOf(ctx, member.workspace, level, filter) };
  });
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
  const owner = (await sharingMembers(ctx.db, cohort.id)).find((member) => member.workspace === workspaceId);
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
  /** The path request's message as the template drafts it: what the seeker edits before asking. */
  draft: string;
}

/**
 * Teammates who know people at the seeker's target companies (or at `company`), from those who share companies or
 * more; anonymous (roles, never names) until the teammate accepts a path request. Largest first.
 */
export async function pooledWarmPaths(ctx: AccountsContext, userId: string, cohortRef: string, options: { company?: string; workspace?: string } = {}): Promise<{ cohort: { id: string; name: string }; companies: string[]; paths: WarmPath[] }> {
  const { cohort } = await cohortOfMember(ctx, cohortRef, userId);
  // The seeker's market, their email and the teammates who share companies or more (as of now) are independent reads.
  const [market, seekerEmail, members] = await Promise.all([
    seekerWorkspace(ctx, userId, options.workspace).then((workspace) => activeTarget(workspaceContext(ctx, workspace))),
    findUserById(ctx.db, userId).then((user) => user?.email ?? ''),
    sharingMembers(ctx.db, cohort.id).then((sharing) => sharing.filter((member) => member.userId !== userId && member.workspace && consentAtLeast(member.level, 'companies'))),
  ]);
  const wanted = options.company?.trim();
  if (wanted === '' || (!wanted && (!market || market.companies.length === 0))) {
    throw new ReferableError('INVALID_INPUT', 'name a company (--company NAME or ?company=NAME), or set target companies in your target market');
  }
  // Which target company a company key is: by the seeker's market (aliases included), or the one company asked for.
  const targets = wanted ? new Map([[companyKey(wanted), wanted]]) : new Map([...targetCompanyIndex(market!)].map(([key, company]) => [key, company.name]));
  // Their counts by company and title (no person is read) are counted afresh only for workspaces whose data moved on
  // since last asked (kept-title-counts.ts), and described by role once per count (warm-path-roles.ts).
  const counts = await keptTitleCountsAt(ctx, members.map((member) => ({ workspaceId: member.workspace!, level: member.level })), [...targets.keys()]);
  const paths: WarmPath[] = [];
  members.forEach((member, index) => {
    for (const { company, people, roles, rolesText: text } of companyRolesOf(counts[index], targets)) {
      const draft = renderPathRequestMessage({ seeker: seekerEmail, member: member.email, company, roles: text, cohort: cohort.name });
      paths.push({ member: member.email, company, people, roles, sentence: warmPathSentenceOf(member.email, company, roles, text), draft });
    }
  });
  // One collator for the thousand-odd paths of a large cohort: the order localeCompare gives, without a lookup per call.
  const byText = new Intl.Collator().compare;
  paths.sort((a, b) => b.people - a.people || byText(a.company, b.company) || byText(a.member, b.member));
  return { cohort: { id: cohort.id, name: cohort.name }, companies: wanted ? [wanted] : market!.companies.map((company) => company.name), paths };
}

/** A Monte Carlo estimate over the pooled graph: expected people reached, and of them in the seeker's market. */
export interface HopEstimate {
  /** Simulated asks behind the figures (sampling stops once the intervals are tight enough, unless fixed). */
  runs: number;
  expectedInMarket: Interval;
  expectedReached: Interval;
}

/** Word of mouth over the pooled graph (issue #14 section 3): what an ask reaches within one hop and within two. */
export interface PooledWordOfMouth {
  runsCap: number;
  /** null: exactly runsCap asks; else sampling stopped once every interval was within ±relative of its mean or ±absolute. */
  precision: { relative: number; absolute: number } | null;
  seed: number;
  threads: number;
  graph: { people: number; teammates: number; ties: number };
  /** My contacts and teammates who pass my ask on (teammates are not counted as reach). */
  oneHop: HopEstimate;
  /** …and the people they pass it to: teammates' people and my contacts' coworkers. */
  twoHops: HopEstimate;
  model: string;
  /** Who to ask first (`ask`), by IMM over the pooled graph; empty unless asked for. */
  askFirst: PooledAskFirst[];
  /** What IMM guarantees for askFirst, said plainly; null when nobody was picked. */
  askFirstGuarantee: string | null;
}

/** One pick: a contact of mine (by name: my own network) or a teammate (by email), and what asking them adds. */
export interface PooledAskFirst {
  kind: 'contact' | 'teammate';
  name: string;
  /** Expected in-market people within two hops this ask adds to the ones before it. */
  marginalGain: number;
}

/** Two-hop reach through the cohort, counted in the seeker's own market, as far as each teammate's consent allows. */
export type PooledReachView = PooledReach & { cohort: { id: string; name: string }; workspace: string; market: string | null; wordOfMouth: PooledWordOfMouth };

export interface PooledReachRequest {
  /** The seeker's own workspace (theirs, or their only one). */
  workspace?: string;
  /** Pick this many of my contacts and teammates to ask first (0: none). */
  ask?: number;
  /** Cap on simulated asks per estimate (default 10,000). */
  runs?: number;
  fixedRuns?: boolean;
  seed?: number;
  threads?: number;
}

/** The seeker's pooled network as read now: who counts, and the graph the cascade runs on. */
export interface LoadedPooledNetwork {
  cohort: { id: string; name: string };
  workspace: string;
  market: string | null;
  counts: PooledReach;
  pooled: PooledGraph;
  /** Who each node of mine is, for naming picks: my contacts by key (my own network), teammates by email. */
  names: { contacts: Map<string, string>; teammates: string[] };
}

/**
 * Reads my network and every consenting teammate's (fresh: a revoked grant is out at once), counts hops by person and
 * builds the pooled graph. `pooled network load` in the cohort bench times exactly this.
 */
export async function loadPooledNetwork(ctx: AccountsContext, userId: string, cohortRef: string, workspace?: string): Promise<LoadedPooledNetwork> {
  const { cohort } = await cohortOfMember(ctx, cohortRef, userId);
  const mine = await seekerWorkspace(ctx, userId, workspace);
  const market = await activeTarget(workspaceContext(ctx, mine));
  const isIn = inMarketTest(market);
  const teammates = (await sharingMembers(ctx.db, cohort.id)).filter((member) => member.userId !== userId);
  // One statement for all of us. My own network is read the way teammates' are (one key per person), so a person we
  // both know is counted once, and with names, as it is mine and naming whom to ask first needs my contacts' names.
  // A teammate sharing counts only reaches nobody person by person: their network is not read at all here.
  const reads: PooledRead[] = [{ workspaceId: mine, level: 'contacts', names: true }];
  for (const member of teammates) reads.push({ workspaceId: member.workspace ?? '', level: member.workspace && consentReveals(member.level).anonymousPeople ? member.level : 'nothing' });
  // Rows are taken as they arrive, none kept. The builder's first size is a guess (it grows): a few thousand a network.
  const expectedRows = 3000 * reads.length;
  // Only the fields my market's score looks at are read (none without a market): the rest would change no answer.
  const fields = market ? fitFieldsRead(market) : { title: false, location: false, industry: false };
  const { people, names: contacts } = await streamPooledPeople(ctx.store.db, ctx.store.dialect, reads, () => pooledPeopleReader(reads.length, isIn, expectedRows), fields);
  const levels = teammates.map((member) => member.level);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    workspace: mine,
    market: market?.name ?? null,
    counts: pooledReachOf(people, levels),
    pooled: pooledGraphOf(people, levels),
    names: {
      contacts,
      teammates: teammates.filter((member) => consentReveals(member.level).anonymousPeople).map((member) => member.email),
    },
  };
}

const roundInterval = (interval: Interval): Interval => ({ mean: Math.round(interval.mean * 10) / 10, low: Math.round(interval.low * 10) / 10, high: Math.round(interval.high * 10) / 10, stdErr: Math.round(interval.stdErr * 1000) / 1000 });

/** Monte Carlo word of mouth from me over a loaded pooled graph, within one hop and within two (same worlds for both). */
export async function pooledWordOfMouth(pooled: PooledGraph, request: Omit<PooledReachRequest, 'workspace'> = {}, names?: LoadedPooledNetwork['names']): Promise<PooledWordOfMouth> {
  const runs = request.runs ?? 10_000;
  const seed = request.seed ?? 1;
  if (!Number.isInteger(runs) || runs < REACH_LIMITS.runsMin || runs > REACH_LIMITS.runsMax) {
    throw new ReferableError('INVALID_INPUT', `runs must be a whole number from ${REACH_LIMITS.runsMin} to ${REACH_LIMITS.runsMax}; got ${runs}`);
  }
  if (!Number.isInteger(seed)) throw new ReferableError('INVALID_INPUT', `seed must be a whole number; got ${seed}`);
  const precision = request.fixedRuns ? null : PRECISION_DEFAULTS;
  const seeds = Int32Array.of(pooled.me);
  const estimate = async (maxHops: number, threads: number | undefined): Promise<HopEstimate & { threads: number }> => {
    const result = await estimateReachParallel(pooled.graph, seeds, { runs, seed, countMask: pooled.inMarketMask, maxHops }, { threads, precision });
    return { runs: result.runs, expectedInMarket: roundInterval(result.counted), expectedReached: roundInterval(result.reached), threads: result.threads };
  };
  // One hop reads only my own ties per run (a few thousand edges): starting workers would cost more than it saves.
  const { threads: _one, ...oneHop } = await estimate(1, 1);
  const { threads, ...twoHops } = await estimate(2, request.threads);
  const ask = request.ask ?? 0;
  if (!Number.isInteger(ask) || ask < 0 || ask > REACH_LIMITS.askMax) throw new ReferableError('INVALID_INPUT', `ask must be a whole number from 0 to ${REACH_LIMITS.askMax}; got ${ask}`);
  const picked = ask > 0 ? pooledAskFirst(pooled, ask, seed) : null;
  const nameOf = (node: number): Omit<PooledAskFirst, 'marginalGain'> =>
    node <= pooled.teammates
      ? { kind: 'teammate', name: names?.teammates[node - 1] ?? `teammate ${node}` }
      : { kind: 'contact', name: names?.contacts.get(pooled.personKeys[node - 1 - pooled.teammates]) ?? 'one of your contacts' };
  return {
    runsCap: runs,
    precision: precision && { relative: precision.relative, absolute: precision.absolute },
    seed,
    threads,
    graph: { people: pooled.people, teammates: pooled.teammates, ties: edgeCount(pooled.graph) / 2 },
    oneHop,
    twoHops,
    askFirst: picked ? picked.seeds.map((node, index) => ({ ...nameOf(node), marginalGain: Math.round(picked.marginalGains[index] * 10) / 10 })) : [],
    askFirstGuarantee: picked && picked.seeds.length > 0 ? immGuarantee(picked.guarantee) : null,
    model: `independent cascade from you; ties to people pass as plain connections (teammates' messages are never pooled), teammates pass ${Math.round(passProbability(POOLED_GRAPH_DEFAULTS.teammateStrength) * 100)}% as moderately weak ties, coworkers at one employer ${Math.round(NETWORK_DEFAULTS.coworkerProbability * 100)}% (${PASS_MODEL_SOURCE})`,
  };
}

/**
 * Who to ask first over the pooled graph: Monte Carlo greedy (CELF) would simulate every candidate on thousands of
 * worlds of a graph with millions of ties, so the picks come from IMM's reverse-reachable sets (core/graph/imm.ts),
 * counting in-market people within two hops of each ask, among my contacts and teammates.
 */
export function pooledAskFirst(pooled: PooledGraph, ask: number, seed: number): ImmResult {
  const candidates = pooled.graph.targets.slice(pooled.graph.offsets[pooled.me], pooled.graph.offsets[pooled.me + 1]);
  return immSeeds(pooled.graph, candidates, ask, { countMask: pooled.inMarketMask, maxHops: 2, seed });
}

/**
 * "picked by IMM over the 66,608 in-market people your contacts and teammates can reach within 2 hops: their reach is
 * within 53% of the best possible asks (1 − 1/e − ε, ε = 0.1), with probability 99.9985% (1 − 1/n^ℓ, ℓ = 1)".
 * ε = 0.1 and ℓ = 1 (IMM_DEFAULTS): a guarantee worth stating (53%, not 43% at ε = 0.2) that IMM's two-hop sampling
 * reaches within the 2 s goal on a 200-member cohort; ℓ = 1 already fails once in n (tens of thousands).
 */
export function immGuarantee(guarantee: ImmResult['guarantee']): string {
  const confidence = `${(guarantee.probability * 100).toFixed(guarantee.probability > 0.9999 ? 4 : 2).replace(/\.?0+$/, '')}%`;
  const what = `picked by IMM over the ${guarantee.n.toLocaleString('en-US')} in-market people your contacts and teammates can reach within 2 hops: their reach is within ${Math.round(guarantee.ratio * 100)}% of the best possible asks (1 − 1/e − ε, ε = ${guarantee.epsilon}), with probability ${confidence} (1 − 1/n^ℓ, ℓ = ${guarantee.ell})`;
  return guarantee.reached ? what : `${what.split(':')[0]}: sampling was capped, so the guarantee was not reached (the picks are greedy on fewer reverse-reachable sets)`;
}

export async function pooledReachFor(ctx: AccountsContext, userId: string, cohortRef: string, request: PooledReachRequest = {}): Promise<PooledReachView> {
  const loaded = await loadPooledNetwork(ctx, userId, cohortRef, request.workspace);
  return { ...loaded.counts, cohort: loaded.cohort, workspace: loaded.workspace, market: loaded.market, wordOfMouth: await pooledWordOfMouth(loaded.pooled, request, loaded.names) };
}

/** The same for the owner of a workspace: what `referable reach --cohort NAME` adds for an administrator at the CLI. */
export async function pooledReachOfWorkspace(ctx: AccountsContext, workspaceId: string, cohortRef: string, request: Omit<PooledReachRequest, 'workspace'> = {}): Promise<PooledReachView> {
  const owner = await workspaceOwner(ctx.db, workspaceId);
  if (!owner) throw new ReferableError('NOT_FOUND', `the workspace "${workspaceId}" has no owner, so it is in no cohort; an administrator gives it one`, undefined, { text: 'Give the workspace an owner', command: `referable workspace create ${workspaceId} --owner EMAIL` });
  return pooledReachFor(ctx, owner, cohortRef, { ...request, workspace: workspaceId });
}
