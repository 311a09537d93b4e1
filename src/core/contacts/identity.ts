// Dedupe keys for people: LinkedIn slug, then email, then normalized name + company (DESIGN: Merge).
import { foldText } from '../text/fold.ts';
import { companyKey } from '../companies/company-key.ts';

/**
 * The public-profile slug of a LinkedIn URL ("https://www.linkedin.com/in/Jane-Doe-123/?x" -> "jane-doe-123"),
 * or '' when the value is not a LinkedIn profile URL. Percent-encoded slugs are decoded so both spellings match.
 */
export function linkedinSlug(url: string): string {
  // The host is anchored: "notlinkedin.com/in/x" or "example.com/?next=linkedin.com/in/x" are not profiles.
  const match = /^(?:https?:\/\/)?(?:[\w-]+\.)*linkedin\.com\/(in|pub)\/([^?#\s]+)/i.exec(url.trim());
  if (!match) return '';
  // Old /pub/name/1/2/3 URLs need their id segments: "jane-doe" alone is many people.
  const segments = match[2].split('/').filter(Boolean);
  let slug = match[1].toLowerCase() === 'pub' ? segments.join('-') : (segments[0] ?? '');
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // a malformed escape: keep the raw text, it still identifies the profile
  }
  return slug.toLowerCase();
}

/** The canonical profile URL for a slug, so one person is stored with one spelling. */
export function canonicalLinkedinUrl(url: string): string {
  const slug = linkedinSlug(url);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : url.trim();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(value: string): string {
  const email = value.trim().replace(/^mailto:/i, '').toLowerCase();
  return EMAIL.test(email) ? email : '';
}

/** Post-nominal letters and generational suffixes people put after their name ("Reyes, PhD", "Smith Jr."). */
const POST_NOMINALS = new Set([
  'phd', 'md', 'mba', 'cpa', 'pmp', 'cfa', 'jd', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv', 'msc', 'ms', 'ma', 'ba', 'bsc',
  'rn', 'dds', 'pe', 'shrm', 'cp', 'scp', 'cissp', 'cism', 'acca', 'frsa', 'mbe', 'obe',
]);
/** Honorifics people put before their name ("Dr. Dana Reyes"). */
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);

/**
 * First and last name folded, a leading honorific and trailing post-nominals dropped: "Dr. Dana Reyes, PhD" ->
 * "dana reyes". Only the first word can be an honorific and post-nominals only follow the name, so first names
 * such as "Ma" or "Ba" are kept.
 */
export function nameKey(firstName: string, lastName: string): string {
  const words = foldText(`${firstName} ${lastName}`).split(' ').filter(Boolean);
  const kept = words.filter((word, index) => !(index === 0 ? HONORIFICS.has(word) && words.length > 2 : index >= 2 && POST_NOMINALS.has(word)));
  return kept.join(' ');
}

/** The third dedupe key: name and company together, or '' when either is unknown (too weak alone). */
export function personKey(firstName: string, lastName: string, company: string): string {
  const name = nameKey(firstName, lastName);
  const employer = companyKey(company);
  return name && employer ? `${name}|${employer}` : '';
}
