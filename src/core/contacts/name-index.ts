// Finding a contact by what a user types (a name, part of a name and company, an email) in milliseconds on 60,000:
// exact, "contains" and typo-tolerant lookups over a trigram index of folded names, built once per data version (the
// app caches it). Close matches are ranked by Damerau–Levenshtein similarity on name words, after the trigram
// candidate filter of Ukkonen (1992), "Approximate string-matching with q-grams and maximal matches", TCS 92(1).
import { wordSimilarity } from '../text/damerau-levenshtein.ts';
import { foldText } from '../text/fold.ts';

export interface NameEntry {
  id: string;
  /** The name as shown ("Dr. Dana Reyes"). */
  name: string;
  /** The stored name key (folded, honorifics and post-nominals dropped); '' falls back to the folded name. */
  nameKey: string;
  company: string;
  /** Normalised emails. */
  emails: readonly string[];
}

export const NAME_INDEX_DEFAULTS = {
  /** Close enough to list: the query's words are on average this similar to the best-matching name words. */
  minSimilarity: 0.6,
  /** Contacts sharing the most trigrams with the query that are scored by edit distance; the rest cannot come close. */
  maxCandidates: 500,
  /** Close matches returned. */
  limit: 10,
};

export type NameIndexOptions = typeof NAME_INDEX_DEFAULTS;

export interface CloseMatch {
  id: string;
  /** 0-1: the mean similarity of the query's words to the contact's name words. */
  score: number;
}

/** Character codes folded into 1021 buckets: a trigram is then a small integer (under 2^30), which hashes fastest. */
const BUCKETS = 1021;

/**
 * The trigram at `i` (" ch", "cha", ... "es ": padding marks where words start and end) as one number. Letters beyond
 * ASCII can share a number with another trigram; that only adds candidates, which every lookup then checks.
 */
function gramAt(text: string, i: number): number {
  return ((text.charCodeAt(i) % BUCKETS) * BUCKETS + (text.charCodeAt(i + 1) % BUCKETS)) * BUCKETS + (text.charCodeAt(i + 2) % BUCKETS);
}

function trigramsOf(text: string, into: Set<number>): Set<number> {
  for (let i = 0; i + 3 <= text.length; i++) into.add(gramAt(text, i));
  return into;
}

function add<K>(map: Map<K, number[]>, key: K, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/** Entries in both ascending lists: a merge walk, no set built. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

/** The `limit` entries sharing the most trigrams, by buckets of count (a count is at most the query's trigrams). */
function mostShared(touched: number[], shared: Int32Array, most: number, limit: number): number[] {
  const buckets: number[][] = Array.from({ length: most + 1 }, () => []);
  for (const entry of touched) buckets[shared[entry]].push(entry);
  const out: number[] = [];
  for (let count = most; count > 0 && out.length < limit; count--) {
    for (const entry of buckets[count]) {
      if (out.length === limit) break;
      out.push(entry);
    }
  }
  return out;
}

export class NameIndex {
  readonly size: number;
  readonly #ids: string[];
  readonly #names: string[];
  /** Folded "name company": what "contains" looks in. */
  readonly #texts: string[];
  readonly #words: string[][];
  readonly #byName = new Map<string, number[]>();
  readonly #byEmail = new Map<string, number[]>();
  /** Trigram -> entry numbers in ascending order. */
  readonly #postings = new Map<number, number[]>();

  constructor(entries: readonly NameEntry[]) {
    this.size = entries.length;
    this.#ids = entries.map((entry) => entry.id);
    this.#names = entries.map((entry) => entry.name);
    this.#texts = new Array<string>(entries.length);
    this.#words = new Array<string[]>(entries.length);
    // Many contacts share an employer: fold each company once.
    const companies = new Map<string, string>();
    entries.forEach((entry, index) => {
      const folded = foldText(entry.name);
      const key = entry.nameKey || folded;
      let company = companies.get(entry.company);
      if (company === undefined) companies.set(entry.company, (company = foldText(entry.company)));
      // The same as folding "name company" whole: folding collapses the space between them either way.
      const text = folded && company ? `${folded} ${company}` : folded || company;
      this.#texts[index] = text;
      this.#words[index] = key.split(' ').filter(Boolean);
      if (key) add(this.#byName, key, index);
      if (folded && folded !== key) add(this.#byName, folded, index);
      for (const email of entry.emails) add(this.#byEmail, email, index);
      // add() skips a trigram already recorded for this entry (its list ends with it), so no set is needed here.
      const padded = ` ${text} `;
      for (let i = 0; i + 3 <= padded.length; i++) add(this.#postings, gramAt(padded, i), index);
    });
  }

  id(entry: number): string {
    return this.#ids[entry];
  }

  /** Contacts whose name, folded, is exactly `wanted` (with or without honorifics and post-nominals). */
  exactName(wanted: string): string[] {
    return (this.#byName.get(foldText(wanted)) ?? []).map((entry) => this.#ids[entry]);
  }

  byEmail(email: string): string[] {
    return (this.#byEmail.get(email) ?? []).map((entry) => this.#ids[entry]);
  }

  /** Contacts whose folded "name company" contains `wanted` folded: "dana fabrik" finds Dana Reyes (Fabrikam). */
  containing(wanted: string): string[] {
    const needle = foldText(wanted);
    if (!needle) return [];
    if (needle.length < 3) return this.#texts.flatMap((text, entry) => (text.includes(needle) ? [this.#ids[entry]] : []));
    // Every trigram of the needle is in any text that contains it: intersect, smallest list first, then confirm.
    const lists: number[][] = [];
    for (const gram of trigramsOf(needle, new Set<number>())) {
      const list = this.#postings.get(gram);
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let candidates = lists[0];
    for (const list of lists.slice(1)) {
      if (candidates.length === 0) break;
      candidates = intersect(candidates, list);
    }
    return candidates.filter((entry) => this.#texts[entry].includes(needle)).map((entry) => this.#ids[entry]);
  }

  /**
   * The contacts whose names are closest to `query`, best first: each query word is matched to the most similar name
   * word (1 - edits / length), and the mean must reach `minSimilarity`. Ties go to the name, then the id.
   */
  closest(query: string, options: Partial<NameIndexOptions> = {}): CloseMatch[] {
    const settings = { ...NAME_INDEX_DEFAULTS, ...options };
    const words = foldText(query).split(' ').filter(Boolean);
    if (words.length === 0 || this.size === 0) return [];
    const grams = new Set<number>();
    for (const word of words) trigramsOf(` ${word} `, grams);
    const shared = new Int32Array(this.size);
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.#postings.get(gram);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        if (shared[list[i]]++ === 0) touched.push(list[i]);
      }
    }
    const candidates = touched.length > settings.maxCandidates ? mostShared(touched, shared, grams.size, settings.maxCandidates) : touched;
    const matches: { entry: number; score: number }[] = [];
    for (const entry of candidates) {
      const names = this.#words[entry];
      if (names.length === 0) continue;
      let total = 0;
      for (const word of words) {
        let best = 0;
        for (const name of names) best = Math.max(best, wordSimilarity(word, name));
        total += best;
      }
      const score = total / words.length;
      if (score >= settings.minSimilarity) matches.push({ entry, score });
    }
    const byName = (a: number, b: number) => (this.#names[a] < this.#names[b] ? -1 : this.#names[a] > this.#names[b] ? 1 : 0);
    matches.sort((a, b) => b.score - a.score || byName(a.entry, b.entry) || (this.#ids[a.entry] < this.#ids[b.entry] ? -1 : 1));
    return matches.slice(0, settings.limit).map(({ entry, score }) => ({ id: this.#ids[entry], score: Math.round(score * 1000) / 1000 }));
  }
}
