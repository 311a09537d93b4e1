// Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM), and Windows-1252 as a fallback.
import type { ImportIssue } from '../import-issue.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  issues: ImportIssue[];
}

/** Share of NUL bytes at even/odd offsets in a sample; UTF-16 text of Latin script has one side nearly all NUL. */
function nulPattern(bytes: Uint8Array): { even: number; odd: number } {
  const sample = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = Math.max(1, Math.floor(sample / 2));
  return { even: even / pairs, odd: odd / pairs };
}

export type SniffedEncoding =
  | { kind: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; bom: number }
  | { kind: 'binary'; reason: string };

/**
 * The encoding of a file from its first bytes: a BOM, UTF-16's NUL pattern, or junk. 'windows-1252' is never returned
 * here (that needs the UTF-8 check on the text); `bom` is how many bytes to skip.
 */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { kind: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'utf-16be', bom: 2 };
  const nul = nulPattern(bytes);
  if (nul.odd > 0.3 && nul.even < 0.05) return { kind: 'utf-16le', bom: 0 };
  if (nul.even > 0.3 && nul.odd < 0.05) return { kind: 'utf-16be', bom: 0 };
  if (nul.even + nul.odd > 0) {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      return { kind: 'binary', reason: 'this is a ZIP archive (perhaps an .xlsx spreadsheet), not a text file; save it as CSV and import that' };
    }
    return { kind: 'binary', reason: 'this is a binary file, not text; import a CSV, vCard (.vcf) or LinkedIn export ZIP' };
  }
  return { kind: 'utf-8', bom: 0 };
}

/**
 * Decodes a text file's bytes. Returns null text with an error issue when the bytes are not text at all
 * (a binary file, an image, a spreadsheet saved as .xlsx), so the caller can name the file and stop.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText | { text: null; issues: ImportIssue[] } {
  const fail = (reason: string) => ({ text: null, issues: [{ file: fileName, reason, severity: 'error' as const }] });
  if (bytes.length === 0) return fail('the file is empty; export it again or pick another file');
  const sniffed = sniffEncoding(bytes);
  if (sniffed.kind === 'binary') return fail(sniffed.reason);
  let decoded: DecodedText;
  if (sniffed.kind === 'utf-16le' || sniffed.kind === 'utf-16be') {
    const body = bytes.subarray(sniffed.bom);
    // A lone last byte is half a character (a truncated copy): decoded it would be a "\uFFFD" row or name, a stranger
    // added again on every import. It is left out, and said.
    const odd = body.length % 2 === 1;
    decoded = { text: new TextDecoder(sniffed.kind).decode(odd ? body.subarray(0, body.length - 1) : body), encoding: sniffed.kind, issues: odd ? [oddByteIssue(fileName)] : [] };
  } else decoded = utf8OrLatin(fileName, bytes.subarray(sniffed.bom));
  const cleaned = removeControlCharacters(decoded.text);
  if (cleaned.removed > 0) {
    decoded.text = cleaned.text;
    decoded.issues.push(controlCharactersIssue(fileName, cleaned.removed));
  }
  return decoded;
}

export function oddByteIssue(fileName: string): ImportIssue {
  return {
    file: fileName,
    reason: 'the file is UTF-16 but ends with half a character (one byte too many, as a cut-off copy leaves it); that byte was left out. Check the last contact is complete',
    severity: 'warning',
  };
}

/** C0 control characters other than tab and line breaks, and DEL: never text, and PostgreSQL refuses NUL in text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function removeControlCharacters(text: string): { text: string; removed: number } {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return { text, removed: 0 };
  let removed = 0;
  const cleaned = text.replace(CONTROL, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}

export function controlCharactersIssue(fileName: string, removed: number): ImportIssue {
  return {
    file: fileName,
    reason: `the file holds ${removed === 1 ? 'a control character' : `${removed.toLocaleString('en-US')} control characters`} (such as NUL) that ${removed === 1 ? 'is' : 'are'} not text; ${removed === 1 ? 'it was' : 'they were'} removed. Check the file is the export you meant`,
    severity: 'warning',
  };
}

/**
 * Windows-1252's printable characters in 0x80-0x9F (curly quotes, dashes, euro sign). Node 20's TextDecoder treats
 * "windows-1252" as Latin-1 there and yields control characters, so those 27 bytes are mapped here.
 */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0)] ?? char);
}

function utf8OrLatin(fileName: string, bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      issues: [
        {
          file: fileName,
          reason: 'the file is not UTF-8; it was read as Windows-1252 (Excel on Windows). Check accented names look right',
          severity: 'warning',
        },
      ],
    };
  }
}
