// The key two titles share when they are "the same title" for the held-out rule: case, accents, whitespace and
// punctuation folded ("Sr. Software-Engineer" and "sr software engineer" are one title). Abbreviations are not
// expanded: "Sr" and "Senior" stay different titles, as a reader would see them.
import { foldTitleText } from './normalize-title.ts';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function titleOverlapKey(title: string): string {
  return foldTitleText(title).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}
