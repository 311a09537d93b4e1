// The owner of the generated export: a product manager between jobs, with a career that shapes their network.
import type { Random } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatMonthYear } from './demo-dates.ts';
import { asciiSlug, PROFILE_URL_PREFIX } from './demo-identity.ts';
import { COMPANIES, LOCATIONS, OWNER_CAREER, type DemoCompany } from './demo-world.ts';

export interface OwnerPosition {
  company: DemoCompany;
  title: string;
  description: string;
  location: string;
  startDay: number;
  /** null while the job is current; the default owner has left their last job and is looking. */
  endDay: number | null;
}

export interface Owner {
  firstName: string;
  lastName: string;
  slug: string;
  url: string;
  location: string;
  /** Oldest first. Former coworkers make up a good part of the network, connected during these tenures. */
  positions: OwnerPosition[];
}

export const DEFAULT_OWNER = { firstName: 'Jordan', lastName: 'Ellery' } as const;

const HOME_CITIES = [
  'London, England, United Kingdom', 'Amsterdam, North Holland, Netherlands', 'Berlin, Germany',
  'New York, New York, United States', 'Toronto, Ontario, Canada', 'Dublin, County Dublin, Ireland',
];

export function createOwner(random: Random, todayDay: number, names: { firstName: string; lastName: string }): Owner {
  const location = random.pick(HOME_CITIES);
  const earlierLocation = random.pick(LOCATIONS.filter((place) => place !== location && place !== 'Remote'));
  const used = new Set<DemoCompany>();
  const positions: OwnerPosition[] = [];
  // Built newest first, walking back from a last day a few months ago: the owner is job hunting now.
  let end = todayDay - random.int(40, 150);
  for (let step = OWNER_CAREER.length - 1; step >= 0; step--) {
    const career = OWNER_CAREER[step];
    const candidates = COMPANIES.filter((company) => career.industries.includes(company.industry) && !used.has(company));
    const company = random.weightedPick(candidates, candidates.map((candidate) => candidate.size));
    used.add(company);
    const start = end - random.int(420, 1350);
    positions.unshift({
      company,
      title: career.title,
      description: career.description,
      location: step <= 1 ? earlierLocation : location,
      startDay: start,
      endDay: end,
    });
    end = start - random.int(0, 75);
  }
  const slug = `${asciiSlug(names.firstName)}-${asciiSlug(names.lastName)}`.replace(/^-|-$/g, '') || 'owner';
  return { ...names, slug, url: PROFILE_URL_PREFIX + slug, location, positions };
}

export function positionsCsv(owner: Owner): string {
  const rows = [...owner.positions].reverse().map((position) => [
    position.company.name,
    position.title,
    position.description,
    position.location,
    formatMonthYear(position.startDay),
    position.endDay === null ? '' : formatMonthYear(position.endDay),
  ]);
  return csvText(['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], rows);
}

/** "fintech, banking and retail": the owner's industries, most recent first. */
function industryList(owner: Owner): string {
  const industries = [...new Set([...owner.positions].reverse().map((position) => position.company.industry))];
  return industries.length === 1 ? industries[0] : `${industries.slice(0, -1).join(', ')} and ${industries[industries.length - 1]}`;
}

export function profileCsv(owner: Owner): string {
  const latest = owner.positions[owner.positions.length - 1];
  const headline = `${latest.title} · Payments & Fintech · Open to new opportunities`;
  const summary = [
    `Product leader with ${owner.positions.length} roles across ${industryList(owner)}, most recently ${latest.title} at ${latest.company.name}.`,
    '',
    'I build payment and merchant products that customers trust: discovery first, small bets, honest metrics.',
    '',
    'Looking for: Group PM or Director of Product roles in payments, fintech or B2B platforms. Introductions are always welcome, and I am happy to return the favour.',
  ].join('\n');
  return csvText(
    ['First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers'],
    [[owner.firstName, owner.lastName, '', '', '', headline, summary, 'Financial Services', '', owner.location, '', '', '']],
  );
}
