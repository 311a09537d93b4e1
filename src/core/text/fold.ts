// Folding text for comparison: case, accents, punctuation and spacing must not make two equal names differ.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters that NFKD does not decompose but people write both ways. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, strip accents, keep letters and digits of any script, collapse everything else to single spaces. */
export function foldText(value: string): string {
  // Most names and companies are plain ASCII: skip Unicode normalization for them (the import's hottest path).
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
