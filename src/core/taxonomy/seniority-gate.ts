// Which seniority rules can match a title, from its words alone, so the classifier runs two or three regular
// expressions per title instead of all twenty. The words are read from the rules' own patterns when the module loads:
// a rule can only match a title that holds one of its literal words as a word (or, for the patterns that read inside
// compound words such as "Vertriebsleiterin", as part of a word). Skipping the others cannot change the answer;
// seniority-gate.test.ts checks that on every development title and a generated mix.
import type { SeniorityRule } from './title-rules.ts';

export interface SeniorityGate {
  /** Rule indexes, in rule order, that may match this normalized title. */
  candidates(text: string, tokens?: readonly string[]): number[];
  /**
   * The first rule, in order, that matches, with the words it matched; undefined when none does. A rule whose plain
   * word the title holds ("senior", "ceo") matches for certain, so its expression is run only when an earlier rule
   * might match: most titles are decided without running any.
   */
  firstMatch(textOf: () => string, tokens: readonly string[], ascii: boolean): { index: number; words: string } | undefined;
}

const RUN = /[\p{L}\p{N}]+/gu;
/** `\S*leiter`, `\S+(?<!team)leiter`: the literal may end a longer word. */
const INSIDE_WORD_BEFORE = /\\S[*+](?:\(\?<[!=][^)]*\))?(?:\(\?:(?:[^()|]*\|)*)?$/;

interface RuleKeys {
  words: string[];
  pieces: string[];
}

/**
 * Source ranges a match need not contain: lookarounds (they consume nothing) and optional groups (`(?:co )?`,
 * `(?:in)?`, `(?:senior )*`). Their words would only make the gate let more rules through.
 */
function skippedRanges(source: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  const open: { at: number; lookaround: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') open.push({ at: i, lookaround: /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4)) });
    else if (char === ')') {
      const group = open.pop();
      if (group === undefined) continue;
      const next = source[i + 1];
      if (group.lookaround || next === '?' || next === '*' || source.startsWith('{0', i + 1)) ranges.push([group.at, i]);
    }
  }
  return ranges;
}

/** The literal words of a pattern (a trailing optional letter gives both forms) and the pieces that sit inside words. */
export function literalKeys(source: string): RuleKeys {
  const words = new Set<string>();
  const pieces = new Set<string>();
  const skipped = skippedRanges(source);
  for (const match of source.matchAll(RUN)) {
    const start = match.index;
    if (start > 0 && source[start - 1] === '\\') continue; // \S, \p, \u: escapes, not words
    if (skipped.some(([from, to]) => start > from && start < to)) continue;
    const run = match[0];
    const optionalLast = source[start + run.length] === '?' && source[start + run.length - 1] !== '(';
    const forms = optionalLast && run.length > 1 ? [run, run.slice(0, -1)] : [run];
    const inside = INSIDE_WORD_BEFORE.test(source.slice(0, start));
    for (const form of forms) (inside ? pieces : words).add(form);
  }
  return { words: [...words], pieces: [...pieces] };
}

/**
 * The alternatives of a `words()` pattern (` (?:a|b c|d(?! e))(?= )`) that are one plain word: such a rule matches
 * every title that holds the word, whatever surrounds it.
 */
export function plainWords(source: string): string[] {
  const open = ' (?:';
  const close = ')(?= )';
  if (!source.startsWith(open) || !source.endsWith(close)) return [];
  const inner = source.slice(open.length, source.length - close.length);
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return [];
  alternatives.push(inner.slice(start));
  return alternatives.filter((alternative) => /^[\p{L}\p{N}]+$/u.test(alternative));
}

/** Rules that read unspaced scripts (`nonAscii`) are always candidates for a non-ASCII title and never for an ASCII one. */
export function createSeniorityGate(rules: readonly SeniorityRule[]): SeniorityGate {
  const byWord = new Map<string, number[]>();
  const pieces: { piece: string; rule: number }[] = [];
  const nonAscii: number[] = [];
  rules.forEach((rule, index) => {
    if (rule.nonAscii) {
      nonAscii.push(index);
      return;
    }
    const keys = literalKeys(rule.pattern.source);
    for (const word of keys.words) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [index]);
      else if (!list.includes(index)) list.push(index);
    }
    for (const piece of keys.pieces) pieces.push({ piece, rule: index });
  });
  if (rules.length > 30) throw new Error('the seniority gate keeps rule sets in a 30-bit mask');
  // One lookup per word gives both masks: the rules the word lets through and those it settles.
  const masksByWord = new Map<string, { may: number; sure: number }>();
  for (const [word, list] of byWord) masksByWord.set(word, { may: list.reduce((mask, index) => mask | (1 << index), 0), sure: 0 });
  rules.forEach((rule, index) => {
    if (rule.nonAscii) return;
    for (const word of plainWords(rule.pattern.source)) {
      const masks = masksByWord.get(word);
      if (masks === undefined) throw new Error(`the gate missed the word "${word}" of rule ${index}`);
      masks.sure |= 1 << index;
    }
  });
  const nonAsciiMask = nonAscii.reduce((mask, index) => mask | (1 << index), 0);
  const PLAIN_ASCII = /^[\x20-\x7e]*$/;
  // Pieces sit inside one word (they hold no space), so a word's masks, pieces included, are worked out once and
  // remembered: words repeat across titles far more than titles do. The bound keeps memory flat.
  const NO_MASKS = { may: 0, sure: 0 };
  const seen = new Map<string, { may: number; sure: number }>();
  const SEEN_SIZE = 50_000;
  function masksOf(token: string): { may: number; sure: number } {
    const known = seen.get(token);
    if (known !== undefined) return known;
    const listed = masksByWord.get(token);
    let may = listed?.may ?? 0;
    for (const { piece, rule } of pieces) if (token.includes(piece)) may |= 1 << rule;
    const masks = may === 0 ? NO_MASKS : { may, sure: listed?.sure ?? 0 };
    if (seen.size >= SEEN_SIZE) seen.clear();
    seen.set(token, masks);
    return masks;
  }
  let sureMask = 0;
  /** Every rule the title's words let through; the rules they settle are left in `sureMask`. */
  function mayMask(tokens: readonly string[], ascii: boolean): number {
    let mask = 0;
    let sure = 0;
    for (const token of tokens) {
      const masks = masksOf(token);
      mask |= masks.may;
      sure |= masks.sure;
    }
    if (!ascii) mask |= nonAsciiMask;
    sureMask = sure;
    return mask;
  }
  return {
    candidates(text: string, tokens: readonly string[] = text.trim().split(' ')): number[] {
      let mask = mayMask(tokens, PLAIN_ASCII.test(text));
      const out: number[] = [];
      for (let index = 0; mask !== 0; index++, mask >>>= 1) if (mask & 1) out.push(index);
      return out;
    },
    firstMatch(textOf: () => string, tokens: readonly string[], ascii: boolean): { index: number; words: string } | undefined {
      let mask = mayMask(tokens, ascii);
      const sure = sureMask;
      for (let index = 0; mask !== 0; index++, mask >>>= 1) {
        if ((mask & 1) === 0) continue;
        const bit = 1 << index;
        if ((sure & bit) !== 0) {
          for (const token of tokens) if (((masksByWord.get(token)?.sure ?? 0) & bit) !== 0) return { index, words: token };
        }
        const match = rules[index].pattern.exec(textOf());
        if (match) return { index, words: match[0].trim() };
      }
      return undefined;
    },
  };
}
