// The property name a vCard content line starts with ("item1.TEL;TYPE=CELL:..." gives "TEL"), found by a scan of its
// first characters: the importer asks for it on every content line and physical line start, and the regex it replaces
// (/^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/, which leading-name.test.ts checks it against) was a tenth of a
// 10,000-card import's parsing.

const SEMICOLON = 0x3b;
const COLON = 0x3a;
const DOT = 0x2e;

/** A-Z, a-z, 0-9 and "-": the characters of a vCard name or group. */
function isNameCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/**
 * The upper-cased name after an optional "group.", when it is followed by ";" or ":" (or is the whole text, with
 * `wholeText`); '' otherwise. Names and groups hold no dot, so the first run of name characters is the group exactly
 * when a dot follows it: no backtracking to try.
 */
export function leadingName(text: string, wholeText = false): string {
  // Whether the name has a lower-case letter: most are written upper-case, and need no upper-cased copy.
  let lower = false;
  let at = 0;
  for (let code = text.charCodeAt(at); isNameCode(code); code = text.charCodeAt(++at)) lower ||= code >= 0x61;
  if (at === 0) return '';
  let start = 0;
  if (text.charCodeAt(at) === DOT) {
    start = ++at;
    lower = false;
    for (let code = text.charCodeAt(at); isNameCode(code); code = text.charCodeAt(++at)) lower ||= code >= 0x61;
    if (at === start) return '';
  }
  const next = text.charCodeAt(at);
  if (next !== SEMICOLON && next !== COLON && !(wholeText && at === text.length)) return '';
  const name = text.slice(start, at);
  return lower ? name.toUpperCase() : name;
}
