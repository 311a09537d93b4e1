// What a member shares with a cohort, and what each level reveals: the one rule every pooled view and every coach's
// view of a member obeys (issue #14 section 3). Private by default: no grant is 'nothing'.
import { ReferableError } from '../errors.ts';

/** In order of how much they reveal: each level reveals everything the one before it does, and more. */
export const CONSENT_LEVELS = ['nothing', 'aggregates', 'companies', 'contacts'] as const;
export type ConsentLevel = (typeof CONSENT_LEVELS)[number];

/** What a cohort sees of a member's network at a level. */
export interface ConsentReveals {
  /** Counts only: connections, in-market connections, companies. */
  counts: boolean;
  /** Which companies the member knows people at, and the titles of those people (no names, no ids). */
  companiesAndTitles: boolean;
  /** Anonymous people count toward a seeker's second-degree reach (one per person, however many members know them). */
  anonymousPeople: boolean;
  /** Names, LinkedIn addresses, the contacts themselves. */
  names: boolean;
}

const REVEALS: Record<ConsentLevel, ConsentReveals> = {
  nothing: { counts: false, companiesAndTitles: false, anonymousPeople: false, names: false },
  aggregates: { counts: true, companiesAndTitles: false, anonymousPeople: false, names: false },
  companies: { counts: true, companiesAndTitles: true, anonymousPeople: true, names: false },
  contacts: { counts: true, companiesAndTitles: true, anonymousPeople: true, names: true },
};

/** Said plainly, as the member sees it when choosing. */
export const CONSENT_DESCRIPTIONS: Record<ConsentLevel, string> = {
  nothing: 'nothing: your network is private to you (the default)',
  aggregates: 'aggregate counts only: how many connections, in-market connections and companies you have',
  companies: 'companies and titles of your contacts, never their names; teammates can ask you for an introduction',
  contacts: 'your full contacts (names, companies, titles, LinkedIn addresses) to the members of this cohort',
};

/** Who sees it, said as plainly: the consent page shows this beside each level. */
export const CONSENT_AUDIENCE: Record<ConsentLevel, string> = {
  nothing: "Nobody. The cohort's coaches see only that you are a member; teammates see nothing of yours.",
  aggregates: "The cohort's coaches see your numbers on the cohort page; teammates see your counts in the pooled view.",
  companies: "Teammates see which companies you know people at and their titles, and can ask you for an introduction; coaches see the same and your numbers. Names only go to someone whose request you accept.",
  contacts: "Teammates and coaches in this cohort see your contacts by name, with their companies, titles and LinkedIn addresses.",
};

export function consentReveals(level: ConsentLevel): ConsentReveals {
  return REVEALS[level];
}

export function consentRank(level: ConsentLevel): number {
  return CONSENT_LEVELS.indexOf(level);
}

/** Whether `level` reveals at least what `minimum` does. */
export function consentAtLeast(level: ConsentLevel, minimum: ConsentLevel): boolean {
  return consentRank(level) >= consentRank(minimum);
}

/** The lower of two levels: a view never reveals more than either side allows. */
export function lowerConsent(a: ConsentLevel, b: ConsentLevel): ConsentLevel {
  return consentRank(a) <= consentRank(b) ? a : b;
}

export function isConsentLevel(value: string): value is ConsentLevel {
  return (CONSENT_LEVELS as readonly string[]).includes(value);
}

export function parseConsentLevel(value: string, field = '--level'): ConsentLevel {
  const folded = value.trim().toLowerCase();
  if (isConsentLevel(folded)) return folded;
  throw new ReferableError('INVALID_INPUT', `${field} "${value}": use one of ${CONSENT_LEVELS.join(', ')} (${CONSENT_DESCRIPTIONS.aggregates.split(':')[0]} = aggregates, companies and titles = companies)`, { field, value });
}
