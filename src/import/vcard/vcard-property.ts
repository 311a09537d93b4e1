// One vCard content line ("item1.TEL;TYPE=work,voice;PREF=1:+1 555") to its name, parameters and raw value, leniently:
// vCard 2.1 bare parameters ("TEL;CELL;QUOTED-PRINTABLE:") are read as TYPE or ENCODING, and quoted parameter values
// may hold ";" and ":" (vCard 4.0 LABEL="...").
import { leadingName } from './leading-name.ts';

export interface VCardProperty {
  /** 1-based file line the content line starts on. */
  line: number;
  /** Upper-cased; '' when the name is not a vCard name (e.g. "X-GOOGLE TALK"), so the property is ignored. */
  name: string;
  /** Parameter names upper-cased, each with its values (TYPE=WORK,VOICE gives ["WORK", "VOICE"]). */
  params: Map<string, string[]>;
  /** The value as written, still encoded and escaped. */
  value: string;
}

/** The parameters of a property that has none (most of a card's: N, FN, ORG, TITLE, NOTE), shared and never written. */
const NO_PARAMETERS = new Map<string, string[]>();

const SEMICOLON = 0x3b;
const COLON = 0x3a;
const QUOTE = 0x22;

/** Bare vCard 2.1 parameters that are encodings, not types. */
const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** vCard 4.0 (RFC 6868) writes ^n, ^^ and ^' inside parameter values for a line break, a caret and a quote. */
function caretDecode(value: string): string {
  return value.includes('^') ? value.replace(/\^([n^'])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === "'" ? '"' : '^')) : value;
}

/** Splits a parameter's values at commas outside double quotes and strips the quotes. */
function parameterValues(raw: string): string[] {
  // Most values have no quotes ("TYPE=INTERNET", "TYPE=WORK,VOICE"): then every comma separates.
  if (!raw.includes('"')) return raw.includes(',') ? raw.split(',').map(caretDecode) : [caretDecode(raw)];
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      values.push(caretDecode(current));
      current = '';
    } else current += ch;
  }
  values.push(caretDecode(current));
  return values;
}

function addParameter(params: Map<string, string[]>, raw: string): void {
  if (!raw) return;
  const equals = raw.indexOf('=');
  if (equals < 0) {
    const upper = raw.trim().toUpperCase();
    const key = ENCODINGS.has(upper) ? 'ENCODING' : 'TYPE';
    params.set(key, [...(params.get(key) ?? []), raw.trim()]);
    return;
  }
  const key = raw.slice(0, equals).trim().toUpperCase();
  // A repeated parameter ("type=INTERNET;type=WORK") adds to the list the first one made, which only the map holds.
  const values = parameterValues(raw.slice(equals + 1));
  const known = params.get(key);
  if (known) known.push(...values);
  else params.set(key, values);
}

/**
 * Reads a content line; null when it has no ":" at all, which no property lacks (a folded line that lost its leading
 * space, or text pasted into the file). The head is scanned once; the value is sliced, never copied piece by piece.
 */
export function parseProperty(line: number, text: string): VCardProperty | null {
  // The head (name and parameters) ends at the first ";" or ":"; the name must be all of what comes before it.
  const name = leadingName(text, true);
  let params = NO_PARAMETERS;
  let start = 0;
  for (let code = text.charCodeAt(0); start < text.length && code !== SEMICOLON && code !== COLON; code = text.charCodeAt(++start));
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && (code === SEMICOLON || code === COLON)) {
      if (i > start + 1) {
        if (params === NO_PARAMETERS) params = new Map();
        addParameter(params, text.slice(start + 1, i));
      }
      if (code === COLON) return { line, name, params, value: text.slice(i + 1) };
      start = i;
    }
  }
  // An unclosed quote in a parameter: take the first colon, as a reader that ignores quotes would.
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return { line, name, params: NO_PARAMETERS, value: text.slice(colon + 1) };
}

/** Whether one of the parameter's values is `upper`, in any case ("ENCODING", "QUOTED-PRINTABLE"). */
export function hasParameterValue(property: VCardProperty, key: string, upper: string): boolean {
  const values = property.params.get(key);
  return values !== undefined && values.some((value) => value.toUpperCase() === upper);
}

/** The parameter's values, upper-cased, for matching ("TYPE" gives ["WORK", "PREF"]). */
export function parameterUpper(property: VCardProperty, key: string): string[] {
  return (property.params.get(key) ?? []).map((value) => value.toUpperCase());
}
