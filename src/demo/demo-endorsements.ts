// Endorsement_Received_Info.csv and Recommendations_Received.csv: the warmest signals, from the closest ties.
import type { Random } from '../core/random/seeded-random.ts';
import { weightedSampler } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatDayMonthYear } from './demo-dates.ts';
import type { Owner } from './demo-owner.ts';
import type { DemoPerson } from './demo-people.ts';
import { fillTemplate, OWNER_SKILLS, RECOMMENDATION_TEXTS } from './demo-world.ts';

export const ENDORSEMENTS_HEADER = [
  'Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status',
] as const;
export const RECOMMENDATIONS_HEADER = ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'] as const;

/** A day between `from` and `to`, usually early: people endorse and recommend soon after working together. */
function soonAfter(random: Random, from: number, to: number): number {
  if (to <= from) return from;
  return from + Math.floor((to - from) * random.next() ** 3);
}

export function generateEndorsements(
  random: Random, people: readonly DemoPerson[], messageCounts: ReadonlyMap<DemoPerson, number>, todayDay: number,
): string {
  // Top skills collect most endorsements, as on real profiles.
  const pickSkill = weightedSampler(OWNER_SKILLS.map((_, rank) => 1 / (rank + 1) ** 0.8));
  const rows: { day: number; fields: string[] }[] = [];
  for (const person of people) {
    const identity = person.identity;
    if (!identity) continue;
    const messages = messageCounts.get(person) ?? 0;
    if (!random.chance(0.03 + (person.metAt ? 0.15 : 0) + Math.min(0.3, messages * 0.02))) continue;
    const skills = new Set<string>();
    for (let k = random.int(1, 4); k > 0; k--) skills.add(OWNER_SKILLS[pickSkill(random)]);
    const day = soonAfter(random, person.connectedDay, todayDay);
    for (const skill of skills) {
      rows.push({
        day,
        fields: [formatDayMonthYear(day), skill, identity.firstName, identity.lastName, identity.url, random.chance(0.98) ? 'ACCEPTED' : 'PENDING'],
      });
    }
  }
  rows.sort((a, b) => b.day - a.day);
  return csvText(ENDORSEMENTS_HEADER, rows.map((row) => row.fields));
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
