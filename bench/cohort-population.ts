// A synthetic cohort for the cohort bench: a seeded population of people at companies of very different sizes, and
// each member's LinkedIn Connections.csv drawn from it, so members overlap the way real cohorts do (the same person
// in several exports, with the same profile address) and big employers produce many inferred coworker ties. Names are
// made up from word lists: no real person's data.
import { createRandom, weightedSampler, type Random } from '../src/core/random/seeded-random.ts';
import { csvText } from '../src/demo/csv-text.ts';

const FIRST = ['Ada', 'Bram', 'Cleo', 'Dara', 'Eli', 'Fenna', 'Gus', 'Hana', 'Ivo', 'Jana', 'Kees', 'Lina', 'Milo', 'Nora', 'Otto', 'Pia', 'Quin', 'Rosa', 'Sem', 'Tess', 'Umi', 'Vik', 'Wout', 'Xavi', 'Yara', 'Zeno'];
const LAST = ['Aalst', 'Brink', 'Claes', 'Dekker', 'Engel', 'Faber', 'Groen', 'Hout', 'Ising', 'Jansma', 'Kramer', 'Lint', 'Mol', 'Nauta', 'Oort', 'Pels', 'Quist', 'Ruys', 'Smit', 'Tol', 'Uyl', 'Veld', 'Wolf', 'Ypma', 'Zwart'];
const WORDS_A = ['Amber', 'Blue', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Maple', 'North', 'Onyx', 'Pine', 'Quartz', 'River', 'Slate', 'Tidal'];
const WORDS_B = ['Analytics', 'Bank', 'Biotech', 'Capital', 'Cloud', 'Devices', 'Energy', 'Foods', 'Health', 'Insurance', 'Labs', 'Logistics', 'Media', 'Motors', 'Payments', 'Retail', 'Robotics', 'Software', 'Systems', 'Telecom'];
const TITLES = [
  'Software Engineer', 'Senior Software Engineer', 'Engineering Manager', 'Director of Engineering', 'VP Engineering', 'Product Manager', 'Senior Product Manager',
  'Director of Product', 'Data Scientist', 'Data Analyst', 'Account Executive', 'Sales Manager', 'Head of Sales', 'Marketing Manager', 'Content Strategist',
  'Recruiter', 'Talent Acquisition Lead', 'HR Business Partner', 'Financial Analyst', 'Controller', 'CFO', 'Operations Manager', 'Customer Success Manager',
  'UX Designer', 'Product Designer', 'Project Manager', 'Business Analyst', 'Consultant', 'Chief Technology Officer', 'Founder',
];

export interface CohortPopulationOptions {
  members: number;
  connections: number;
  seed: number;
  /** People in the population per connection made: below 1, the same people turn up in several members' exports. */
  peoplePerConnection: number;
  companies: number;
}

export const COHORT_POPULATION_DEFAULTS = { seed: 14, peoplePerConnection: 0.65, companies: 4_000 };

interface Person {
  first: string;
  last: string;
  slug: string;
  company: number;
  title: string;
}

export interface CohortPopulation {
  companies: string[];
  /** The biggest employers, largest first: a seeker's natural target companies. */
  largest(count: number): string[];
  /** Member `index`'s Connections.csv (seeded: the same bytes every time). */
  connectionsCsv(index: number): Uint8Array;
  people: number;
}

function companyNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const a = WORDS_A[i % WORDS_A.length];
    const b = WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length];
    const round = Math.floor(i / (WORDS_A.length * WORDS_B.length));
    names.push(round === 0 ? `${a} ${b}` : `${a} ${b} ${round + 1}`);
  }
  return names;
}

function day(random: Random): string {
  const date = new Date(Date.UTC(2012, 0, 1) + random.int(0, 14 * 365) * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, '0')} ${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
}

export function cohortPopulation(options: Pick<CohortPopulationOptions, 'members' | 'connections'> & Partial<CohortPopulationOptions>): CohortPopulation {
  const o = { ...COHORT_POPULATION_DEFAULTS, ...options };
  const random = createRandom(o.seed);
  const companies = companyNames(o.companies);
  // Zipf-like sizes: a few employers with thousands of people, a long tail with a handful.
  const pickCompany = weightedSampler(companies.map((_, rank) => 1 / (rank + 1)));
  const count = Math.max(o.connections, Math.round(o.members * o.connections * o.peoplePerConnection));
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    people.push({ first, last, slug: `${first}-${last}-${i.toString(36)}`.toLowerCase(), company: pickCompany(random), title: random.pick(TITLES) });
  }
  return {
    companies,
    people: count,
    largest: (n) => companies.slice(0, n),
    connectionsCsv(index) {
      const member = createRandom(o.seed * 7_919 + index + 1);
      const chosen = new Set<number>();
      while (chosen.size < o.connections) chosen.add(member.int(0, count - 1));
      const rows = [...chosen].map((at) => {
        const person = people[at];
        return [person.first, person.last, `https://www.linkedin.com/in/${person.slug}`, '', companies[person.company], person.title, day(member)];
      });
      const text = csvText(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'], rows, ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '']);
      return new TextEncoder().encode(text);
    },
  };
}
