// Normalized company names, so "Northwind Traders, Inc." = "NORTHWIND TRADERS INC" = "Northwind Traders".
import { foldText } from '../text/fold.ts';
import { LEGAL_TERMS } from './legal-terms.data.ts';

/**
 * Legal forms common in exports that the generated list (cleanco's) lacks in these spellings: "Acme BV", "Acme SE",
 * "Acme AB (publ)", "Acme SL", "Acme S.A.C.", "Acme S.A.B. de C.V.", "Acme PJSC". "SpA" is left out on purpose: folded,
 * it is the word "spa" ("Blue Lagoon Spa"); "S.p.A." is in the list.
 */
const MORE_LEGAL_TERMS: readonly string[] = ['bv', 'se', 'publ', 'sl', 's.a.c.', 's.a.b. de c.v.', 'sab de cv', 'pjsc', 'jsc'];

/**
 * Legal-form terms folded exactly as names are ("&" read as "and" too, so "mbH & Co. KG" matches), as word
 * sequences; longest first so "pty ltd" wins over "ltd".
 */
const FOLDED_TERMS: readonly string[][] = [...new Set([...LEGAL_TERMS, ...MORE_LEGAL_TERMS].map((term) => foldText(term.replace(/&/g, ' and '))).filter(Boolean))]
  .map((term) => term.split(' '))
  .sort((a, b) => b.length - a.length);

function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length >= words.length) return false; // never strip the whole name
  for (let i = 0; i < tail.length; i++) {
    if (words[words.length - tail.length + i] !== tail[i]) return false;
  }
  return true;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/**
 * The company's comparison key: folded, a leading "the" and trailing legal terms removed ("& co", "inc", "gmbh"),
 * "&" read as "and". Empty input gives ''. Pure and cached: import and scoring call it per row.
 */
export function companyKey(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let words = foldText(name.replace(/&/g, ' and ')).split(' ').filter(Boolean);
  while (words.length > 1 && words[0] === 'the') words = words.slice(1);
  let stripped = true;
  while (stripped && words.length > 1) {
    stripped = false;
    for (const term of FOLDED_TERMS) {
      if (endsWith(words, term)) {
        words = words.slice(0, words.length - term.length);
        // "Procter & Gamble Co" -> trailing "and" is left after removing "co"
        while (words.length > 1 && words[words.length - 1] === 'and') words = words.slice(0, -1);
        stripped = true;
        break;
      }
    }
  }
  const key = words.join(' ');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}
