// Job title -> LinkedIn seniority and job function, each with the reason that decided it. Never throws; memoized.
import { matchFunctionOf } from './function-matcher.ts';
import { UNKNOWN, type JobFunction, type Seniority, type Unknown } from './linkedin-taxonomy.ts';
import { MAX_TITLE_CHARS, normalizeTitleWords } from './normalize-title.ts';
import { createSeniorityGate } from './seniority-gate.ts';
import { DEFAULT_SENIORITY, SENIORITY_RULES } from './title-rules.ts';
import { titleWordsOf, type TitleWord } from './title-word.ts';

export interface TitleClass {
  readonly seniority: Seniority | Unknown;
  readonly function: JobFunction | Unknown;
  readonly seniorityReason: string;
  readonly functionReason: string;
}

/**
 * Real networks repeat titles ("Software Engineer" thousands of times), and a million contacts hold tens of thousands
 * of distinct ones: the cache holds that many (about 15 MB at most), so the long tail is classified once, not once per
 * holder; the bound keeps memory flat however many contacts there are.
 */
export const TITLE_CACHE_SIZE = 100_000;
// A two-generation LRU: hits in the older generation move to the recent one, and when the recent one is full the older is
// dropped whole. Every operation is O(1); evicting one Map entry at a time degrades badly once V8's Map fills with holes.
let recent = new Map<string, TitleClass>();
let older = new Map<string, TitleClass>();

/** Empties the cache, so a benchmark run starts as cold as a fresh process. */
export function clearTitleCache(): void {
  recent = new Map();
  older = new Map();
}

function remember(raw: string, result: TitleClass): void {
  recent.set(raw, result);
  if (recent.size >= TITLE_CACHE_SIZE / 2) {
    older = recent;
    recent = new Map();
  }
}

function unknownBoth(reason: string): TitleClass {
  return { seniority: UNKNOWN, function: UNKNOWN, seniorityReason: reason, functionReason: reason };
}

/** Only the rules whose words the title holds are tried: the rules run in order and the first match decides. */
const GATE = createSeniorityGate(SENIORITY_RULES);

function seniorityOf(tokens: readonly string[], words: readonly TitleWord[], ascii: boolean): { seniority: Seniority | Unknown; reason: string } {
  // Most titles are settled by their words alone; the gate builds the text the patterns read only for those that are not.
  const match = GATE.firstMatch(tokens, words, ascii);
  if (match !== undefined) {
    const rule = SENIORITY_RULES[match.index];
    return { seniority: rule.seniority, reason: match.words ? `${rule.why}: "${match.words}"` : rule.why };
  }
  return { seniority: DEFAULT_SENIORITY, reason: 'no rank word: a plain title is Entry' };
}

/** One buffer for every title's words (classification is synchronous and never re-entered). */
const WORDS: TitleWord[] = [];

function classifyUncached(raw: string): TitleClass {
  const normalized = normalizeTitleWords(raw);
  const tokens = normalized.tokens;
  if (tokens.length === 0) {
    if (normalized.droppedNonTitle) return unknownBoth('not a job title');
    if (normalized.droppedPast) return unknownBoth('only a past role');
    return unknownBoth('no title');
  }
  // The same words serve both the seniority gate and the function matcher, each looked up once.
  const words = titleWordsOf(tokens, WORDS);
  const seniority = seniorityOf(tokens, words, normalized.ascii);
  // A retired person or a veteran holds no current position, so no current function either (docs/title-labelling.md).
  if (seniority.seniority === UNKNOWN) return { seniority: UNKNOWN, function: UNKNOWN, seniorityReason: seniority.reason, functionReason: seniority.reason };
  const found = matchFunctionOf(words);
  // Founders, owners and the self-employed who name no field are Entrepreneurship (docs/title-labelling.md), in whatever
  // language the seniority rules read the ownership word.
  if (found.jobFunction === UNKNOWN && seniority.seniority === 'Owner') {
    return { seniority: 'Owner', function: 'Entrepreneurship', seniorityReason: seniority.reason, functionReason: `an owner who names no field (${seniority.reason})` };
  }
  return { seniority: seniority.seniority, function: found.jobFunction, seniorityReason: seniority.reason, functionReason: found.reason };
}

/**
 * Classifies one job title in any language or script. Empty or meaningless input gives Unknown with the reason; the result
 * is shared between calls with the same title, so it is frozen.
 */
export function classifyTitle(title: string): TitleClass {
  const raw = typeof title === 'string' ? title : '';
  const hit = recent.get(raw);
  if (hit !== undefined) return hit;
  const old = older.get(raw);
  if (old !== undefined) {
    remember(raw, old);
    return old;
  }
  let result: TitleClass;
  try {
    result = Object.freeze(classifyUncached(raw));
  } catch {
    // The rules are plain regular expressions over bounded text; this only guards the promise never to throw.
    result = Object.freeze(unknownBoth('could not classify'));
  }
  if (raw.length <= MAX_TITLE_CHARS) remember(raw, result);
  return result;
}

/** Every rule in order, without the word gate: the reference the gate must agree with (seniority-gate.test.ts). */
export function seniorityByEveryRule(text: string): Seniority | Unknown {
  const ascii = /^[\x20-\x7e]*$/.test(text);
  for (const rule of SENIORITY_RULES) {
    if (ascii && rule.nonAscii) continue;
    if (rule.pattern.test(text)) return rule.seniority;
  }
  return DEFAULT_SENIORITY;
}

/** For benchmarks that want to measure the rules rather than the cache. */
export function classifyTitleUncached(title: string): TitleClass {
  try {
    return classifyUncached(typeof title === 'string' ? title : '');
  } catch {
    return unknownBoth('could not classify');
  }
}
