// Misspellings ("Accoutant", "Proffesor", "Reciptionist", "Jouranlist"): a word one letter dropped or added away from a
// listed job noun of six letters or more, or, for words of eight letters or more, one letter changed or two swapped
// (shorter real words lie one change from a job noun: "sector" and "rector"). Job nouns only (tier 1): department words
// of two languages often lie one letter apart ("negocio", "negozio"). Each listed word is filed under every form with
// one letter deleted; a key all of whose words agree on the function is kept. Asked only when nothing but a weak word
// ("assistant") named a function, so a word another clue already read is never corrected into a different one.
import type { Clue, TitleWord } from './title-word.ts';

const MISSPELT_MIN_LISTED = 6;
const MISSPELT_MIN_WORD = 5;
const MISSPELT_MIN_CHANGED = 8;
const PLAIN_WORD = /^[a-z0-9]+$/;

/** Reads the first misspelt job noun among a title's free words (the first `count` of `free`, reused across titles). */
export type MisspellingReader = (free: readonly (TitleWord | null)[], count: number) => Clue | undefined;

/**
 * A reader over the listed clues. `known` says which words are never read as misspelt (words other rules know, or
 * that are not plain letters and digits). Each word's answer is kept per interned word (title-word.ts), so each is
 * spelled once.
 */
export function misspellingReader(clues: Iterable<Clue>, known: (token: string) => boolean): MisspellingReader {
  const listed = new Map<string, Clue>();
  const deletedForms = new Map<string, Clue | null>();
  const file = (key: string, clue: Clue) => {
    const found = deletedForms.get(key);
    if (found === undefined) deletedForms.set(key, clue);
    else if (found !== null && found.jobFunction !== clue.jobFunction) deletedForms.set(key, null);
  };
  for (const clue of clues) {
    const word = clue.phrase;
    if (clue.jobFunction === null || clue.tier > 1 || word.length < MISSPELT_MIN_LISTED || !PLAIN_WORD.test(word)) continue;
    listed.set(word, clue);
    for (let i = 0; i < word.length; i++) file(word.slice(0, i) + word.slice(i + 1), clue);
  }

  const misspeltWord = (token: string): Clue | undefined => {
    if (token.length < MISSPELT_MIN_WORD || known(token)) return undefined;
    // A letter dropped: the word is a listed word with one letter deleted.
    let clue = deletedForms.get(token) ?? undefined;
    for (let i = 0; clue === undefined && i < token.length; i++) {
      const deleted = token.slice(0, i) + token.slice(i + 1);
      // A letter added: the word with one deleted is listed. A letter changed or two swapped: both lose the same letter.
      clue = listed.get(deleted) ?? (token.length >= MISSPELT_MIN_CHANGED ? (deletedForms.get(deleted) ?? undefined) : undefined);
    }
    return clue ? { ...clue, phrase: `${token}, misspelt ${clue.phrase}` } : undefined;
  };

  const answers = new WeakMap<TitleWord, Clue | null>();
  return (free, count) => {
    for (let i = 0; i < count; i++) {
      const word = free[i];
      if (word === null) continue;
      let clue = answers.get(word);
      if (clue === undefined) answers.set(word, (clue = misspeltWord(word.text) ?? null));
      if (clue !== null) return clue;
    }
    return undefined;
  };
}
