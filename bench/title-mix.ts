// Job titles as a million real contacts hold them: tens of thousands of distinct strings, a few very common and a long
// tail seen once or twice. The demo generator repeats 387 titles, which lets a memoised classifier answer from memory;
// this mix makes the title rules do the work they do on a real network.
//
// Distinct titles are the demo's titles plus variants people type: a rank added ("Senior", "Lead", "Sr."), a team or
// region ("| Payments", ", EMEA", "(m/w/d)"), an employer ("at Contoso", "@ Northwind") or a past one ("| ex-Fabrikam").
// Repetition follows Zipf's law (the title of rank r is held by ~1/r^s of the contacts), as title and name frequencies
// do in large directories; every distinct title is held by at least one contact.
import { createRandom, type Random } from '../src/core/random/seeded-random.ts';
import { COMPANIES } from '../src/demo/world-companies.ts';
import { LOCAL_TITLES, NON_TITLES, PUNCTUATED_TITLES, TITLES_BY_FAMILY, TITLES_BY_INDUSTRY } from '../src/demo/world-titles.ts';

const RANKS = ['Senior ', 'Sr. ', 'Lead ', 'Junior ', 'Principal ', 'Associate ', 'Staff ', 'Chief ', 'Assistant ', 'Interim ', 'Deputy ', 'Global ', 'Regional '];
const TEAMS = [
  ' | Payments', ', EMEA', ' - Growth', ' (Remote)', ' II', ' III', ' (m/w/d)', ', Retail Banking', ' – Berlin', ' | AWS | Kubernetes',
  ', North America', ' (Contract)', ' | Data & AI', ', Enterprise', ' - Public Sector', ' | B2B SaaS', ', APAC', ' (Part-time)', ' | Healthcare',
  ' - Lisbon', ', DACH', ' | Fintech', ' (Freelance)', ', Digital', ' | Cloud', ' - Supply Chain', ', Consumer', ' | Mobile', ' (Maternity cover)',
];

function baseTitles(): string[] {
  const seen = new Set<string>();
  const ordered: { title: string; weight: number }[] = [];
  const add = (title: string, weight: number): void => {
    if (seen.has(title)) return;
    seen.add(title);
    ordered.push({ title, weight });
  };
  for (const list of [...Object.values(TITLES_BY_FAMILY), ...Object.values(TITLES_BY_INDUSTRY)]) {
    if (list) list.titles.forEach((title, i) => add(title, list.weights[i]));
  }
  for (const title of [...PUNCTUATED_TITLES, ...Object.values(LOCAL_TITLES).flat(), ...NON_TITLES]) add(title, 1);
  // The most common titles first: they take the head of the Zipf curve.
  return ordered.sort((a, b) => b.weight - a.weight).map((entry) => entry.title);
}

function variant(random: Random, base: string, companies: readonly string[]): string {
  let title = base;
  if (random.chance(0.45)) title = random.pick(RANKS) + title;
  if (random.chance(0.5)) title += random.pick(TEAMS);
  const employer = random.next();
  if (employer < 0.3) title += ` at ${random.pick(companies)}`;
  else if (employer < 0.45) title += ` @ ${random.pick(companies)}`;
  else if (employer < 0.55) title += ` | ex-${random.pick(companies)}`;
  if (random.chance(0.08)) title = title.toUpperCase();
  return title;
}

/** `count` distinct titles, the demo's own first (most common first), then generated variants. */
export function distinctTitles(count: number, seed = 17): string[] {
  const random = createRandom(seed);
  const bases = baseTitles();
  const companies = COMPANIES.map((company) => company.name);
  const titles = new Set<string>(bases.slice(0, count));
  while (titles.size < count) titles.add(variant(random, random.pick(bases), companies));
  return [...titles];
}

export interface TitleMix {
  /** One title per contact, in a shuffled order. */
  titles: string[];
  distinct: number;
  /** How many contacts hold the most common title. */
  top: number;
}

/** `contacts` titles drawn from `distinct` distinct ones with Zipf exponent `s`, each distinct title used at least once. */
export function titleMix(contacts: number, distinct: number, s = 1, seed = 17): TitleMix {
  const pool = distinctTitles(distinct, seed);
  const weights = pool.map((_, rank) => 1 / (rank + 1) ** s);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.max(1, Math.floor((weight / total) * contacts)));
  counts[0] += contacts - counts.reduce((sum, count) => sum + count, 0); // the head absorbs the rounding
  const titles: string[] = [];
  pool.forEach((title, i) => {
    for (let k = 0; k < counts[i]; k++) titles.push(title);
  });
  createRandom(seed + 1).shuffle(titles);
  return { titles, distinct: pool.length, top: counts[0] };
}
