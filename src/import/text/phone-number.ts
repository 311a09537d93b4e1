// Phone numbers to match keys: E.164 ("+49301234567") read with libphonenumber-js, so "030 123 4567" in a German
// phone book, "+49 30 1234567" in Google and "0049 30 1234567" in Outlook are one number.
//
// The 'min' metadata on purpose: a key needs only the country calling code and the national-prefix rules, which
// 'min' carries whole ("0341 15-555-1234" in AR gives +5493415551234 with either set). 'max' adds the number-range
// patterns behind isValid() and number types; a key that depended on them would change when a country opens a new
// range and the metadata is updated, and a stored contact would stop matching its own card. isPossible() (the
// lengths, which 'min' has) is the test instead. 'min' is also about half the size to load.
import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js/min';
import { digitsPhoneKey, type PhoneKey } from '../../core/contacts/phone-key.ts';

type PhoneLibrary = typeof import('libphonenumber-js/min');
let library: PhoneLibrary | undefined;

/**
 * The parser and its metadata, loaded on first use: every command starts without them (loading costs about 0.1 s of
 * CPU), and a LinkedIn export, which holds no numbers, never loads them.
 */
function phoneLibrary(): PhoneLibrary {
  library ??= createRequire(import.meta.url)('libphonenumber-js/min') as PhoneLibrary;
  return library;
}

/** Whether a two-letter code is an ISO 3166-1 alpha-2 region the phone metadata knows (DE, FR, US; not UK). */
export function isPhoneRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && phoneLibrary().isSupportedCountry(code);
}

/**
 * The region subtag of a BCP 47 locale, upper-cased ("de-DE" -> "DE", "es-419" -> "419"), unchecked; undefined when it
 * names none. phoneKeyReader() checks it against the metadata when it first reads a number.
 */
export function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).region?.toUpperCase();
  } catch {
    return undefined;
  }
}

/**
 * The region of a BCP 47 locale ("de-DE" -> "DE", "en-US" -> "US"), or undefined when it names none ("en", "C").
 * The region is never guessed from the language alone: "en" is spoken in too many countries.
 */
export function regionOfLocale(locale: string | undefined): string | undefined {
  const region = localeRegion(locale);
  return region && isPhoneRegion(region) ? region : undefined;
}

/**
 * The key reader for a region (or none: then only numbers written with + or 00 become E.164). A number that cannot
 * be read as a possible number keeps a key of its digits, so a phone-only card still matches itself on re-import.
 */
export function phoneKeyReader(region?: string): PhoneKey {
  // Checked on the first number, so a reader that reads none never loads the metadata; null: not checked yet.
  let country: CountryCode | undefined | null = null;
  const cache = new Map<string, string>();
  return (raw) => {
    const text = raw.trim();
    if (!text) return '';
    const known = cache.get(text);
    if (known !== undefined) return known;
    if (country === null) country = region && isPhoneRegion(region) ? (region as CountryCode) : undefined;
    // "00" is the international prefix in most of the world; the parser wants it as "+".
    const written = text.replace(/^00(?=[1-9])/, '+').replace(/^tel:/i, '');
    let key = '';
    try {
      const number = phoneLibrary().parsePhoneNumberFromString(written, country ? { defaultCountry: country } : undefined);
      if (number?.isPossible()) key = number.number;
    } catch {
      // not a number the parser reads: the digits below
    }
    key ||= digitsPhoneKey(text);
    if (cache.size < 50_000) cache.set(text, key);
    return key;
  };
}
