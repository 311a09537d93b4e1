// Dedupe keys for people: LinkedIn slug, then email, then normalized name + company (DESIGN: Merge).
import { foldText } from '../text/fold.ts';
import { companyKey } from '../companies/company-key.ts';

/**
 * The public-profile slug of a LinkedIn URL ("https://www.linkedin.com/in/Jane-Doe-123/?x" -> "jane-doe-123"),
 * or '' when the value is not a LinkedIn profile URL. Percent-encoded slugs are decoded so both spellings match.
 */
export function linkedinSlug(url: string): string {
  const match = /linkedin\.com\/(?:in|pub)\/([^/?#\s]+)/i.exec(url.trim());
  if (!match) return '';
  let slug = match[1];
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

/** Post-nominal letters and generational suffixes people put in name fields ("Reyes, PhD", "Smith Jr."). */
const NAME_SUFFIXES = new Set([
  'phd', 'md', 'mba', 'cpa', 'pmp', 'cfa', 'jd', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv', 'msc', 'ms', 'ma', 'ba', 'bsc',
  'rn', 'dds', 'pe', 'shrm', 'cp', 'scp', 'cissp', 'cism', 'acca', 'frsa', 'mbe', 'obe', 'dr', 'prof', 'mr', 'mrs', 'ms', 'mx',
]);

/** First and last name folded, honorifics and post-nominals dropped: "Dr. Dana Reyes, PhD" -> "dana reyes". */
export function nameKey(firstName: string, lastName: string): string {
  const words = foldText(`${firstName} ${lastName}`).split(' ').filter(Boolean);
  const kept = words.filter((word, index) => !(NAME_SUFFIXES.has(word) && (index === 0 || index >= 2)));
  return kept.join(' ');
}

/** The third dedupe key: name and company together, or '' when either is unknown (too weak alone). */
export function personKey(firstName: string, lastName: string, company: string): string {
  const name = nameKey(firstName, lastName);
  const employer = companyKey(company);
  return name && employer ? `${name}|${employer}` : '';
}
