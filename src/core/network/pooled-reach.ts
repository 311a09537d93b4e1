// Reach over a cohort's pooled networks, counted only as far as each member's consent allows (issue #14 section 3).
//
// Hop 1 is my own network; hop 2 is the people my cohort teammates know and I do not. A teammate sharing companies
// and titles contributes anonymous people, one with full contacts contributes the same people by name (the count is
// the same); one sharing counts only contributes nothing person by person, and says so. A person several teammates
// know is one person with one tie per teammate, as teammates' imports into one workspace are (`--member`).
import { consentReveals, type ConsentLevel } from '../accounts/consent.ts';
import { poolPeople, type PooledPeople } from './pooled-people.ts';

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
  const levels = teammates.map((teammate) => teammate.level);
  const people = poolPeople([mine, ...teammates.map((teammate) => teammate.people)], (index) => index > 0 && !consentReveals(levels[index - 1]).anonymousPeople);
  return pooledReachOf(people, levels);
}

/**
 * The same over columns: `people` holds my network then one network per teammate, `levels[i]` being teammate i's
 * consent (whose network is empty unless it reveals anonymous people). Per person marks instead of Maps by key.
 */
export function pooledReachOf(people: PooledPeople, levels: readonly ConsentLevel[]): PooledReach {
  const { rowStart, person, inMarket } = people;
  const persons = people.keys.length;
  // Per person: 1 once in my network, 2 once in a teammate's and not mine; in market as the rows there say.
  const degree = new Uint8Array(persons);
  const inMarketThere = new Uint8Array(persons);
  for (let row = rowStart[0]; row < rowStart[1]; row++) {
    degree[person[row]] = 1;
    inMarketThere[person[row]] |= inMarket[row];
  }
  // Which teammate last tied each person, to count one tie per teammate per person (teammate numbers start at 1).
  const tiedBy = new Int32Array(persons);
  let ties = 0;
  let alsoFirst = 0;
  let counted = 0;
  let countsOnly = 0;
  levels.forEach((level, index) => {
    if (!consentReveals(level).anonymousPeople) {
      if (consentReveals(level).counts) countsOnly++;
      return;
    }
    counted++;
    const teammate = index + 1;
    for (let row = rowStart[teammate]; row < rowStart[teammate + 1]; row++) {
      const who = person[row];
      if (tiedBy[who] === teammate) continue;
      tiedBy[who] = teammate;
      ties++;
      if (degree[who] === 1) {
        alsoFirst++;
        continue;
      }
      degree[who] = 2;
      inMarketThere[who] |= inMarket[row];
    }
  });
  const count = (which: number) => {
    let total = 0;
    let inMarketCount = 0;
    for (let who = 0; who < persons; who++) {
      if (degree[who] !== which) continue;
      total++;
      inMarketCount += inMarketThere[who];
    }
    return { people: total, inMarket: inMarketCount };
  };
  const firstDegree = count(1);
  const secondDegree = count(2);
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
