// The coach's cohort page, as pure rules (issue #14 section 4): one row per member as far as their consent allows,
// who has stalled, sorting by any column, the cohort's pooled coverage of target companies, and the outcome funnel
// (referrals -> interviews -> offers -> hires, referral vs cold) an outplacement client is shown.
import { consentAtLeast, type ConsentLevel } from './consent.ts';

/** No activity for this many days (interactions, ledger entries, introductions, plan items done) is a stall. */
export const STALL_DAYS = 14;

/** What the app layer read from one member's workspace; only `member` and `level` survive 'nothing'. */
export interface MemberFacts {
  member: string;
  level: ConsentLevel;
  inMarket: number | null;
  inMarketGoal: number | null;
  index: { score: number; change: number | null; pillars: { name: string; score: number; change: number | null }[] } | null;
  plan: { done: number; planned: number };
  intros: { given: number; received: number };
  referrals: { given: number; received: number };
  fromReferrals: { interviews: number; offers: number };
  /** YYYY-MM-DD of the latest activity, '' when none. */
  lastActivity: string;
  /** YYYY-MM-DD the member joined the cohort: the 14-day clock's start while they have no activity yet. */
  joined: string;
}

/** One row of the cohort table. Every number is null when the member shares nothing. */
export interface CohortMemberRow {
  member: string;
  level: ConsentLevel;
  sharesNothing: boolean;
  inMarket: number | null;
  inMarketGoal: number | null;
  index: number | null;
  indexChange: number | null;
  pillars: { name: string; score: number; change: number | null }[];
  planDone: number | null;
  planPlanned: number | null;
  introsGiven: number | null;
  introsReceived: number | null;
  referralsGiven: number | null;
  referralsReceived: number | null;
  interviews: number | null;
  offers: number | null;
  lastActivity: string | null;
  daysSinceActivity: number | null;
  /** Days since joining the cohort, for a member with no activity yet ("joined 3 days ago"); null otherwise. */
  daysSinceJoined: number | null;
  stalled: boolean | null;
}

export const COHORT_SORT_COLUMNS = [
  'member', 'level', 'inMarket', 'index', 'indexChange', 'planDone', 'introsGiven', 'introsReceived',
  'referralsGiven', 'referralsReceived', 'interviews', 'offers', 'daysSinceActivity', 'stalled',
] as const;
export type CohortSortColumn = (typeof COHORT_SORT_COLUMNS)[number];

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A member who shares nothing is only a name and that fact: no number, not even whether they stalled. */
export function memberRow(facts: MemberFacts, today: string): CohortMemberRow {
  if (!consentAtLeast(facts.level, 'aggregates')) {
    return {
      member: facts.member, level: facts.level, sharesNothing: true, inMarket: null, inMarketGoal: null, index: null, indexChange: null, pillars: [],
      planDone: null, planPlanned: null, introsGiven: null, introsReceived: null, referralsGiven: null, referralsReceived: null,
      interviews: null, offers: null, lastActivity: null, daysSinceActivity: null, daysSinceJoined: null, stalled: null,
    };
  }
  const days = facts.lastActivity ? Math.max(0, daysBetween(facts.lastActivity, today)) : null;
  // No activity yet: the clock starts when they joined, so a newcomer is not "stalled" on their first day.
  const sinceJoined = days === null && facts.joined ? Math.max(0, daysBetween(facts.joined, today)) : null;
  return {
    member: facts.member,
    level: facts.level,
    sharesNothing: false,
    inMarket: facts.inMarket,
    inMarketGoal: facts.inMarketGoal,
    index: facts.index?.score ?? null,
    indexChange: facts.index?.change ?? null,
    pillars: facts.index?.pillars ?? [],
    planDone: facts.plan.done,
    planPlanned: facts.plan.planned,
    introsGiven: facts.intros.given,
    introsReceived: facts.intros.received,
    referralsGiven: facts.referrals.given,
    referralsReceived: facts.referrals.received,
    interviews: facts.fromReferrals.interviews,
    offers: facts.fromReferrals.offers,
    lastActivity: facts.lastActivity || null,
    daysSinceActivity: days,
    daysSinceJoined: sinceJoined,
    // Never active for 14 days after joining counts as stalled: that member is the one a coach should call first.
    stalled: (days ?? sinceJoined ?? STALL_DAYS) >= STALL_DAYS,
  };
}

/** Sorted by a column; members with no value there (sharing nothing) always last, then by name. */
export function sortRows<Row extends CohortMemberRow>(rows: readonly Row[], column: CohortSortColumn, direction: 'asc' | 'desc' = 'asc'): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  const valueOf = (row: CohortMemberRow): string | number | null => {
    const value = row[column];
    return typeof value === 'boolean' ? Number(value) : (value as string | number | null);
  };
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? a.member.localeCompare(b.member) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order !== 0 ? sign * order : a.member.localeCompare(b.member);
  });
}

/** One member's companies as pooling reveals them: none at 'aggregates', companies at 'companies', names too at 'contacts'. */
export interface CoverageSource {
  member: string;
  level: ConsentLevel;
  companies: { companyKey: string; company: string; people: number; contacts?: string[] }[];
}

export interface CompanyCoverage {
  company: string;
  people: number;
  /** Through whom: member names always, their contacts' names only when the member shares contacts. */
  through: { member: string; people: number; contacts?: string[] }[];
}

/** Which target companies the cohort can reach and through whom; a company nobody knows is listed with no one. */
export function pooledCoverage(targets: readonly { name: string; key: string }[], sources: readonly CoverageSource[]): { covered: number; companies: CompanyCoverage[] } {
  const companies = targets.map((target) => {
    const through: CompanyCoverage['through'] = [];
    for (const source of sources) {
      if (!consentAtLeast(source.level, 'companies')) continue;
      const known = source.companies.find((company) => company.companyKey === target.key);
      if (!known) continue;
      const entry: CompanyCoverage['through'][number] = { member: source.member, people: known.people };
      if (consentAtLeast(source.level, 'contacts') && known.contacts) entry.contacts = [...known.contacts].sort();
      through.push(entry);
    }
    through.sort((a, b) => b.people - a.people || a.member.localeCompare(b.member));
    return { company: target.name, people: through.reduce((sum, entry) => sum + entry.people, 0), through };
  });
  companies.sort((a, b) => b.people - a.people || a.company.localeCompare(b.company));
  return { covered: companies.filter((company) => company.people > 0).length, companies };
}

/** One job lead in a member's ledger: a referral received (from a contact) or an application with nobody behind it. */
export interface OutcomeLead {
  member: string;
  /** 'referral' when someone referred the member; 'cold' when the ledger entry names no one. */
  source: 'referral' | 'cold';
  /** The furthest outcome it reached. */
  outcome: string;
}

export const FUNNEL_STAGES = ['leads', 'interviews', 'offers', 'hires'] as const;
const STAGE_RANK: Record<string, number> = { meeting: 0, interview: 1, offer: 2, hire: 3 };

export type Funnel = Record<(typeof FUNNEL_STAGES)[number], number>;

function funnelOf(leads: readonly OutcomeLead[]): Funnel {
  const reached = (stage: number) => leads.filter((lead) => (STAGE_RANK[lead.outcome] ?? -1) >= stage).length;
  return { leads: leads.length, interviews: reached(1), offers: reached(2), hires: reached(3) };
}

/** Referrals -> interviews -> offers -> hires, referral vs cold, for the cohort and per member. */
export function outcomeFunnel(leads: readonly OutcomeLead[], members: readonly string[]): { referral: Funnel; cold: Funnel; members: { member: string; referral: Funnel; cold: Funnel }[] } {
  const of = (source: OutcomeLead['source'], member?: string) => funnelOf(leads.filter((lead) => lead.source === source && (member === undefined || lead.member === member)));
  return { referral: of('referral'), cold: of('cold'), members: members.map((member) => ({ member, referral: of('referral', member), cold: of('cold', member) })) };
}
