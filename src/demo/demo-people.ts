// The owner's first-degree connections: who they are, where they work, what they do, when they connected.
import type { Random } from '../core/random/seeded-random.ts';
import { weightedSampler } from '../core/random/seeded-random.ts';
import type { Identity, IdentityFactory } from './demo-identity.ts';
import type { Owner, OwnerPosition } from './demo-owner.ts';
import {
  COMPANIES, FAMILY_MIX, INDUSTRY_TITLE_SHARE, LOCAL_TITLES, NON_EMPLOYERS, NON_TITLES, PUNCTUATED_TITLES,
  TITLES_BY_FAMILY, TITLES_BY_INDUSTRY, type DemoCompany, type Family, type Industry,
} from './demo-world.ts';

export interface DemoPerson {
  /** null for hidden profiles, which LinkedIn exports as a row holding only the date. */
  identity: Identity | null;
  /** The Company field as typed: one of the company's spellings, a non-employer, or ''. */
  company: string;
  employer: DemoCompany | null;
  title: string;
  email: string;
  connectedDay: number;
  /** The owner's job where they met, for former coworkers. */
  metAt: OwnerPosition | null;
}

export interface PeopleOptions {
  count: number;
  todayDay: number;
  owner: Owner;
}

/** Twelve years of history, as in a long-standing account. */
export const HISTORY_DAYS = 12 * 365;

const OWNER_INDUSTRIES: ReadonlySet<Industry> = new Set(['fintech', 'software', 'banking']);

/** Picks titles with samplers built once per list, so 30,000 people cost 30,000 binary searches. */
function createTitlePicker(random: Random): (industry: Industry | null, cultureId: string) => string {
  const familySamplers = new Map<string, { families: Family[]; sample: (r: Random) => number }>();
  const titleSamplers = new Map<object, (r: Random) => number>();
  const fromList = (list: { titles: readonly string[]; weights: readonly number[] }): string => {
    let sample = titleSamplers.get(list);
    if (!sample) titleSamplers.set(list, (sample = weightedSampler(list.weights)));
    return list.titles[sample(random)];
  };
  return (industry, cultureId) => {
    const roll = random.next();
    if (roll < 0.01) return random.pick(NON_TITLES);
    if (roll < 0.03) return random.pick(PUNCTUATED_TITLES);
    const local = LOCAL_TITLES[cultureId];
    if (local && roll < 0.1) return random.pick(local);
    const industryTitles = industry ? TITLES_BY_INDUSTRY[industry] : undefined;
    if (industry && industryTitles && random.chance(INDUSTRY_TITLE_SHARE[industry] ?? 0)) return fromList(industryTitles);
    const key = industry && FAMILY_MIX[industry] ? industry : 'default';
    let families = familySamplers.get(key);
    if (!families) {
      const mix = FAMILY_MIX[key as Industry | 'default'] ?? {};
      const names = Object.keys(mix) as Family[];
      families = { families: names, sample: weightedSampler(names.map((name) => mix[name] ?? 0)) };
      familySamplers.set(key, families);
    }
    return fromList(TITLES_BY_FAMILY[families.families[families.sample(random)]]);
  };
}

/** When people connected: steady growth over the years, plus the burst of a job search in the last months. */
function connectionDay(random: Random, todayDay: number): number {
  const start = todayDay - HISTORY_DAYS;
  const roll = random.next();
  let t: number;
  if (roll < 0.1) t = random.next();
  else if (roll < 0.9) t = Math.pow(random.next(), 1 / 2.2); // density grows like t^1.2: later years hold more
  else return todayDay - random.int(0, 120);
  return Math.min(todayDay, start + Math.floor(t * HISTORY_DAYS));
}

export function generatePeople(random: Random, identities: IdentityFactory, options: PeopleOptions): DemoPerson[] {
  const { count, todayDay, owner } = options;
  // Big employers and the owner's own industries dominate, as in a real network; the jitter varies it by seed.
  const companyWeights = COMPANIES.map(
    (company) => Math.pow(company.size, 1.4) * random.float(0.4, 1.6) * (OWNER_INDUSTRIES.has(company.industry) ? 2 : 1),
  );
  const pickCompany = weightedSampler(companyWeights);
  const pickPosition = weightedSampler(owner.positions.map((p) => (p.endDay ?? todayDay) - p.startDay));
  const pickTitle = createTitlePicker(random);

  const spell = (company: DemoCompany): string =>
    company.variants.length > 0 && random.chance(0.18) ? random.pick(company.variants) : company.name;

  const people: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    if (random.chance(0.01)) {
      people.push({ identity: null, company: '', employer: null, title: '', email: '', connectedDay: connectionDay(random, todayDay), metAt: null });
      continue;
    }
    const identity = identities.next();
    let connectedDay = connectionDay(random, todayDay);
    let metAt: OwnerPosition | null = null;
    let employer: DemoCompany | null = null;

    if (random.chance(0.22)) {
      // A former coworker: connected while the owner worked there (or shortly after), maybe gone since.
      const position = owner.positions[pickPosition(random)];
      const from = Math.max(position.startDay, todayDay - HISTORY_DAYS);
      const to = Math.min((position.endDay ?? todayDay) + 180, todayDay);
      if (from <= to) {
        metAt = position;
        connectedDay = random.int(from, to);
        if (random.chance(0.5)) employer = position.company;
      }
    }
    let company = '';
    const roll = random.next();
    if (!employer && roll < 0.04) company = random.pick(NON_EMPLOYERS);
    else if (!employer && roll < 0.06) company = '';
    else {
      employer ??= COMPANIES[pickCompany(random)];
      company = spell(employer);
    }
    const title = pickTitle(employer ? employer.industry : null, identity.cultureId);
    const email = random.chance(0.08) ? identities.email(identity, employer && random.chance(0.6) ? employer.domain : null) : '';
    people.push({ identity, company, employer, title, email, connectedDay, metAt });
  }
  // LinkedIn lists the newest connections first; the sort is stable, so ties keep generation order.
  return people.sort((a, b) => b.connectedDay - a.connectedDay);
}
