// Turns a raw job title into the folded, segmented text the title rules read: " senior pm | payments " — lowercase, no accents,
// segments split at separators, and the parts that say nothing about the current job (company after "at", "ex-Google",
// "Open to work", "to the CEO") removed.

/** Titles are short (LinkedIn allows 100 characters for a position); anything longer is cut so a 10,000-character paste costs nothing. */
export const MAX_TITLE_CHARS = 200;

export interface NormalizedWords {
  /** The words in order, with "|" between segments: what the rules read word by word. */
  tokens: string[];
  /** Every word is plain ASCII, so the rules for unspaced scripts cannot match. */
  ascii: boolean;
  /** Something was removed because it is not a job title ("Open to work", "Seeking new opportunities"). */
  droppedNonTitle: boolean;
  /** Something was removed because it describes a past role ("ex-Google", "Former CEO"). */
  droppedPast: boolean;
}

export interface NormalizedTitle extends NormalizedWords {
  /** The tokens separated by single spaces (segments by " | "), padded with one space at each end. */
  text: string;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}/gu;
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };
const SPECIALS = /[ßæœøđłþı]/g;

/** Lowercase without accents or other combining marks, in any script; also used to fold the rule tables so both sides agree. */
export function foldTitleText(value: string): string {
  if (PLAIN_ASCII.test(value)) return value.toLowerCase();
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIALS, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** Folds the non-ASCII letters of a lowercase rule pattern the way titles are folded, leaving regex syntax alone. */
export function foldPattern(pattern: string): string {
  return PLAIN_ASCII.test(pattern) ? pattern : pattern.normalize('NFKD').replace(MARKS, '');
}

// French and Italian elision ("chef d'équipe", "ingénieur d'affaires") keeps the article as a word; other apostrophes join.
const ELISION = /(^|[^\p{L}])(d|l|qu|j|dell|nell|all)['’‘`]/gu;
const APOSTROPHES = /['’‘`´]/g;
const SPACED_DASH = /\s[-–—]+\s|\s[-–—]+$|^[-–—]+\s/g;
const SEPARATOR_CHARS = /[|•·;,()[\]{}:/\\–—<>!?¦»«"“”*#=]+/g;
const NOT_WORD_ASCII = /[^a-z0-9|]+/g;
const NOT_WORD = /[^\p{L}\p{N}|]+/gu;

// A segment that starts with one of these describes a past role: dropped whole.
const PAST = /^(?:ex|former|formerly|previously|prev|past|ehemals|ehemaliger|ehemalige|ancien|ancienne|antiguo|antigua|exs)(?: |$)/;
// A segment that ends in "veteran" ("US Army Veteran", "Veteran of the Royal Navy") tells of past service, like "ex-":
// dropped whole, so "Navy Veteran | Logistics Lead" is read by its current role. "Veteran Recruiter" is a job.
const VETERAN = /(?:^| )veteran(?: of(?: \S+)+)?$/;
// A segment that starts with one of these is a status, not a title.
const NON_TITLE =
  /^(?:open to|opentowork|seeking|looking for|available for|available|actively looking|in transition|between jobs|between roles|career break|on sabbatical|sabbatical|(?:were|we are|now|is) hiring|hiring for|hiring now|unemployed|job seeker|jobseeker|on leave|stay at home|full time mum|full time mom|full time parent|en recherche|a la recherche|auf jobsuche|buscando|em busca|op zoek|werkzoekend|arbeitssuchend|arbeitsuchend|in elternzeit|elternzeit|szukam pracy|is ariyorum|arbetssokande|tyonhakija|currently (?:on|between|seeking|looking|open|unemployed|available)|between opportunities|between positions|caring for|w trakcie szukania|poszukuje pracy|unemployed|desempleado|desempleada|desempregado|desempregada|werkloos|arbeitslos|arbeitslose|arbeidsloos|arbeidssoker|arbejdssogende|arbetslos|bezrobotny|bezrobotna|nezamestnany|nezamestnana|hledam praci|issiz|tyoton|chomeur|chomeuse|disoccupato|disoccupata|in cerca di lavoro|on (?:parental|maternity|paternity) leave|parental leave|maternity leave)(?: |$)/;
// The employer follows these words; it says nothing about the role ("Partner at Partners Capital", "Engineer @ Sales.io").
const EMPLOYER = / (?:at|chez|bei|bij|presso) /;
// "Executive Assistant to the CEO", "Chief of Staff, Office of the CTO": the boss's title is not the holder's.
const BOSS =
  '(?:ceo|cto|coo|cfo|cmo|cio|cpo|founders?|co founders?|cofounders?|president|chairman|chairwoman|chairperson|chair|managing director|md|vp|svp|evp|vice president|director|partners?|owner|chief executive|gm|general manager|principal|dean|executive director)';
const TO_THE_BOSS = new RegExp(`(?:^| )(?:to|for|of) (?:the )?${BOSS}(?: and (?:the )?${BOSS})*(?= |$)`, 'g');
// "Assistant to the Regional Manager", "Advisor to startups": whoever follows is served, whatever their title.
const SERVING = 'assistant|assistants|aide|secretary|ea|pa|advisor|adviser|advisors|chief of staff|intern|liaison|counsel|consultant|coach';
const SERVES = new RegExp(`(?:^| )(?:${SERVING})(?= (?:to|for) )`);

const DOUBLE_SPACES = / {2,}/g;

function cleanSegment(segment: string, flags: { nonTitle: boolean; past: boolean }): string {
  let text = segment.trim();
  if (text === '') return '';
  if (PAST.test(text) || (text.includes('veteran') && VETERAN.test(text))) {
    flags.past = true;
    return '';
  }
  if (NON_TITLE.test(text)) {
    flags.nonTitle = true;
    return '';
  }
  if (text.startsWith('at ')) return '';
  const employer = EMPLOYER.exec(text);
  if (employer) text = text.slice(0, employer.index);
  if (text.includes(' to ') || text.includes(' for ') || text.includes(' of ')) {
    const serves = SERVES.exec(text);
    if (serves) text = text.slice(0, serves.index + serves[0].length);
    // Removing the boss leaves a double space; segments are single-spaced otherwise, so only this path collapses them.
    text = text.replace(TO_THE_BOSS, ' ').replace(DOUBLE_SPACES, ' ').trim();
  }
  return text;
}

/** Never throws; any string in, a normalized title out. */
export function normalizeTitle(raw: string): NormalizedTitle {
  const words = normalizeTitleWords(raw);
  return { ...words, text: ` ${words.tokens.join(' ')} ` };
}

/** The words alone: the classifier joins them into text only when a pattern must read it. */
export function normalizeTitleWords(raw: string): NormalizedWords {
  const text = raw.length > MAX_TITLE_CHARS ? raw.slice(0, MAX_TITLE_CHARS) : raw;
  // Most titles are plain ASCII without apostrophes: one pass over their characters does what the general path's
  // chain of replacements does (normalize-title.test.ts holds the two to the same answers).
  if (PLAIN_ASCII.test(text)) return text.includes("'") ? normalizeGeneralWords(text) : normalizeAscii(text.toLowerCase());
  // Titles in Latin scripts with accents ("Directrice Générale", "Księgowa") fold letter by letter to the ASCII the general
  // path would fold them to, and then take the one-pass path too.
  const folded = foldLatin(text);
  return folded === undefined ? normalizeGeneralWords(text) : normalizeAscii(folded);
}

/**
 * What each character from U+0080 to U+024F folds to when that is plain ASCII (é → e, ß → ss, ł → l, ´ → space), and
 * the punctuation every path reads as a segment break ("–", "•", "«") as "|"; undefined for the rest (apostrophes, which
 * may mark an elision, and letters that fold to something else), which leave the title to the general path.
 */
const LATIN_FOLD: (string | undefined)[] = [];
for (let code = 0x80; code < 0x250; code++) {
  const folded = foldTitleText(String.fromCharCode(code));
  LATIN_FOLD[code] = PLAIN_ASCII.test(folded) ? folded : undefined;
}
const LATIN_BREAKS = '–—•·¦»«“”';
const LATIN_BREAK_CODES = new Set([...LATIN_BREAKS].map((char) => char.charCodeAt(0)));
for (const code of LATIN_BREAK_CODES) if (code < 0x250) LATIN_FOLD[code] = '|';

/** The title lowercased and folded to ASCII when every character allows it, else undefined. */
function foldLatin(text: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 39 || code === 96) return undefined; // an apostrophe may be an elision ("d'équipe")
      continue;
    }
    const folded = code < 0x250 ? LATIN_FOLD[code] : LATIN_BREAK_CODES.has(code) ? '|' : undefined;
    if (folded === undefined) return undefined;
    out += text.slice(from, i).toLowerCase() + folded;
    from = i + 1;
  }
  return out + text.slice(from).toLowerCase();
}

/** The general path, for every script; the reference the ASCII path must agree with. */
export function normalizeGeneral(raw: string): NormalizedTitle {
  const words = normalizeGeneralWords(raw);
  return { ...words, text: ` ${words.tokens.join(' ')} ` };
}

function normalizeGeneralWords(raw: string): NormalizedWords {
  let text = raw.length > MAX_TITLE_CHARS ? raw.slice(0, MAX_TITLE_CHARS) : raw;
  const ascii = PLAIN_ASCII.test(text);
  text = foldTitleText(text);
  if (text.includes("'") || !ascii) text = text.replace(ELISION, '$1$2 ').replace(APOSTROPHES, '');
  if (text.includes('&')) text = text.replace(/&/g, ' and ');
  if (text.includes('+')) text = text.replace(/\+/g, ' and ');
  if (text.includes('@')) text = text.replace(/@/g, ' at ');
  if (!ascii || text.includes('-')) text = text.replace(SPACED_DASH, ' | ');
  text = text.replace(SEPARATOR_CHARS, ' | ').replace(ascii ? NOT_WORD_ASCII : NOT_WORD, ' ');
  const flags = { nonTitle: false, past: false };
  const kept: string[] = [];
  for (const segment of text.split('|')) {
    const cleaned = cleanSegment(segment, flags);
    if (cleaned !== '') kept.push(cleaned);
  }
  const joined = kept.join(' | ');
  return { tokens: joined === '' ? [] : joinInitials(joined.split(' ')), ascii: PLAIN_ASCII.test(joined), droppedNonTitle: flags.nonTitle, droppedPast: flags.past };
}

function isInitial(token: string): boolean {
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/**
 * Abbreviations written with dots ("C.N.A.", "V.P.", "R.N.") fall apart into single letters; two or more single letters
 * in a row are joined back into the word they spell ("cna", "vp"). Single letters elsewhere ("R and D") stay.
 */
function joinInitials(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 1 && !(isInitial(tokens[i]) && isInitial(tokens[i + 1]))) i++;
  if (i >= tokens.length - 1) return tokens;
  const out = tokens.slice(0, i);
  while (i < tokens.length) {
    let end = i;
    while (end < tokens.length && isInitial(tokens[end])) end++;
    if (end - i >= 2) {
      out.push(tokens.slice(i, end).join(''));
      i = end;
    } else {
      out.push(tokens[i]);
      i++;
    }
  }
  return out;
}

/** The first words of the alternatives of an anchored pattern `^(?:a b|c|(?:d|e) f)(?: |$)`: a segment can match only if it starts with one. */
function firstWords(pattern: RegExp): Set<string> {
  const words = new Set<string>();
  const inner = pattern.source.slice('^(?:'.length, pattern.source.length - ')(?: |$)'.length);
  for (const alternative of inner.replace(/\(\?:([^()]*)\)/g, (_, group: string) => group.split('|').map((word) => word.split(' ')[0]).join('#')).split('|')) {
    for (const word of alternative.split(' ')[0].split('#')) words.add(word);
  }
  return words;
}
/** Segments that start with one of these may be a past role or a status: the general cleaning decides. */
const CLEANING_FIRST_WORDS = new Set([...firstWords(PAST), ...firstWords(NON_TITLE)]);
const EMPLOYER_WORDS = new Set(['at', 'chez', 'bei', 'bij', 'presso']);

/** The first words of a boss ("ceo", "vice" of "vice president", "founder" of "founders?"): where TO_THE_BOSS may match. */
const BOSS_FIRST_WORDS = new Set(
  BOSS.slice('(?:'.length, -')'.length)
    .split('|')
    .flatMap((alternative) => {
      const first = alternative.split(' ')[0];
      return first.endsWith('?') ? [first.slice(0, -1), first.slice(0, -2)] : [first];
    }),
);
/** The last words of those who serve someone ("assistant", "staff" of "chief of staff"): where SERVES may match. */
const SERVING_LAST_WORDS = new Set(SERVING.split('|').map((serving) => serving.split(' ').at(-1)!));

/**
 * Whether cleanSegment could remove anything from a segment that only its "of"/"to"/"for" sent there ("Director of
 * Sales"): only a boss after one of them, with or without "the" (TO_THE_BOSS), or one who serves before "to"/"for"
 * (SERVES). Checked on the words without the employer cut, which can only say yes more often.
 */
function mayNameBossOrServed(words: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const word = words[i];
    if (word !== 'of' && word !== 'to' && word !== 'for') continue;
    const next = i + 1 < n ? words[i + 1] : undefined;
    if (next !== undefined && (BOSS_FIRST_WORDS.has(next) || (next === 'the' && i + 2 < n && BOSS_FIRST_WORDS.has(words[i + 2])))) return true;
    if (word !== 'of' && i > 0 && SERVING_LAST_WORDS.has(words[i - 1])) return true;
  }
  return false;
}

/**
 * cleanSegment on a segment's words, appending what is kept to `out` (after a "|" when a segment precedes). Only the
 * common case is done word by word: a first word that may open a past role or status, a veteran, or a "to"/"for"/"of"
 * that may name a boss sends the segment through cleanSegment itself.
 */
function keepSegmentWords(words: readonly string[], n: number, out: string[], flags: { nonTitle: boolean; past: boolean }): void {
  if (n === 0) return;
  let end = n;
  let general = CLEANING_FIRST_WORDS.has(words[0]);
  if (!general) {
    if (words[0] === 'at' && n > 1) return;
    for (let i = 1; i < n - 1; i++) {
      if (EMPLOYER_WORDS.has(words[i])) {
        end = i;
        break;
      }
    }
    let joined = false;
    for (let i = 0; i < n && !general; i++) {
      const word = words[i];
      general = word === 'veteran';
      if (i >= 1 && i <= end - 2 && (word === 'of' || word === 'to' || word === 'for')) joined = true;
    }
    // "Director of Sales" has nothing to remove: only a boss or one who serves sends it through cleanSegment.
    if (!general && joined) general = mayNameBossOrServed(words, n);
  }
  if (general) {
    const cleaned = cleanSegment(words.slice(0, n).join(' '), flags);
    if (cleaned === '') return;
    if (out.length > 0) out.push('|');
    for (const word of cleaned.split(' ')) out.push(word);
    return;
  }
  if (out.length > 0) out.push('|');
  for (let i = 0; i < end; i++) out.push(words[i]);
}

/** ASCII characters that end a segment, as SEPARATOR_CHARS does. */
const SEPARATOR_CODES = new Uint8Array(128);
for (const char of '|;,()[]{}:/\\<>!?"*#=') SEPARATOR_CODES[char.charCodeAt(0)] = 1;
const DASH = 45;
const SPACE = 32;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The words of the segment normalizeAscii is reading (it is synchronous and never re-entered). */
const SEGMENT: string[] = [];

/** Lowercase plain ASCII without apostrophes: segments of words in one pass, then the same cleaning as the general path. */
function normalizeAscii(lowered: string): NormalizedWords {
  let text = lowered;
  if (text.includes('&')) text = text.replace(/&/g, ' and ');
  if (text.includes('+')) text = text.replace(/\+/g, ' and ');
  if (text.includes('@')) text = text.replace(/@/g, ' at ');
  const flags = { nonTitle: false, past: false };
  const tokens: string[] = [];
  // The current segment's words are the first `count` of a buffer kept for every title: emptying an array
  // (`length = 0`) makes V8 drop its storage, so each segment would allocate it again.
  const segment = SEGMENT;
  let count = 0;
  let i = 0;
  const n = text.length;
  // SPACED_DASH consumes the spaces around a dash run, so a dash run right after a consumed space is not spaced.
  let consumedSpace = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      let end = i + 1;
      while (end < n && isWordCode(text.charCodeAt(end))) end++;
      segment[count++] = text.slice(i, end);
      i = end;
      continue;
    }
    if (SEPARATOR_CODES[code] === 1) {
      keepSegmentWords(segment, count, tokens, flags);
      count = 0;
      i++;
      continue;
    }
    if (code === DASH) {
      let end = i + 1;
      while (end < n && text.charCodeAt(end) === DASH) end++;
      const before = i === 0 || (text.charCodeAt(i - 1) === SPACE && consumedSpace !== i - 1);
      const after = end === n || text.charCodeAt(end) === SPACE;
      if (before && after) {
        keepSegmentWords(segment, count, tokens, flags);
        count = 0;
        if (end < n) consumedSpace = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  keepSegmentWords(segment, count, tokens, flags);
  return { tokens: joinInitials(tokens), ascii: true, droppedNonTitle: flags.nonTitle, droppedPast: flags.past };
}
