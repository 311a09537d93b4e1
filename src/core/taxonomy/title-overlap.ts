// The key two titles share when they are "the same title" for the held-out rule: case, accents, whitespace and
// punctuation folded ("Sr. Software-Engineer" and "sr software engineer" are one title). Abbreviations are not
// expanded: "Sr" and "Senior" stay different titles, as a reader would see them.
import { foldTitleText } from './normalize-title.ts';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function titleOverlapKey(title: string): string {
  return foldTitleText(title).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/** How many titles of `set` are also titles of `others` once folded: a count only, so a held-out set's titles are never
 *  shown in a failing test's message (a title read there is a title someone may tune the rules for). */
export function countSharedTitles(set: readonly { title: string }[], others: readonly { title: string }[]): number {
  const otherKeys = new Set(others.map((row) => titleOverlapKey(row.title)));
  return set.filter((row) => otherKeys.has(titleOverlapKey(row.title))).length;
}
