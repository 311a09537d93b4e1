// Shares.csv and Company Follows.csv: what the owner posts about, and the employers they keep an eye on.
import type { Random } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatDayMonthYear, formatTimestamp, SECONDS_PER_DAY } from './demo-dates.ts';
import type { Owner } from './demo-owner.ts';
import { COMPANIES, SHARE_COMMENTARY, SHARED_ARTICLES, type DemoCompany } from './demo-world.ts';

export const SHARES_HEADER = ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl'] as const;
export const COMPANY_FOLLOWS_HEADER = ['Organization', 'Followed On'] as const;

const REACTIONS = ['Worth reading.', 'This matches what we saw.', 'Strong agree with point 2.', 'Good read for anyone in product.', ''];

/**
 * A post URL with an id shaped like LinkedIn's: the top bits of its activity ids are the creation time in
 * milliseconds (id >> 22), so ids grow with time, as importers that sort or dedupe by id expect.
 */
function shareLink(random: Random, seconds: number): string {
  const ms = BigInt(seconds) * 1000n + BigInt(random.int(0, 999));
  const id = (ms << 22n) | BigInt(random.int(0, (1 << 22) - 1));
  return `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${id}`;
}

const titleCase = (slug: string): string => slug.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');

export function generateShares(random: Random, todayDay: number): string {
  const originals = random.shuffle([...SHARE_COMMENTARY]);
  const articles = random.shuffle([...SHARED_ARTICLES]);
  let reshared = 0;
  const rows: { at: number; fields: string[] }[] = [];
  const count = random.int(26, 34);
  for (let i = 0; i < count; i++) {
    const at = (todayDay - random.int(0, 729)) * SECONDS_PER_DAY + random.int(7 * 3600, 20 * 3600);
    let commentary: string;
    let sharedUrl = '';
    let mediaUrl = '';
    if (i < originals.length && random.chance(0.8)) {
      commentary = originals[i][1];
      if (random.chance(0.25)) mediaUrl = `https://media.example.com/image/${random.uint32().toString(16)}.jpg`;
    } else {
      // A reshared article, with a line of comment or none at all.
      const article = articles[reshared++ % articles.length];
      const reaction = random.pick(REACTIONS);
      commentary = reaction ? `${titleCase(article)}: ${reaction}` : '';
      sharedUrl = `https://example.com/articles/${article}`;
    }
    rows.push({ at, fields: [formatTimestamp(at), shareLink(random, at), commentary, sharedUrl, mediaUrl] });
  }
  rows.sort((a, b) => b.at - a.at);
  return csvText(SHARES_HEADER, rows.map((row) => row.fields));
}

export function generateCompanyFollows(random: Random, owner: Owner, todayDay: number): string {
  const follows = new Map<DemoCompany, number>();
  // Every employer, followed while working there.
  for (const position of owner.positions) {
    follows.set(position.company, position.startDay + random.int(0, 60));
  }
  // Then target employers in the owner's industries, mostly followed since the job search began.
  const targets = COMPANIES.filter((company) => ['fintech', 'software', 'banking'].includes(company.industry) && !follows.has(company));
  for (let k = random.int(12, 20); k > 0 && targets.length > 0; k--) {
    const company = targets.splice(random.int(0, targets.length - 1), 1)[0];
    follows.set(company, random.chance(0.6) ? todayDay - random.int(0, 150) : todayDay - random.int(151, 9 * 365));
  }
  const rows = [...follows]
    .map(([company, day]) => ({ day: Math.min(day, todayDay), name: company.name }))
    .sort((a, b) => b.day - a.day);
  return csvText(COMPANY_FOLLOWS_HEADER, rows.map((row) => [row.name, formatDayMonthYear(row.day)]));
}
