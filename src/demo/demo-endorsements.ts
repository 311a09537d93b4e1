// Endorsement_Received_Info.csv, Endorsement_Given_Info.csv and Recommendations_Received.csv: the warmest signals,
// from the closest ties.
import type { Random } from '../core/random/seeded-random.ts';
import { weightedSampler } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatDayMonthYear } from './demo-dates.ts';
import type { Owner } from './demo-owner.ts';
import type { DemoPerson } from './demo-people.ts';
import { fillTemplate, OWNER_SKILLS, RECOMMENDATION_TEXTS, skillsForTitle } from './demo-world.ts';

export const ENDORSEMENTS_HEADER = [
  'Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status',
] as const;
export const ENDORSEMENTS_GIVEN_HEADER = [
  'Endorsement Date', 'Skill Name', 'Endorsee First Name', 'Endorsee Last Name', 'Endorsee Public Url', 'Endorsement Status',
] as const;
export const RECOMMENDATIONS_HEADER = ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'] as const;

/** A day between `from` and `to`, usually early: people endorse and recommend soon after working together. */
function soonAfter(random: Random, from: number, to: number): number {
  if (to <= from) return from;
  return from + Math.floor((to - from) * random.next() ** 3);
}

/** Which skills a person may be endorsed for, how to pick one (most typical first), and at most how many. */
interface SkillChoice {
  skills: readonly string[];
  pick: (random: Random) => number;
  most: number;
}

/** Endorsement rows, newest first: each person endorsed with `chanceOf` their odds, for one to `most` skills. */
function endorsementCsv(
  header: readonly string[], random: Random, people: readonly DemoPerson[], todayDay: number,
  chanceOf: (person: DemoPerson) => number, choiceFor: (person: DemoPerson) => SkillChoice | null,
): string {
  const rows: { day: number; fields: string[] }[] = [];
  for (const person of people) {
    const identity = person.identity;
    if (!identity) continue;
    if (!random.chance(chanceOf(person))) continue;
    const choice = choiceFor(person);
    if (!choice) continue;
    const skills = new Set<string>();
    for (let k = random.int(1, choice.most); k > 0; k--) skills.add(choice.skills[choice.pick(random)]);
    const day = soonAfter(random, person.connectedDay, todayDay);
    for (const skill of skills) {
      rows.push({
        day,
        fields: [formatDayMonthYear(day), skill, identity.firstName, identity.lastName, identity.url, random.chance(0.98) ? 'ACCEPTED' : 'PENDING'],
      });
    }
  }
  rows.sort((a, b) => b.day - a.day);
  return csvText(header, rows.map((row) => row.fields));
}

export function generateEndorsements(
  random: Random, people: readonly DemoPerson[], messageCounts: ReadonlyMap<DemoPerson, number>, todayDay: number,
): string {
  // Top skills collect most endorsements, as on real profiles.
  const owner: SkillChoice = { skills: OWNER_SKILLS, pick: weightedSampler(OWNER_SKILLS.map((_, rank) => 1 / (rank + 1) ** 0.8)), most: 4 };
  const chanceOf = (person: DemoPerson) => 0.03 + (person.metAt ? 0.15 : 0) + Math.min(0.3, (messageCounts.get(person) ?? 0) * 0.02);
  return endorsementCsv(ENDORSEMENTS_HEADER, random, people, todayDay, chanceOf, () => owner);
}

/**
 * The skills the owner endorsed contacts for: mostly former coworkers and people they talk to, one to three skills
 * each that fit the contact's job (the most typical skills of that job most often).
 */
export function generateEndorsementsGiven(
  random: Random, people: readonly DemoPerson[], messageCounts: ReadonlyMap<DemoPerson, number>, todayDay: number,
): string {
  const samplers = new Map<readonly string[], (random: Random) => number>();
  const chanceOf = (person: DemoPerson) => 0.02 + (person.metAt ? 0.25 : 0) + Math.min(0.25, (messageCounts.get(person) ?? 0) * 0.015);
  const choiceFor = (person: DemoPerson): SkillChoice | null => {
    const list = skillsForTitle(person.title, person.employer?.industry ?? null);
    if (list.length === 0) return null;
    let pick = samplers.get(list);
    if (!pick) samplers.set(list, (pick = weightedSampler(list.map((_, rank) => 1 / (rank + 1) ** 0.7))));
    return { skills: list, pick, most: 3 };
  };
  return endorsementCsv(ENDORSEMENTS_GIVEN_HEADER, random, people, todayDay, chanceOf, choiceFor);
}

export function generateRecommendations(
  random: Random, people: readonly DemoPerson[], messageCounts: ReadonlyMap<DemoPerson, number>, owner: Owner, todayDay: number,
): string {
  // A handful, written by the former coworkers the owner talks to most.
  const coworkers = people
    .filter((person) => person.identity && person.metAt)
    .sort((a, b) => (messageCounts.get(b) ?? 0) - (messageCounts.get(a) ?? 0));
  const authors = coworkers.slice(0, Math.min(coworkers.length, random.int(4, 7)));
  const texts = random.shuffle([...RECOMMENDATION_TEXTS]);
  const rows = authors.map((person, index) => {
    const identity = person.identity!;
    const tenureEnd = Math.min(person.metAt!.endDay ?? todayDay, todayDay);
    const day = Math.min(todayDay, soonAfter(random, Math.max(person.connectedDay, tenureEnd - 120), tenureEnd + 120));
    return {
      day,
      fields: [
        identity.firstName, identity.lastName, person.company, person.title,
        fillTemplate(texts[index % texts.length], { me: owner.firstName }), formatDayMonthYear(day), 'VISIBLE',
      ],
    };
  });
  rows.sort((a, b) => b.day - a.day);
  return csvText(RECOMMENDATIONS_HEADER, rows.map((row) => row.fields));
}
