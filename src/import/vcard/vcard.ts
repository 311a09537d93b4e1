// vCard files (.vcf: 3.0 and 4.0, and the 2.1 quirks older phones and Outlook write) to contacts, card by card.
import ICAL from 'ical.js';
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, normalizeEmail } from '../../core/contacts/identity.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { ImportIssue, InputFile, ParseResult } from '../import-issue.ts';
import { decodeText, sniffEncoding } from '../text/decode-text.ts';
import { rejoinSplitCharacters } from './split-characters.ts';

/** One BEGIN:VCARD..END:VCARD block, without those two lines, and the 1-based line where it begins. */
interface CardBlock {
  line: number;
  lines: string[];
}

type Card = InstanceType<typeof ICAL.Component>;

export function parseVCard(file: InputFile): ParseResult<ContactInput> {
  const sniffed = sniffEncoding(file.bytes);
  const utf16 = sniffed.kind === 'utf-16le' || sniffed.kind === 'utf-16be';
  const decoded = decodeText(file.name, utf16 ? file.bytes : rejoinSplitCharacters(file.bytes));
  if (decoded.text === null) return { rows: [], issues: decoded.issues };
  const issues: ImportIssue[] = [...decoded.issues];
  const blocks = splitCards(file.name, decoded.text, issues);
  if (blocks.length === 0 && issues.every((issue) => issue.severity !== 'error')) {
    const reason = 'there is no BEGIN:VCARD in the file, so it is not a vCard (.vcf) file; export the contacts as vCard and import that';
    return { rows: [], issues: [...issues, { file: file.name, reason, severity: 'error' }] };
  }

  const rows: ContactInput[] = [];
  for (const block of blocks) {
    let card: Card;
    try {
      // Parsed one card at a time so a damaged card costs only itself.
      const jcard: unknown = ICAL.parse(['BEGIN:VCARD', ...normalize(block.lines), 'END:VCARD', ''].join('\r\n'));
      if (!Array.isArray(jcard) || jcard[0] !== 'vcard') throw new Error('not a single vCard');
      card = new ICAL.Component(jcard);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // ical.js quotes the line it choked on; point at that line rather than at the card's first one.
      const quoted = /"([^"]+)"\s*$/.exec(detail)?.[1];
      const at = quoted ? block.lines.findIndex((text) => text.includes(quoted)) : -1;
      issues.push({
        file: file.name,
        line: block.line,
        reason: `the card starting on this line could not be read (${at >= 0 ? `line ${block.line + 1 + at}: ` : ''}${detail}); it was skipped and the other cards were imported. Fix or remove it and import again`,
        severity: 'error',
      });
      continue;
    }
    const contact = readCard(file.name, block.line, card, issues);
    if (contact) rows.push(contact);
  }
  return { rows, issues };
}

/** Cuts the text into cards; a card without END:VCARD (a truncated file, a bad merge) is reported and skipped. */
function splitCards(fileName: string, text: string, issues: ImportIssue[]): CardBlock[] {
  const blocks: CardBlock[] = [];
  let open: CardBlock | null = null;
  const unterminated = (block: CardBlock) =>
    issues.push({ file: fileName, line: block.line, reason: 'the card starting on this line has no END:VCARD (is the file cut short?); it was skipped', severity: 'error' });
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      if (open) unterminated(open);
      open = { line: index + 1, lines: [] };
    } else if (/^END:VCARD\s*$/i.test(line)) {
      if (open) blocks.push(open);
      open = null;
    } else if (open) open.lines.push(line);
  }
  if (open) unterminated(open);
  return blocks;
}

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

function propertyName(line: string): string {
  return /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/.exec(line)?.[1].toUpperCase() ?? '';
}

/**
 * Unfolds lines and rewrites what ical.js (strict RFC 6350/2426) refuses but real files contain: vCard 2.1 bare
 * parameters ("TEL;CELL:"), quoted-printable values with soft line breaks, and photos whose base64 runs unindented.
 */
function normalize(raw: string[]): string[] {
  const logical: string[] = [];
  for (const line of raw) {
    const last = logical.length - 1;
    const previous = logical[last] ?? '';
    if (last >= 0 && previous.endsWith('=') && /^[^:]*QUOTED-PRINTABLE/i.test(previous)) logical[last] = previous.slice(0, -1) + line;
    else if (last >= 0 && /^[ \t]/.test(line)) logical[last] = previous + line.slice(1);
    else if (line.trim()) logical.push(line);
  }
  const kept: string[] = [];
  let inBinary = false;
  for (const line of logical) {
    const name = propertyName(line);
    if (BINARY.has(name)) inBinary = true;
    else if (!(inBinary && !name)) {
      inBinary = false;
      kept.push(fixParameters(line));
    }
  }
  return kept;
}

/** Splits "NAME;P1;P2=x:value" at semicolons and the first colon outside double quotes; null when there is no colon. */
function splitProperty(line: string): { head: string[]; value: string } | null {
  const head: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ';' || ch === ':')) {
      head.push(current);
      current = '';
      if (ch === ':') return { head, value: line.slice(i + 1) };
    } else current += ch;
  }
  return null;
}

function fixParameters(line: string): string {
  const property = splitProperty(line);
  if (!property || property.head.length === 1) return line;
  const [name, ...params] = property.head;
  let quotedPrintable = false;
  let charset = 'utf-8';
  const kept: string[] = [];
  for (const param of params) {
    const [key, value = ''] = param.includes('=') ? [param.slice(0, param.indexOf('=')), param.slice(param.indexOf('=') + 1)] : ['', param];
    const upperKey = key.toUpperCase();
    const upperValue = value.toUpperCase();
    if (upperValue === 'QUOTED-PRINTABLE' && (upperKey === '' || upperKey === 'ENCODING')) quotedPrintable = true;
    else if (upperKey === 'CHARSET') charset = value;
    else if ((upperKey === '' || upperKey === 'ENCODING') && (upperValue === '8BIT' || upperValue === '7BIT')) continue;
    else kept.push(key ? param : `TYPE=${value}`);
  }
  const value = quotedPrintable ? decodeQuotedPrintable(property.value, charset) : property.value;
  return [name, ...kept].join(';') + ':' + value;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  let text: string;
  try {
    text = new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    text = new TextDecoder('utf-8').decode(new Uint8Array(bytes)); // an unknown CHARSET label; UTF-8 is the likeliest truth
  }
  // A decoded line break would end the content line; vCard text writes it as "\n".
  return text.replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value's components as text ("N:Doe;Jane;A,B" gives ["Doe", "Jane", "A B"]). */
function components(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.map((part) => (Array.isArray(part) ? part.join(' ') : String(part ?? '')).trim());
}

function texts(card: Card, name: string): string[] {
  return card
    .getAllProperties(name)
    .flatMap((property) => property.getValues() as unknown[])
    // ical.js leaves "\;" escaped outside structured values, though vCard 3.0 writers escape every semicolon.
    .map((value) => String(value ?? '').replace(/\\;/g, ';').trim())
    .filter(Boolean);
}

function parameter(property: InstanceType<typeof ICAL.Property>, name: string): string[] {
  const value: unknown = property.getParameter(name);
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

function readCard(fileName: string, line: number, card: Card, issues: ImportIssue[]): ContactInput | null {
  const contact = emptyContactInput(line);
  contact.tie = 'knows';
  const n = components(card.getFirstProperty('n')?.getFirstValue());
  contact.lastName = n[0] ?? '';
  contact.firstName = n[1] ?? '';
  contact.company = components(card.getFirstProperty('org')?.getFirstValue())[0] ?? '';
  const fullName = texts(card, 'fn')[0] ?? '';
  // Apple and Google give a company's own card FN = ORG; that is not a person's name.
  if (!contact.firstName && !contact.lastName && fullName && fullName !== contact.company) Object.assign(contact, splitFullName(fullName));

  contact.title = texts(card, 'title')[0] ?? '';
  for (const value of texts(card, 'email')) {
    const email = normalizeEmail(value);
    if (!email) issues.push({ file: fileName, line, field: 'EMAIL', reason: `"${value}" is not an email address; it was left out`, severity: 'warning' });
    else if (!contact.emails.includes(email)) contact.emails.push(email);
  }
  for (const value of texts(card, 'tel')) {
    const phone = value.replace(/^tel:/i, '').trim();
    if (phone && !contact.phones.includes(phone)) contact.phones.push(phone);
  }
  contact.linkedinUrl = linkedinProfile(card);
  for (const address of card.getAllProperties('adr')) {
    const parts = components(address.getFirstValue());
    const place = [...new Set([parts[3], parts[4], parts[6]].filter(Boolean))].join(', ');
    if (place) {
      contact.location = place;
      break;
    }
  }
  contact.notes = texts(card, 'note').join('\n');
  contact.tags = [...new Set(texts(card, 'categories'))];

  if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && contact.phones.length === 0) {
    issues.push({ file: fileName, line, reason: 'the card has no name, email or phone, so it cannot name a person; skipped', severity: 'error' });
    return null;
  }
  return contact;
}

/** From URL, or from X-SOCIALPROFILE (Apple, Google), whose value may be a URL or only the user name in x-user. */
function linkedinProfile(card: Card): string {
  const url = texts(card, 'url').find((value) => linkedinSlug(value));
  if (url) return canonicalLinkedinUrl(url);
  for (const property of card.getAllProperties('x-socialprofile')) {
    const value = String(property.getFirstValue() ?? '').trim();
    if (linkedinSlug(value)) return canonicalLinkedinUrl(value);
    const isLinkedin = parameter(property, 'type').some((type) => type.toLowerCase() === 'linkedin');
    const user = parameter(property, 'x-user')[0]?.trim();
    if (isLinkedin && user) return canonicalLinkedinUrl(`https://www.linkedin.com/in/${user}`);
  }
  return '';
}
