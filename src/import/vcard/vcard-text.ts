// vCard values to text as each version defines them: escapes, structured parts (N, ADR, ORG), lists (CATEGORIES) and
// quoted-printable with or without a CHARSET.
import { decodeWindows1252 } from '../text/decode-text.ts';

export type VCardVersion = '2.1' | '3.0' | '4.0';

export function versionOf(value: string): VCardVersion {
  const trimmed = value.trim();
  return trimmed === '2.1' || trimmed === '4.0' ? trimmed : '3.0';
}

/**
 * What a backslash escapes. vCard 3.0 and 4.0 define \\ \, \; and \n or \N; vCard 2.1 escapes only the separators
 * (\; and, by common practice, \, and \\), so a backslash-n there is text. Every version also gets \: and \" because
 * Apple and Outlook write them, and no one means a backslash before a colon or a quote.
 */
function unescaped(ch: string, version: VCardVersion): string | null {
  switch (ch) {
    case '\\':
    case ',':
    case ';':
    case ':':
    case '"':
      return ch;
    case 'n':
    case 'N':
      return version === '2.1' ? null : '\n';
    default:
      return null;
  }
}

export function unescapeText(value: string, version: VCardVersion): string {
  if (!value.includes('\\')) return value;
  let out = '';
  let from = 0;
  for (let i = value.indexOf('\\'); i >= 0 && i + 1 < value.length; i = value.indexOf('\\', i)) {
    const replacement = unescaped(value[i + 1], version);
    if (replacement === null) {
      i += 1;
      continue;
    }
    out += value.slice(from, i) + replacement;
    i += 2;
    from = i;
  }
  return out + value.slice(from);
}

/**
 * A structured value's parts at unescaped ";" (N, ADR, ORG), each part's values at unescaped "," when `lists` (N and
 * ADR in vCard 3.0 and 4.0: "Richter,James" are two additional names); values are unescaped and joined by a space.
 * vCard 2.1 has no lists, so its commas are text ("Smith, Jones & Co.").
 */
export function structuredParts(value: string, version: VCardVersion, lists: boolean): string[] {
  const parts: string[] = [];
  const listed = lists && version !== '2.1';
  // The part's non-empty values so far, joined by a space: most parts hold one value or none, so no list is built.
  let part = '';
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    // NaN past the last character, which ends the last part.
    const code = value.charCodeAt(i);
    if (code === 0x5c && i + 1 < value.length) {
      // An escaped character is never a separator.
      i++;
      continue;
    }
    const endsPart = code === 0x3b || i === value.length;
    if (!endsPart && !(code === 0x2c && listed)) continue;
    const item = unescapeText(value.slice(from, i), version).trim();
    if (item) part = part ? `${part} ${item}` : item;
    from = i + 1;
    if (endsPart) {
      parts.push(part);
      part = '';
    }
  }
  return parts;
}

/** A list value's items at unescaped "," (CATEGORIES), unescaped and trimmed. */
export function listItems(value: string, version: VCardVersion): string[] {
  const items: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === ',') {
      items.push(unescapeText(value.slice(from, i), version).trim());
      from = i + 1;
    }
  }
  items.push(unescapeText(value.slice(from), version).trim());
  return items.filter(Boolean);
}

const LATIN_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii']);

export interface DecodedQuotedPrintable {
  text: string;
  /** True when the bytes were read as Windows-1252 because no CHARSET was given (or it was wrong) and they were not UTF-8. */
  guessedWindows1252: boolean;
}

function decodeBytes(bytes: Uint8Array, charset: string): { text: string; guessed: boolean } {
  const label = charset.trim().toLowerCase();
  if (LATIN_LABELS.has(label)) return { text: decodeWindows1252(bytes), guessed: false };
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { text: new TextDecoder(label).decode(bytes), guessed: false };
    } catch {
      // An unknown label: fall through to the same guess as when none is given.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), guessed: false };
  } catch {
    return { text: decodeWindows1252(bytes), guessed: true };
  }
}

/**
 * Decodes "=C3=A9"-style bytes. Without a CHARSET (or with a wrong one) the bytes are UTF-8 when they are valid UTF-8,
 * else Windows-1252 (Outlook and old phones on Windows), and the caller warns. Characters the writer left unencoded
 * (outside ASCII) stay as the file gave them. Line breaks come out as "\n".
 */
export function decodeQuotedPrintable(value: string, charset: string): DecodedQuotedPrintable {
  const bytes = new Uint8Array(value.length);
  let length = 0;
  let text = '';
  let guessedWindows1252 = false;
  const flush = () => {
    if (length === 0) return;
    const decoded = decodeBytes(bytes.subarray(0, length), charset);
    text += decoded.text;
    guessedWindows1252 ||= decoded.guessed;
    length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x3d && i + 2 < value.length && isHex(value.charCodeAt(i + 1)) && isHex(value.charCodeAt(i + 2))) {
      bytes[length++] = parseInt(value.slice(i + 1, i + 3), 16);
      i += 2;
    } else if (ch < 0x80) bytes[length++] = ch;
    else {
      flush();
      text += value[i];
    }
  }
  flush();
  return { text: text.replace(/\r\n|\r/g, '\n'), guessedWindows1252 };
}

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
