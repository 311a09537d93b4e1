// Who a generated person is: names as typed (with their quirks), a unique profile URL, an optional email.
import type { Random } from '../core/random/seeded-random.ts';
import { weightedSampler } from '../core/random/seeded-random.ts';
import { firstNameSpellings, lastNameSpellings, NAME_CULTURES, NAME_DECORATIONS, NAME_SUFFIXES, type NameCulture } from './demo-world.ts';

export const PROFILE_URL_PREFIX = 'https://www.linkedin.com/in/';

export interface Identity {
  /** Names exactly as the member typed them: native script, credentials, emoji and all. */
  firstName: string;
  lastName: string;
  /** Plain Latin spellings, for URLs, emails and message greetings. */
  latinFirst: string;
  latinLast: string;
  cultureId: string;
  url: string;
}

export interface IdentityFactory {
  /** A new person, never sharing a profile URL or email with anyone made before. */
  next(): Identity;
  /** Keeps a slug (the owner's) from being handed to anyone else. */
  reserve(slug: string): void;
  /** A unique email for a person, at their employer's domain or a personal one. */
  email(identity: Identity, workDomain: string | null): string;
}

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** ASCII slug words: accents dropped, everything else a dash ("Ó Súilleabháin" -> "o-suilleabhain"). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const hex = (random: Random): string => random.uint32().toString(16).padStart(8, '0');

const PERSONAL_DOMAINS = ['mail.example', 'inbox.example', 'post.example', 'example.com', 'example.net'];

export function createIdentityFactory(random: Random): IdentityFactory {
  const slugs = new Set<string>();
  const emails = new Set<string>();
  const pickCulture = weightedSampler(NAME_CULTURES.map((culture) => culture.weight));

  function uniqueSlug(wanted: string): string {
    let slug = wanted;
    while (slug === '' || slugs.has(slug)) slug = `${wanted || 'member'}-${hex(random)}`;
    slugs.add(slug);
    return slug;
  }

  /** LinkedIn's vanity URL styles: generated "name-1a2b3c4d", chosen "namesurname", bare "name-surname". */
  function slugFor(first: string, last: string, written: string): string {
    const f = asciiSlug(first);
    const l = asciiSlug(last);
    const hasNonAscii = /[^\x00-\x7f]/.test(written);
    // Some members with accented or non-Latin names get a percent-encoded slug; importers must decode it.
    if (hasNonAscii && random.chance(0.12)) {
      const words = written.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
      return uniqueSlug(`${encodeURIComponent(words)}-${hex(random)}`);
    }
    const style = random.next();
    if (style < 0.55) return uniqueSlug(`${f}-${l}-${hex(random)}`);
    if (style < 0.8) return uniqueSlug(`${f}${l}`.replace(/-/g, ''));
    if (style < 0.95) return uniqueSlug(`${f}-${l}`);
    return uniqueSlug(`${f.slice(0, 1)}${l.replace(/-/g, '')}${random.int(1, 99)}`);
  }

  function quirks(culture: NameCulture, first: string, last: string): [string, string] {
    const roll = random.next();
    if (roll < 0.006) return [first, last + random.pick(NAME_SUFFIXES)];
    if (roll < 0.01) return [first + random.pick(NAME_DECORATIONS), last];
    if (roll < 0.013) return [first, last.toUpperCase()];
    if (roll < 0.015) return [first.toLowerCase(), last.toLowerCase()];
    // Members who show only their last initial, a privacy habit the dedupe logic must not trip over.
    if (roll < 0.02 && culture.nativeScript === 0) return [first, `${[...last][0]}.`];
    return [first, last];
  }

  return {
    next() {
      const culture = NAME_CULTURES[pickCulture(random)];
      const first = firstNameSpellings(random.pick(culture.first));
      const last = lastNameSpellings(random.pick(culture.last), first.feminine);
      const native = culture.nativeScript > 0 && random.chance(culture.nativeScript);
      const [firstName, lastName] = native ? [first.native, last.native] : quirks(culture, first.latin, last.latin);
      const written = native ? `${first.native}${last.native}` : `${first.latin} ${last.latin}`;
      const slug = slugFor(first.latin, last.latin, written);
      return {
        firstName,
        lastName,
        latinFirst: first.latin,
        latinLast: last.latin,
        cultureId: culture.id,
        url: PROFILE_URL_PREFIX + slug,
      };
    },
    reserve(slug) {
      slugs.add(slug);
    },
    email(identity, workDomain) {
      const f = asciiSlug(identity.latinFirst).replace(/-/g, '');
      const l = asciiSlug(identity.latinLast).replace(/-/g, '');
      const wanted = workDomain ? `${f}.${l}@${workDomain}` : `${f}${random.chance(0.5) ? '.' : ''}${l}@${random.pick(PERSONAL_DOMAINS)}`;
      let address = wanted;
      for (let n = 2; emails.has(address); n++) address = wanted.replace('@', `${n}@`);
      emails.add(address);
      return address;
    },
  };
}
