// Dedupe keys for people: LinkedIn slug, then email, then phone, then normalized name + company (DESIGN: Merge).
import { foldText } from '../text/fold.ts';
import { companyKey } from '../companies/company-key.ts';

/**
 * linkedin.com itself and the one-label subdomains LinkedIn serves profiles on: www, the country sites (de., uk.,
 * br.) and the mobile ones. Anything else ending in "linkedin.com." is someone else's host.
 */
const LINKEDIN_SUBDOMAIN = /^(?:www|m|mobile|touch|[a-z]{2})$/;

function isLinkedinHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'linkedin.com') return true;
  if (!host.endsWith('.linkedin.com')) return false;
  return LINKEDIN_SUBDOMAIN.test(host.slice(0, -'.linkedin.com'.length));
}

/** "https://www.linkedin.com/in/jane-doe-123/": a profile URL with nothing the URL parser would change or reject. */
const PLAIN_PROFILE_URL = /^https?:\/\/(?:www\.)?linkedin\.com\/in\/([\w-]+)\/?$/i;

/**
 * The public-profile slug of a LinkedIn URL ("https://www.linkedin.com/in/Jane-Doe-123/?x" -> "jane-doe-123"),
 * or '' when the value is not a LinkedIn profile URL. The value is read by the URL parser (with "https://" put in
 * front when it has no scheme), so "https://www.linkedin.com@evil.com/in/x" (a user name before another host) and
 * "https://www.linkedin.com.evil.com/in/x" are not profiles. Percent-encoded slugs are decoded so both spellings match.
 */
export function linkedinSlug(url: string): string {
  const text = url.trim();
  // The spelling LinkedIn exports and Referable stores, read without the URL parser: an import reads every row's URL
  // several times, and this gives what the parser would (the slug's letters, digits, "-" and "_" are kept as written).
  const plain = PLAIN_PROFILE_URL.exec(text);
  if (plain) return plain[1].toLowerCase();
  if (!text || /\s/.test(text)) return '';
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return '';
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password || parsed.port) return '';
  if (!isLinkedinHost(parsed.hostname)) return '';
  const match = /^\/(in|pub)\/(.+)$/i.exec(parsed.pathname);
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

/**
 * The canonical profile URL for a slug (https://www.linkedin.com/in/slug), so one person is stored with one spelling;
 * '' when the value is not a LinkedIn profile, so a stranger's link is never stored or shown as one.
 */
export function canonicalLinkedinUrl(url: string): string {
  const slug = linkedinSlug(url);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : '';
}

/** Whether a cell meant to hold a profile URL names LinkedIn but is not a profile (worth a warning, not silence). */
export function looksLikeLinkedinButIsNot(url: string): boolean {
  return /linkedin/i.test(url) && !linkedinSlug(url);
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
  if (kept.length > 0) return kept.join(' ');
  return symbolKey(`${firstName} ${lastName}`);
}

/**
 * A name with no letter or digit ("🌻", "★ ★") still names someone in a phone book: its key is the text itself,
 * compatibility-normalised, without emoji presentation selectors and with spaces collapsed, so identity never rests
 * on an empty key (which would add the person again on every import). '' only for a blank name.
 */
function symbolKey(name: string): string {
  return name.normalize('NFKC').replace(/[\uFE0E\uFE0F]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The third dedupe key: name and company together, or '' when either is unknown (too weak alone). */
export function personKey(firstName: string, lastName: string, company: string): string {
  return joinPersonKey(nameKey(firstName, lastName), companyKey(company));
}

/** The person key from a name key and a company key already computed (matching reads each once per record). */
export function joinPersonKey(name: string, employer: string): string {
  return name && employer ? `${name}|${employer}` : '';
}
