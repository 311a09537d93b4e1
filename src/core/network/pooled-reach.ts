// Reach over a cohort's pooled networks, counted only as far as each member's consent allows (issue #14 section 3).
//
// Hop 1 is my own network; hop 2 is the people my cohort teammates know and I do not. A teammate sharing companies
// and titles contributes anonymous people, one with full contacts contributes the same people by name (the count is
// the same); one sharing counts only contributes nothing person by person, and says so. A person several teammates
// know is one person with one tie per teammate, as teammates' imports into one workspace are (`--member`).
import { consentReveals, type ConsentLevel } from '../accounts/consent.ts';

/** One person as the pooled view may see them: an opaque key (never a name or an id) and whether they are in my market. */
export interface PooledPerson {
  key: string;
  inMarket: boolean;
}

export interface PooledMemberInput {
  level: ConsentLevel;
  people: readonly PooledPerson[];
}

export interface PooledReach {
  firstDegree: { people: number; inMarket: number };
  /** Teammates whose people count toward my second degree (consent 'companies' or 'contacts'). */
  teammatesCounted: number;
  /** Teammates sharing counts only: they are in the cohort, but none of their people can be counted as a person. */
  teammatesCountsOnly: number;
  secondDegree: { people: number; inMarket: number; ties: number; alsoFirstDegree: number };
  /** Within two hops: mine and my teammates' people together, each once. */
  withinTwoHops: { people: number; inMarket: number };
  /** Why there is no second degree to count, or null when there is one. */
  noSecondDegree: string | null;
}

export function pooledReach(mine: readonly PooledPerson[], teammates: readonly PooledMemberInput[]): PooledReach {
  const first = new Map<string, boolean>();
  for (const person of mine) first.set(person.key, (first.get(person.key) ?? false) || person.inMarket);
  const second = new Map<string, boolean>();
  let ties = 0;
  let alsoFirst = 0;
  let counted = 0;
  let countsOnly = 0;
  for (const teammate of teammates) {
    if (!consentReveals(teammate.level).anonymousPeople) {
      if (consentReveals(teammate.level).counts) countsOnly++;
      continue;
    }
    counted++;
    // One tie per teammate per person, however many times the person appears in their network.
    const seen = new Set<string>();
    for (const person of teammate.people) {
      if (seen.has(person.key)) continue;
      seen.add(person.key);
      ties++;
      if (first.has(person.key)) {
        alsoFirst++;
        continue;
      }
      second.set(person.key, (second.get(person.key) ?? false) || person.inMarket);
    }
  }
  const count = (people: Map<string, boolean>) => ({ people: people.size, inMarket: [...people.values()].filter(Boolean).length });
  const firstDegree = count(first);
  const secondDegree = count(second);
  let noSecondDegree: string | null = null;
  if (secondDegree.people === 0) {
    if (counted === 0 && countsOnly === 0) noSecondDegree = 'no second degree to count: no teammate in this cohort shares their network yet';
    else if (counted === 0) noSecondDegree = `no second degree to count: the ${countsOnly} teammate(s) who share only share counts, which reach no one person by person`;
    else noSecondDegree = 'no second degree to count: your teammates know no one you do not already know';
  }
  return {
    firstDegree,
    teammatesCounted: counted,
    teammatesCountsOnly: countsOnly,
    secondDegree: { ...secondDegree, ties, alsoFirstDegree: alsoFirst },
    withinTwoHops: { people: firstDegree.people + secondDegree.people, inMarket: firstDegree.inMarket + secondDegree.inMarket },
    noSecondDegree,
  };
}
