// Candidates for a target market from the user's own network and profile, ranked with counts, and a first draft built
// from them: a market that starts where the user already is, instead of an example about someone else.
import { companyKey } from '../companies/company-key.ts';
import { findIndustry } from '../industries/industries.ts';
import { classifyTitle } from '../taxonomy/classify-title.ts';
import { foldText } from '../text/fold.ts';
import { MARKET_DEFAULTS } from './target-market.ts';
import type { DraftCompany, MarketDraft } from './market-draft.ts';

/** A contact as the suggestion sees them: employer, industry, place and classified role. */
export interface NetworkPerson {
  company: string;
  companyKey: string;
  industry: string;
  location: string;
  seniority: string;
  function: string;
}

/** The user's own profile (LinkedIn Profile.csv and Positions.csv), when imported. */
export interface OwnProfile {
  industry: string;
  location: string;
  /** Most recent first is not assumed: the newest is found by its dates. */
  positions: { company: string; title: string; location: string; startedOn: string; finishedOn: string }[];
}

export interface Candidate {
  value: string;
  /** Contacts with this value. */
  count: number;
  /** From the user's own profile (their industry, place, current role or employer). */
  yours: boolean;
}

export interface MarketSuggestion {
  /** Contacts looked at. */
  contacts: number;
  companies: Candidate[];
  functions: Candidate[];
  seniorities: Candidate[];
  industries: Candidate[];
  locations: Candidate[];
  /** The user's most recent employer: listed, but left out of the draft (a job seeker aims past it). */
  currentEmployer: string | null;
}

export const SUGGESTION_DEFAULTS = {
  /** Candidates listed per dimension. */
  limit: 15,
  /** Companies the draft names. */
  draftCompanies: 10,
  /** How many of the draft's companies (by contacts) start at tier 1, then tier 2; the rest are tier 3. */
  tierSizes: [3, 4] as readonly number[],
  /** A company one contact works at is chance, not a pattern: candidates need at least this many. */
  minCompanyCount: 2,
  /** Without a profile, the draft names the top functions and seniorities among contacts, this many of each. */
  fallbackRoles: 2,
};

/** The seniority ladder: the draft aims at the user's level and the one above. */
const LADDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO'];

/**
 * "New York, New York, United States" -> "New York"; "Greater London Area" -> "London"; "San Francisco Bay Area" ->
 * "San Francisco": the place a person would name, which the fit's word match then finds in every spelling.
 */
export function placeOf(location: string): string {
  const first = location.split(',')[0].trim();
  return first
    .replace(/^greater\s+/i, '')
    .replace(/\s+(?:metropolitan|metro|bay)?\s*area$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

class Tally {
  readonly #counts = new Map<string, { value: string; count: number; names: Map<string, number>; yours: boolean }>();

  add(key: string, name: string, amount = 1, yours = false): void {
    if (!key) return;
    let entry = this.#counts.get(key);
    if (!entry) {
      entry = { value: name, count: 0, names: new Map(), yours: false };
      this.#counts.set(key, entry);
    }
    entry.count += amount;
    entry.yours ||= yours;
    if (amount > 0) entry.names.set(name, (entry.names.get(name) ?? 0) + amount);
  }

  /** Most contacts first; then the user's own; then by name, so equal counts list the same way every time. */
  ranked(limit: number, minCount = 1): Candidate[] {
    return [...this.#counts.values()]
      .filter((entry) => entry.count >= minCount || entry.yours)
      .map((entry) => ({ value: mostWritten(entry.names) ?? entry.value, count: entry.count, yours: entry.yours }))
      .sort((a, b) => b.count - a.count || Number(b.yours) - Number(a.yours) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  }
}

/** The spelling most contacts use for one employer ("Contoso" over "Contoso Ltd"). */
function mostWritten(names: Map<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [name, count] of names) {
    if (count > most || (count === most && best !== undefined && name < best)) {
      best = name;
      most = count;
    }
  }
  return best;
}

/** The newest position: no end date first (current), then the latest start. */
function newestPosition(profile: OwnProfile | null) {
  const positions = [...(profile?.positions ?? [])].filter((position) => position.company || position.title);
  positions.sort((a, b) => Number(!a.finishedOn) - Number(!b.finishedOn) || (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
  return positions.at(-1) ?? null;
}

/** Ranked candidates per dimension from the contacts, with the user's own profile marked (and counted when no contact shares it). */
export function suggestMarket(people: readonly NetworkPerson[], profile: OwnProfile | null, options: Partial<typeof SUGGESTION_DEFAULTS> = {}): MarketSuggestion {
  const o = { ...SUGGESTION_DEFAULTS, ...options };
  const companies = new Tally();
  const functions = new Tally();
  const seniorities = new Tally();
  const industries = new Tally();
  const locations = new Tally();
  for (const person of people) {
    companies.add(person.companyKey, person.company.trim());
    if (person.function && person.function !== 'Unknown') functions.add(person.function, person.function);
    if (person.seniority && person.seniority !== 'Unknown') seniorities.add(person.seniority, person.seniority);
    // Only LinkedIn V2 industries: a free-text one could not be saved in a market.
    const industry = person.industry ? findIndustry(person.industry) : undefined;
    if (industry) industries.add(industry.label, industry.label);
    const place = placeOf(person.location);
    if (place) locations.add(foldText(place), place);
  }
  const newest = newestPosition(profile);
  const role = newest ? classifyTitle(newest.title) : null;
  if (role && role.function !== 'Unknown') functions.add(role.function, role.function, 0, true);
  if (role && role.seniority !== 'Unknown') seniorities.add(role.seniority, role.seniority, 0, true);
  const ownIndustry = profile?.industry ? findIndustry(profile.industry) : undefined;
  if (ownIndustry) industries.add(ownIndustry.label, ownIndustry.label, 0, true);
  const ownPlace = placeOf(profile?.location || newest?.location || '');
  if (ownPlace) locations.add(foldText(ownPlace), ownPlace, 0, true);
  const employer = newest?.company.trim() || null;
  // Marked as theirs under the company key, so "Contoso Ltd" in contacts' exports is the same employer.
  if (employer) companies.add(companyKey(employer), employer, 0, true);
  return {
    contacts: people.length,
    companies: companies.ranked(o.limit, o.minCompanyCount),
    functions: functions.ranked(o.limit),
    seniorities: seniorities.ranked(o.limit),
    industries: industries.ranked(o.limit),
    locations: locations.ranked(o.limit),
    currentEmployer: employer,
  };
}

function yoursOrTop(candidates: readonly Candidate[], fallback: number): string[] {
  const yours = candidates.filter((candidate) => candidate.yours).map((candidate) => candidate.value);
  return yours.length > 0 ? yours : candidates.slice(0, fallback).map((candidate) => candidate.value);
}

/** The user's level and the one above ("Manager" -> Manager, Director); outside the ladder, the level alone. */
function aimedSeniorities(candidates: readonly Candidate[], fallback: number): string[] {
  const own = candidates.find((candidate) => candidate.yours)?.value;
  if (!own) return candidates.slice(0, fallback).map((candidate) => candidate.value);
  const rung = LADDER.indexOf(own);
  return rung >= 0 && rung + 1 < LADDER.length ? [own, LADDER[rung + 1]] : [own];
}

/** A name a person would give it: "Product Management in New York". */
function draftName(functions: string[], locations: string[]): string {
  const what = functions.length > 0 ? functions.join(' and ') : 'My market';
  return locations.length > 0 ? `${what} in ${locations[0]}` : what;
}

/**
 * A first market from the suggestion: the user's own function, level (and the next), industry and place when the
 * profile says them, else the most common among contacts; the companies most contacts work at, ranked into tiers by
 * how many, without the user's own employer. Keys with nothing to say are left out (the file schema refuses empty lists).
 */
export function draftFromSuggestion(suggestion: MarketSuggestion, options: Partial<typeof SUGGESTION_DEFAULTS> = {}): MarketDraft {
  const o = { ...SUGGESTION_DEFAULTS, ...options };
  const picked = suggestion.companies.filter((company) => !company.yours).slice(0, o.draftCompanies);
  const companies: DraftCompany[] = picked.map((company, index) => {
    const tier = index < o.tierSizes[0] ? 1 : index < o.tierSizes[0] + o.tierSizes[1] ? 2 : 3;
    return { name: company.value, tier };
  });
  const functions = yoursOrTop(suggestion.functions, o.fallbackRoles);
  const seniorities = aimedSeniorities(suggestion.seniorities, o.fallbackRoles);
  const industries = yoursOrTop(suggestion.industries, 1);
  const locations = yoursOrTop(suggestion.locations, 1);
  const draft: MarketDraft = { name: draftName(functions, locations), threshold: MARKET_DEFAULTS.threshold };
  if (companies.length > 0) draft.companies = companies;
  if (functions.length > 0) draft.functions = functions;
  if (seniorities.length > 0) draft.seniorities = seniorities;
  if (industries.length > 0) draft.industries = industries;
  if (locations.length > 0) draft.locations = locations;
  draft.weights = { ...MARKET_DEFAULTS.weights };
  const { by: _by, ...goals } = MARKET_DEFAULTS.goals;
  draft.goals = { ...goals, weekly: { ...goals.weekly } };
  return draft;
}
