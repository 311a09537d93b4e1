// vCard files (.vcf: 2.1, 3.0 and 4.0 as phones, Apple, Google and Outlook write them) to contacts, card by card.
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, looksLikeLinkedinButIsNot, normalizeEmail } from '../../core/contacts/identity.ts';
import { isPhoneNumberOnly, personName } from '../text/person-name.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { ImportIssue, InputFile, ParseResult } from '../import-issue.ts';
import { decodeText, sniffEncoding } from '../text/decode-text.ts';
import { splitCards, unfoldCard, type CardBlock } from './content-lines.ts';
import { dropPictureBytes } from './drop-picture-bytes.ts';
import { rejoinSplitCharacters } from './split-characters.ts';
import { hasParameterValue, parameterUpper, parseProperty, type VCardProperty } from './vcard-property.ts';
import { decodeQuotedPrintable, listItems, structuredParts, unescapeText, versionOf, type VCardVersion } from './vcard-text.ts';

/** Quoted-printable values read as Windows-1252 because they had no usable CHARSET: reported once per file. */
interface GuessTally {
  count: number;
  firstLine: number;
}

export function parseVCard(file: InputFile): ParseResult<ContactInput> {
  const sniffed = sniffEncoding(file.bytes);
  const utf16 = sniffed.kind === 'utf-16le' || sniffed.kind === 'utf-16be';
  // Pictures' folded lines are cut from UTF-8 bytes before decoding (a file sniffed as binary keeps its bytes and its error).
  const decoded = decodeText(file.name, utf16 || sniffed.kind === 'binary' ? file.bytes : dropPictureBytes(rejoinSplitCharacters(file.bytes)));
  if (decoded.text === null) return { rows: [], issues: decoded.issues };
  const issues: ImportIssue[] = [...decoded.issues];
  const blocks = splitCards(file.name, decoded.text, issues);
  if (blocks.length === 0 && issues.every((issue) => issue.severity !== 'error')) {
    const reason = 'there is no BEGIN:VCARD in the file, so it is not a vCard (.vcf) file; export the contacts as vCard and import that';
    return { rows: [], issues: [...issues, { file: file.name, reason, severity: 'error' }] };
  }

  const rows: ContactInput[] = [];
  const guesses: GuessTally = { count: 0, firstLine: 0 };
  for (const block of blocks) {
    // Read one card at a time so a damaged card costs only itself.
    const card = readProperties(file.name, block, issues);
    if (!card) continue;
    const contact = readCard(file.name, block.line, new CardValues(card, guesses), issues);
    if (contact) rows.push(contact);
  }
  if (guesses.count > 0) {
    const values = guesses.count === 1 ? '1 quoted-printable value without a CHARSET is' : `${guesses.count.toLocaleString('en-US')} quoted-printable values without a CHARSET are`;
    issues.push({
      file: file.name,
      line: guesses.firstLine,
      reason: `${values} not UTF-8; they were read as Windows-1252 (Outlook on Windows). Check accented names look right, or export the contacts again as vCard 3.0`,
      severity: 'warning',
    });
  }
  return { rows, issues };
}

/** The card's properties, or null (with an error) when a line is no property at all, so the card cannot be trusted. */
function readProperties(fileName: string, block: CardBlock, issues: ImportIssue[]): VCardProperty[] | null {
  const properties: VCardProperty[] = [];
  for (const content of unfoldCard(block)) {
    const property = parseProperty(content.line, content.text);
    if (!property) {
      const shown = content.text.length > 80 ? `${content.text.slice(0, 80)}…` : content.text;
      issues.push({
        file: fileName,
        line: block.line,
        reason: `the card starting on this line could not be read (line ${content.line}: "${shown}" is not a property, it has no ":"; a folded line may have lost its leading space); it was skipped and the other cards were imported. Fix or remove it and import again`,
        severity: 'error',
      });
      return null;
    }
    if (property.name) properties.push(property);
  }
  return properties;
}

const NONE: readonly VCardProperty[] = [];

/** A card's properties, read as text by the rules of the card's version. */
class CardValues {
  readonly version: VCardVersion;
  /** The properties by name, in card order: a card is asked for some fifteen names, each once or twice. */
  private readonly byName = new Map<string, VCardProperty[]>();

  constructor(properties: VCardProperty[], private readonly guesses: GuessTally) {
    for (const property of properties) {
      const named = this.byName.get(property.name);
      if (named) named.push(property);
      else this.byName.set(property.name, [property]);
    }
    // VERSION may come anywhere in the card (some 2.1 writers put it last).
    this.version = versionOf(this.all('VERSION')[0]?.value ?? '');
  }

  all(name: string): readonly VCardProperty[] {
    return this.byName.get(name) ?? NONE;
  }

  /** The value with its transfer encoding undone, still escaped. */
  raw(property: VCardProperty): string {
    if (!hasParameterValue(property, 'ENCODING', 'QUOTED-PRINTABLE')) return property.value;
    const decoded = decodeQuotedPrintable(property.value, property.params.get('CHARSET')?.[0] ?? '');
    if (decoded.guessedWindows1252) {
      if (this.guesses.count === 0) this.guesses.firstLine = property.line;
      this.guesses.count++;
    }
    return decoded.text;
  }

  /** Every value of a text property (FN, TITLE, NOTE, EMAIL, TEL, URL), unescaped and trimmed; commas are text. */
  texts(name: string): string[] {
    const texts: string[] = [];
    for (const property of this.all(name)) {
      const text = unescapeText(this.raw(property), this.version).trim();
      if (text) texts.push(text);
    }
    return texts;
  }

  /** The parts of the first structured property: N and ADR split values at commas (3.0, 4.0), ORG never does. */
  parts(property: VCardProperty | undefined, lists: boolean): string[] {
    return property ? structuredParts(this.raw(property), this.version, lists) : [];
  }

  list(name: string): string[] {
    return this.all(name).flatMap((property) => listItems(this.raw(property), this.version));
  }
}

/** vCard 4.0's KIND (and Apple's X-ADDRESSBOOKSERVER-KIND), lower-cased; '' when the card does not say. */
function kindOf(card: CardValues): string {
  return (card.texts('KIND')[0] ?? card.texts('X-ADDRESSBOOKSERVER-KIND')[0] ?? '').toLowerCase();
}

/**
 * Whether the card stands for an organisation: Apple's X-ABShowAs:COMPANY, vCard 4.0's KIND:org, or a card that names
 * no person and whose FN is empty or the organisation's name (Google's and Outlook's company cards).
 */
function isOrganisation(card: CardValues, kind: string, company: string, fullName: string): boolean {
  const showAs = card.texts('X-ABSHOWAS').some((value) => value.toUpperCase() === 'COMPANY');
  return showAs || kind === 'org' || kind === 'organization' || (Boolean(company) && (!fullName || fullName === company));
}

function readCard(fileName: string, line: number, card: CardValues, issues: ImportIssue[]): ContactInput | null {
  const kind = kindOf(card);
  if (kind === 'group' || kind === 'location') {
    const what = kind === 'group' ? 'a group (a list of other cards)' : 'a place';
    issues.push({ file: fileName, line, reason: `the card is ${what}, not a person or organisation (KIND:${kind}); skipped`, severity: 'error' });
    return null;
  }
  const contact = emptyContactInput(line);
  contact.tie = 'knows';
  const n = card.parts(card.all('N')[0], true);
  contact.lastName = n[0] ?? '';
  contact.firstName = n[1] ?? '';
  contact.company = card.parts(card.all('ORG')[0], false)[0] ?? '';
  const fullName = card.texts('FN')[0] ?? '';
  if (!contact.firstName && !contact.lastName) {
    if (isOrganisation(card, kind, contact.company, fullName)) {
      // An organisation's card is named as address books show it (FN, else the organisation); it is never split into
      // a first and last name, and the name gives it an identity on re-import even without a phone or email.
      contact.lastName = fullName || contact.company;
      contact.company ||= fullName;
    } else if (fullName && !isPhoneNumberOnly(fullName)) Object.assign(contact, splitFullName(fullName));
  } else {
    // N's suffix (Jr., PhD) and a note after a comma in FN ("Mario, Happy Store") are part of who this is.
    Object.assign(contact, personName({ first: contact.firstName, last: contact.lastName, suffix: n[4], display: fullName }));
  }

  contact.title = card.texts('TITLE')[0] ?? '';
  for (const value of card.texts('EMAIL')) {
    const email = normalizeEmail(value);
    if (!email) issues.push({ file: fileName, line, field: 'EMAIL', reason: `"${value}" is not an email address; it was left out`, severity: 'warning' });
    else if (!contact.emails.includes(email)) contact.emails.push(email);
  }
  for (const value of card.texts('TEL')) {
    const phone = value.replace(/^tel:/i, '').trim();
    if (phone && !contact.phones.includes(phone)) contact.phones.push(phone);
  }
  contact.linkedinUrl = linkedinProfile(card);
  for (const value of [...card.texts('URL'), ...card.all('X-SOCIALPROFILE').map((property) => unescapeText(card.raw(property), card.version).trim())]) {
    if (looksLikeLinkedinButIsNot(value)) {
      issues.push({ file: fileName, line, field: 'URL', reason: `"${value}" is not a LinkedIn profile URL (https://www.linkedin.com/in/...); it was not stored as one`, severity: 'warning' });
    }
  }
  for (const address of card.all('ADR')) {
    const parts = card.parts(address, true);
    const place = distinctPlaces(parts[3], parts[4], parts[6]);
    if (place) {
      contact.location = place;
      break;
    }
  }
  contact.notes = card.texts('NOTE').join('\n');
  const categories = card.list('CATEGORIES');
  contact.tags = categories.length < 2 ? categories : [...new Set(categories)];

  if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && contact.phones.length === 0) {
    issues.push({ file: fileName, line, reason: 'the card has no name, organisation, email or phone, so it cannot name a person; skipped', severity: 'error' });
    return null;
  }
  return contact;
}

/** "Lyon, France" from ADR's locality, region and country: the ones given, each once, in that order. */
function distinctPlaces(locality = '', region = '', country = ''): string {
  let place = locality;
  if (region && region !== locality) place = place ? `${place}, ${region}` : region;
  if (country && country !== locality && country !== region) place = place ? `${place}, ${country}` : country;
  return place;
}

/** From URL, or from X-SOCIALPROFILE (Apple, Google), whose value may be a URL or only the user name in x-user. */
function linkedinProfile(card: CardValues): string {
  const url = card.texts('URL').find((value) => linkedinSlug(value));
  if (url) return canonicalLinkedinUrl(url);
  for (const property of card.all('X-SOCIALPROFILE')) {
    const value = unescapeText(card.raw(property), card.version).trim();
    if (linkedinSlug(value)) return canonicalLinkedinUrl(value);
    const isLinkedin = parameterUpper(property, 'TYPE').includes('LINKEDIN');
    const user = (property.params.get('X-USER') ?? [])[0]?.trim();
    if (isLinkedin && user) return canonicalLinkedinUrl(`https://www.linkedin.com/in/${user}`);
  }
  return '';
}
