// The words of normalized titles, each looked up once per title: what the seniority gate and the function matcher work
// out about a word is kept on it, so a title costs one table lookup per word instead of one per word per table.
import type { FunctionTier } from './function-rules.ts';
import type { JobFunction } from './linkedin-taxonomy.ts';

export interface TitleWord {
  /** The word as the rules read it ("|" between segments). */
  readonly text: string;
  /** The seniority rules the word lets through and settles (seniority-gate.ts), worked out on first use. */
  seniority: WordMasks | undefined;
  /** The gate that worked out `seniority`. */
  seniorityOwner: object | undefined;
  /** What the word says about the job function (function-matcher.ts), worked out on first use. */
  function: WordFunction | undefined;
}

/**
 * Words repeat across titles far more than titles do, and a network's employers and oddities are a long tail: the table
 * is emptied when it holds this many, which keeps memory flat and costs only the work of seeing those words again.
 */
const TITLE_WORDS_SIZE = 100_000;
let words = new Map<string, TitleWord>();

export function titleWord(text: string): TitleWord {
  let word = words.get(text);
  if (word === undefined) {
    if (words.size >= TITLE_WORDS_SIZE) words = new Map();
    word = { text, seniority: undefined, seniorityOwner: undefined, function: undefined };
    words.set(text, word);
  }
  return word;
}

/** The words of `tokens`, into `out` (whatever it held is overwritten), so a title allocates no array of its own. */
export function titleWordsOf(tokens: readonly string[], out: TitleWord[]): TitleWord[] {
  // Written by index and cut to length: emptying the array first (`out.length = 0`) makes V8 drop its storage, so every
  // title would allocate it again.
  const n = tokens.length;
  for (let i = 0; i < n; i++) out[i] = titleWord(tokens[i]);
  if (out.length > n) out.length = n;
  return out;
}

/** What a word tells the seniority gate (seniority-gate.ts). */
export interface WordMasks {
  /** Rules the word lets through by itself. */
  may: number;
  /** Rules the word settles: they match every title that holds it. */
  sure: number;
  /** The numbers of the further words conditional alternatives need that this word is ("manager"). */
  items: number[] | undefined;
  /** Rules the word lets through only with other words ("general" with "manager"): the numbers of the words they need. */
  conditions: { rule: number; rest: number[] }[] | undefined;
}

/** A function clue of the tables (function-matcher.ts). */
export interface Clue {
  /** null for a neutral phrase: it consumes its words so they count for nothing. */
  jobFunction: JobFunction | null;
  tier: FunctionTier | -1;
  phrase: string;
}

/** A word of a phrase: the clue the phrase ends in here, and the words that may follow it. */
export interface PhraseNode {
  clue?: Clue;
  next?: Map<string, PhraseNode>;
}

/** What one word says about the function (function-matcher.ts), worked out once. */
export interface WordFunction {
  /** The phrases that start with the word. */
  phrase: PhraseNode | undefined;
  /** The word's clue when no phrase takes it (wordClue), worked out on first need: undefined until then, null for none. */
  clue: Clue | null | undefined;
  onetWord: JobFunction | undefined;
  /** Two-word O*NET phrases that start with the word, by their second word. */
  onetSeconds: Map<string, JobFunction> | undefined;
}
