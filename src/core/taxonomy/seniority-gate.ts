// Which seniority rules can match a title, from its words alone, so the classifier runs two or three regular
// expressions per title instead of all twenty. The words are read from the rules' own patterns when the module loads:
// an alternative of a rule can only match a title that holds every plain word it needs ("general" and "manager"), and
// one whose words cannot be told apart only a title that holds one of its literal words as a word (or, for the patterns
// that read inside compound words such as "Vertriebsleiterin", as part of a word). Skipping the others cannot change the answer;
// seniority-gate.test.ts checks that on every development title and a generated mix.
import type { SeniorityRule } from './title-rules.ts';
import { titleWordsOf, type TitleWord, type WordMasks } from './title-word.ts';

export interface SeniorityGate {
  /** Rule indexes, in rule order, that may match this normalized title. */
  candidates(text: string, tokens?: readonly string[]): number[];
  /**
   * The first rule, in order, that matches, with the words it matched; undefined when none does. A rule whose plain
   * word the title holds ("senior", "ceo") matches for certain, so its expression is run only when an earlier rule
   * might match: most titles are decided without running any.
   */
  firstMatch(tokens: readonly string[], words: readonly TitleWord[], ascii: boolean): { index: number; words: string } | undefined;
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
  return topAlternatives(source).filter((alternative) => /^[\p{L}\p{N}]+$/u.test(alternative));
}

/** The top-level alternatives of a `words()` pattern (` (?:a|b c|d(?! e))(?= )`); empty for any other shape. */
function topAlternatives(source: string): string[] {
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
  return alternatives;
}

/** Removes every lookaround and every optional group (`(?:co )?`, `(?:senior )*`): a match need not contain them. */
function withoutSkipped(source: string): string {
  const ranges = skippedRanges(source).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue; // nested in a range already removed
    out += source.slice(at, from);
    // An optional group's quantifier goes with it.
    at = to + 1;
    while (at < source.length && (source[at] === '?' || source[at] === '*')) at++;
    if (source.startsWith('{0', at)) at = source.indexOf('}', at) + 1;
  }
  return out + source.slice(at);
}

const PLAIN = /^[\p{L}\p{N}]+$/u;
/** A group of whole words repeated at least once (`(?:\S+ ){1,4}`), ending in a space. */
const LEADING_REPEATED_WORDS = /^\(\?:[^()]* \)(?:\{[1-9]\d*,?\d*\}|\+)/;

/** The forms a plain part may take: "founders?" is "founders" or "founder"; undefined if the part is not a plain word. */
function partForms(part: string): string[] | undefined {
  if (PLAIN.test(part)) return [part];
  if (part.endsWith('?') && PLAIN.test(part.slice(0, -1)) && part.length > 2) return [part.slice(0, -1), part.slice(0, -2)];
  return undefined;
}

/**
 * What one alternative needs in a title's words: each item is a set of forms, one of which must stand as a whole word.
 * "general manager" needs "general" and "manager"; "chief (?:\S+ ){1,4}officer" needs "chief" (the rest is not read);
 * "(?:assistant|associate) (?:vice president|vp)" needs one of the first group's words and one of the second's.
 * Parts that are not plain words or groups of them are left out, which can only let more titles through.
 */
export function requiredItems(alternative: string): string[][] {
  const items: string[][] = [];
  const text = withoutSkipped(alternative);
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if ((char === ' ' || i === text.length) && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  for (const whole of parts) {
    if (whole === '') continue;
    // "(?:\S+ ){1,4}officer": whatever the group takes, the word after it stands whole.
    const part = whole.replace(LEADING_REPEATED_WORDS, '');
    const plain = partForms(part);
    if (plain !== undefined) {
      items.push(plain);
      continue;
    }
    // A group of plain words and phrases: the first word of one of its phrases must stand in the title.
    const group = /^\(\?:([^()\\[\]]*)\)$/.exec(part);
    if (group === null) continue;
    const forms: string[] = [];
    let plainGroup = true;
    for (const phrase of group[1].split('|')) {
      const words = phrase.split(' ');
      if (words.some((word) => word === '' || partForms(word) === undefined)) plainGroup = false;
      else forms.push(...partForms(words[0])!);
    }
    if (plainGroup && forms.length > 0) items.push(forms);
  }
  return items;
}

/** Rules that read unspaced scripts (`nonAscii`) are always candidates for a non-ASCII title and never for an ASCII one. */
export function createSeniorityGate(rules: readonly SeniorityRule[]): SeniorityGate {
  const byWord = new Map<string, number[]>();
  const pieces: { piece: string; rule: number; from: number }[] = [];
  const nonAscii: number[] = [];
  /** Alternatives that need two or more words, filed under each form of their first: the rest is checked per title. */
  const conditional = new Map<string, { rule: number; rest: string[][] }[]>();
  const addWord = (word: string, index: number): void => {
    const list = byWord.get(word);
    if (list === undefined) byWord.set(word, [index]);
    else if (!list.includes(index)) list.push(index);
  };
  rules.forEach((rule, index) => {
    if (rule.nonAscii) {
      nonAscii.push(index);
      return;
    }
    const alternatives = topAlternatives(rule.pattern.source);
    // A rule of another shape, or an alternative whose words cannot be told apart, lets through any of its literal words.
    const open = alternatives.length === 0 ? [rule.pattern.source] : [];
    for (const alternative of alternatives) {
      const items = requiredItems(alternative);
      if (items.length === 0) open.push(alternative);
      else if (items.length === 1) for (const form of items[0]) addWord(form, index);
      else {
        for (const form of items[0]) {
          const list = conditional.get(form) ?? [];
          list.push({ rule: index, rest: items.slice(1) });
          conditional.set(form, list);
        }
      }
    }
    for (const source of open) {
      const keys = literalKeys(source);
      for (const word of keys.words) addWord(word, index);
      // `\S+manager` needs a letter before the piece; `\S*meister` may start with it.
      for (const piece of keys.pieces) pieces.push({ piece, rule: index, from: source.includes(`\\S+`) && !source.includes(`\\S*`) ? 1 : 0 });
    }
  });
  if (rules.length > 30) throw new Error('the seniority gate keeps rule sets in a 30-bit mask');
  // One lookup per word gives both masks: the rules the word lets through and those it settles.
  const masksByWord = new Map<string, { may: number; sure: number }>();
  for (const [word, list] of byWord) masksByWord.set(word, { may: list.reduce((mask, index) => mask | (1 << index), 0), sure: 0 });
  rules.forEach((rule, index) => {
    if (rule.nonAscii) return;
    for (const word of plainWords(rule.pattern.source)) {
      const masks = masksByWord.get(word);
      if (masks === undefined || (masks.may & (1 << index)) === 0) throw new Error(`the gate missed the word "${word}" of rule ${index}`);
      masks.sure |= 1 << index;
    }
  });
  const nonAsciiMask = nonAscii.reduce((mask, index) => mask | (1 << index), 0);
  const PLAIN_ASCII = /^[\x20-\x7e]*$/;
  // The further words a conditional alternative needs ("manager" after "general") are numbered, and each word lists the
  // numbers it answers to, so a title marks what it holds once instead of comparing its words with every form.
  const itemIds = new Map<string, number>();
  const formItems = new Map<string, number[]>();
  for (const list of conditional.values()) {
    for (const entry of list) {
      for (const forms of entry.rest) {
        const key = forms.join('|');
        if (itemIds.has(key)) continue;
        const id = itemIds.size;
        itemIds.set(key, id);
        for (const form of forms) {
          const ids = formItems.get(form);
          if (ids === undefined) formItems.set(form, [id]);
          else if (!ids.includes(id)) ids.push(id);
        }
      }
    }
  }
  const gateConditions = new Map<string, { rule: number; rest: number[] }[]>();
  for (const [word, list] of conditional) {
    gateConditions.set(word, list.map(({ rule, rest }) => ({ rule, rest: rest.map((forms) => itemIds.get(forms.join('|'))!) })));
  }
  /** `held[id] === stamp` while the current title holds item `id`: no clearing between titles. */
  const held = new Int32Array(itemIds.size);
  let stamp = 0;
  // Pieces sit inside one word (they hold no space), so a word's masks, pieces included, are worked out once and kept
  // on the word (title-word.ts): words repeat across titles far more than titles do.
  const NO_MASKS: WordMasks = { may: 0, sure: 0, items: undefined, conditions: undefined };
  /** Marks the masks this gate worked out, should another gate ever read the same words. */
  const owner = {};
  function masksOf(token: string): WordMasks {
    const listed = masksByWord.get(token);
    let may = listed?.may ?? 0;
    for (const { piece, rule, from } of pieces) if (token.indexOf(piece, from) !== -1) may |= 1 << rule;
    const items = formItems.get(token);
    const conditions = gateConditions.get(token);
    return may === 0 && items === undefined && conditions === undefined ? NO_MASKS : { may, sure: listed?.sure ?? 0, items, conditions };
  }
  function masksOfWord(word: TitleWord): WordMasks {
    if (word.seniorityOwner === owner) return word.seniority!;
    word.seniorityOwner = owner;
    return (word.seniority = masksOf(word.text));
  }
  let sureMask = 0;
  /** Every rule the title's words let through; the rules they settle are left in `sureMask`. */
  function mayMask(words: readonly TitleWord[], ascii: boolean): number {
    let mask = 0;
    let sure = 0;
    let conditional = false;
    if (stamp === 0x7fffffff) {
      held.fill(0);
      stamp = 0;
    }
    stamp++;
    for (let i = 0; i < words.length; i++) {
      const masks = masksOfWord(words[i]);
      mask |= masks.may;
      sure |= masks.sure;
      if (masks.items !== undefined) for (const id of masks.items) held[id] = stamp;
      if (masks.conditions !== undefined) conditional = true;
    }
    if (conditional) {
      for (let i = 0; i < words.length; i++) {
        const conditions = masksOfWord(words[i]).conditions;
        if (conditions === undefined) continue;
        for (const { rule, rest } of conditions) {
          let all = true;
          for (const id of rest) if (held[id] !== stamp) all = false;
          if (all) mask |= 1 << rule;
        }
      }
    }
    if (!ascii) mask |= nonAsciiMask;
    sureMask = sure;
    return mask;
  }
  return {
    candidates(text: string, tokens: readonly string[] = text.trim().split(' ')): number[] {
      let mask = mayMask(titleWordsOf(tokens, []), PLAIN_ASCII.test(text));
      const out: number[] = [];
      for (let index = 0; mask !== 0; index++, mask >>>= 1) if (mask & 1) out.push(index);
      return out;
    },
    firstMatch(tokens: readonly string[], words: readonly TitleWord[], ascii: boolean): { index: number; words: string } | undefined {
      let mask = mayMask(words, ascii);
      // The padded text the patterns read (normalize-title.ts), built once and only if a pattern must run.
      let text: string | undefined;
      const sure = sureMask;
      for (let index = 0; mask !== 0; index++, mask >>>= 1) {
        if ((mask & 1) === 0) continue;
        const bit = 1 << index;
        if ((sure & bit) !== 0) {
          for (const word of words) if ((masksOfWord(word).sure & bit) !== 0) return { index, words: word.text };
        }
        text ??= ` ${tokens.join(' ')} `;
        const match = rules[index].pattern.exec(text);
        if (match) return { index, words: match[0].trim() };
      }
      return undefined;
    },
  };
}
