// Any CSV (prospect lists, CRM and lead-tool exports) read through a column mapping from our fields to its headers.
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, normalizeEmail } from '../../core/contacts/identity.ts';
import { ReferableError } from '../../core/errors.ts';
import { openHeaderedCsv, readHeaderedCsv, type HeaderedCsv, type HeaderedCsvOptions, type HeaderedRow } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile, ParseResult } from '../import-issue.ts';
import { isPhoneNumberOnly, personName } from '../text/person-name.ts';
import type { IssueLog } from '../issue-log.ts';
import type { ReadOptions } from '../read-options.ts';
import { connectionDateReason, readConnectionDate } from '../text/connection-date.ts';

export type GenericField =
  | 'firstName' | 'lastName' | 'name' | 'email' | 'phone' | 'company' | 'position'
  | 'location' | 'industry' | 'url' | 'connectedOn' | 'notes' | 'tags';

/** Our field -> the file's column header. */
export type ColumnMap = Partial<Record<GenericField, string>>;

interface FieldSpec {
  field: GenericField;
  label: string;
  /** Names accepted in a mapping besides the label. */
  aliases: string[];
  /** Headers mapped automatically when no mapping is given (CRM, Apollo, Sales Navigator tools, spreadsheets). */
  synonyms: string[];
}

const FIELDS: FieldSpec[] = [
  { field: 'firstName', label: 'First Name', aliases: [], synonyms: ['First Name', 'Given Name', 'First', 'Forename'] },
  { field: 'lastName', label: 'Last Name', aliases: [], synonyms: ['Last Name', 'Surname', 'Family Name', 'Last'] },
  { field: 'name', label: 'Name', aliases: ['Full Name'], synonyms: ['Name', 'Full Name', 'Contact', 'Contact Name', 'Display Name', 'Person Name'] },
  { field: 'email', label: 'Email', aliases: ['E-mail'], synonyms: ['Email', 'E-mail', 'Email Address', 'E-mail Address', 'Mail', 'Work Email', 'Business Email', 'Primary Email'] },
  { field: 'phone', label: 'Phone', aliases: [], synonyms: ['Phone', 'Phone Number', 'Mobile', 'Mobile Phone', 'Telephone', 'Work Phone', 'Direct Phone'] },
  { field: 'company', label: 'Company', aliases: [], synonyms: ['Company', 'Company Name', 'Employer', 'Organization', 'Organisation', 'Current Company', 'Account Name'] },
  // "Job Title" before "Title": where both exist (Outlook, many CRMs) "Title" is the honorific (Mr., Dr.).
  { field: 'position', label: 'Position', aliases: ['Title'], synonyms: ['Position', 'Job Title', 'Current Title', 'Title', 'Role', 'Occupation'] },
  { field: 'location', label: 'Location', aliases: [], synonyms: ['Location', 'Address', 'Geography'] },
  { field: 'industry', label: 'Industry', aliases: [], synonyms: ['Industry', 'Sector'] },
  { field: 'url', label: 'URL', aliases: ['LinkedIn'], synonyms: ['URL', 'LinkedIn', 'LinkedIn URL', 'LinkedIn Profile', 'LinkedIn Profile URL', 'Profile URL', 'Person LinkedIn URL'] },
  { field: 'connectedOn', label: 'Connected On', aliases: [], synonyms: ['Connected On', 'Connection Date', 'Date Connected'] },
  { field: 'notes', label: 'Notes', aliases: [], synonyms: ['Notes', 'Note', 'Comments'] },
  { field: 'tags', label: 'Tags', aliases: [], synonyms: ['Tags', 'Labels', 'Lists', 'Categories'] },
];

export const GENERIC_FIELD_NAMES: readonly string[] = FIELDS.map((spec) => spec.label);

/** "E-mail", "e_mail" and "EMAIL" are one name to us: compare letters and digits only. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lead tools split the place into columns; without a Location column they are joined "City, State, Country". */
const PLACE_PARTS = ['City', 'State', 'Region', 'Province', 'Country'].map(key);

const BY_NAME = new Map<string, GenericField>();
for (const spec of FIELDS) for (const name of [spec.label, ...spec.aliases]) BY_NAME.set(key(name), spec.field);

function invalid(message: string, details: Record<string, unknown>): ReferableError {
  return new ReferableError('INVALID_INPUT', `${message}. Valid fields: ${GENERIC_FIELD_NAMES.join(', ')}`, details);
}

/** Parses "Company=Employer,Position=Role" (our field = their header). Bad text is the user's input error, so it throws. */
export function parseColumnMap(text: string): ColumnMap {
  const map: ColumnMap = {};
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) throw invalid('the column mapping is empty; write it as "Company=Employer,Position=Role"', { mapping: text });
  for (const part of parts) {
    const at = part.indexOf('=');
    const ours = at < 0 ? '' : part.slice(0, at).trim();
    const theirs = at < 0 ? '' : part.slice(at + 1).trim();
    if (!ours || !theirs) {
      throw invalid(`"${part}" is not a mapping; write OUR_FIELD=THEIR_COLUMN, as in "Company=Employer"`, { part });
    }
    const field = BY_NAME.get(key(ours));
    if (!field) throw invalid(`"${ours}" (in "${part}") is not a field we know`, { part, field: ours });
    if (map[field] !== undefined) throw invalid(`"${ours}" is mapped twice (in "${part}")`, { part, field: ours });
    map[field] = theirs;
  }
  return map;
}

/**
 * Maps headers that already name one of our fields or a common synonym. Synonyms are listed best first, so a file
 * with both "Job Title" and "Title" gives the job title; among columns with the same name the first wins.
 */
export function autoColumnMap(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  for (const spec of FIELDS) {
    for (const synonym of spec.synonyms.map(key)) {
      const column = header.find((name) => key(name) === synonym);
      if (column === undefined) continue;
      map[spec.field] = column;
      break;
    }
  }
  return map;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);
const POST_NOMINAL = /^(?:phd|md|mba|jr|sr|ii|iii|iv|cpa|pmp|esq|msc|cfa|frsa)\.?(?:\s*,.*)?$/i;

/** The last word is the last name, with lower-case particles before it ("Ludwig van Beethoven" -> "van Beethoven"). */
function splitWords(text: string): { firstName: string; lastName: string } {
  const words = text.split(' ').filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}

/**
 * Splits a full name into first and last, spelling kept as written: "Doe, Jane" is last-first order, and
 * "Dana Reyes, PhD" keeps its post-nominal on the last name the way LinkedIn shows it.
 */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const text = full.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const before = text.slice(0, comma).trim();
    const after = text.slice(comma + 1).trim();
    if (before.includes(' ')) {
      const split = splitWords(before);
      return split.lastName ? { firstName: split.firstName, lastName: `${split.lastName}${text.slice(comma)}` } : split;
    }
    if (after && !POST_NOMINAL.test(after)) return { firstName: after, lastName: before };
    if (after) return { firstName: text, lastName: '' };
  }
  return splitWords(text);
}

const EXPECTED = 'a CSV file with a header row';

/** The header candidates: the mapped columns (so a preamble is skipped), else the first row. */
function headerCandidates(wanted: string[]): HeaderedCsvOptions[] {
  const firstRow: HeaderedCsvOptions = { required: [], expected: EXPECTED };
  return wanted.length > 0 ? [{ required: wanted, expected: EXPECTED }, firstRow] : [firstRow];
}

/** Reads the file, finding the header by the mapped columns (so a preamble is skipped) or taking the first row. */
function readTable(file: InputFile, wanted: string[]): HeaderedCsv {
  if (wanted.length > 0) {
    const csv = readHeaderedCsv(file, { required: wanted, expected: EXPECTED });
    if (csv.ok) return csv;
  }
  return readHeaderedCsv(file, { required: [], expected: EXPECTED });
}

function listHeaders(header: string[]): string {
  return header.filter(Boolean).map((name) => `"${name}"`).join(', ') || '(none)';
}

/** The mapped columns of our fields that the file names as its own. */
function wantedColumns(map: ColumnMap | undefined): string[] {
  const explicit = map !== undefined && Object.keys(map).length > 0;
  return explicit ? [...new Set(Object.values(map).filter((column): column is string => Boolean(column)))] : [];
}

const NAME_FIELDS: readonly GenericField[] = ['firstName', 'lastName', 'name'];

/**
 * The user's mapping overrides the automatic one field by field, so "Company=Employer" alone still finds the Name
 * and Email columns. A column the user mapped is theirs: it is not also auto-mapped to another field. The name
 * fields go together, because First/Last Name win over Name when a row is read and would hide the user's choice.
 */
export function mergeColumnMaps(auto: ColumnMap, explicit: ColumnMap): ColumnMap {
  const taken = new Set(Object.values(explicit).filter((column): column is string => Boolean(column)).map(key));
  const namesMapped = NAME_FIELDS.some((field) => explicit[field]);
  const columns: ColumnMap = {};
  for (const [field, column] of Object.entries(auto) as [GenericField, string][]) {
    if (taken.has(key(column)) || (namesMapped && NAME_FIELDS.includes(field))) continue;
    columns[field] = column;
  }
  return { ...columns, ...explicit };
}

interface ColumnPlan {
  columns: ColumnMap;
  placeColumns: string[];
}

/** Which column feeds which field, or the file-level error that stops the file (a mapped column missing, no identity). */
function planColumns(fileName: string, header: string[], map: ColumnMap | undefined, wanted: string[]): ColumnPlan | ImportIssue {
  const present = new Set(header.map((name) => name.toLowerCase()));
  const missing = wanted.filter((name) => !present.has(name.toLowerCase()));
  if (missing.length > 0) {
    const reason = `the mapped column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the file; its headers are ${listHeaders(header)}. Fix the column mapping`;
    return { file: fileName, reason, severity: 'error' };
  }
  const columns = mergeColumnMaps(autoColumnMap(header), wanted.length > 0 && map ? map : {});
  const taken = new Set(wanted.map(key));
  const placeColumns = columns.location
    ? []
    : PLACE_PARTS.flatMap((part) => header.filter((name) => key(name) === part && !taken.has(part)).slice(0, 1));
  if (!columns.firstName && !columns.lastName && !columns.name && !columns.email && !columns.url) {
    const reason = `no column holds a name, email or LinkedIn URL; the headers are ${listHeaders(header)}. Give a column mapping such as "Name=Contact,Email=Mail" (fields: ${GENERIC_FIELD_NAMES.join(', ')})`;
    return { file: fileName, reason, severity: 'error' };
  }
  return { columns, placeColumns };
}

export interface GenericReadOptions extends ReadOptions {
  /** Add a note on how the file was read (it was detected as "some CSV", not chosen with --source csv). */
  note?: boolean;
}

/** The info issue that says a file was read as a generic CSV and which columns fed which fields. */
function readingNote(fileName: string, header: string[], plan: ColumnPlan): ImportIssue {
  const used = FIELDS.filter((spec) => plan.columns[spec.field]).map((spec) => `${spec.label} from "${plan.columns[spec.field]}"`);
  if (plan.placeColumns.length > 0) used.push(`Location from ${plan.placeColumns.map((column) => `"${column}"`).join(' + ')}`);
  const taken = new Set([...Object.values(plan.columns), ...plan.placeColumns].map((column) => key(column ?? '')));
  const unused = header.filter((name) => name && !taken.has(key(name)));
  const left = unused.length > 0 ? `; not read: ${unused.slice(0, 8).map((name) => `"${name}"`).join(', ')}${unused.length > 8 ? `, and ${unused.length - 8} more` : ''}` : '';
  return {
    file: fileName,
    severity: 'info',
    reason: `read as a generic CSV (it is not a LinkedIn, Google or Outlook export): ${used.join(', ')}${left}. Give --map to use other columns, or --source to read it as another format`,
  };
}

/** Reads any CSV with an explicit mapping (from parseColumnMap) or, without one, by recognising its headers. */
export function parseGenericCsv(file: InputFile, map?: ColumnMap, options: GenericReadOptions = {}): ParseResult<ContactInput> {
  const wanted = wantedColumns(map);
  const csv = readTable(file, wanted);
  if (!csv.ok) return { rows: [], issues: csv.issues.list() };
  const plan = planColumns(file.name, csv.header, map, wanted);
  if ('reason' in plan) return { rows: [], issues: [...csv.issues.list().filter((issue) => issue.line === undefined), plan] };
  if (options.note) csv.issues.push(readingNote(file.name, csv.header, plan));
  const rows: ContactInput[] = [];
  for (const row of csv.rows) {
    const contact = readRow(file.name, row, plan.columns, plan.placeColumns, csv.issues, options);
    if (contact) rows.push(contact);
  }
  return { rows, issues: csv.issues.list() };
}

/** The same from a stream of byte chunks, so a large CRM export is never held whole. A file damaged anywhere gives no rows. */
export async function streamGenericCsv(fileName: string, chunks: AsyncIterable<Uint8Array>, map?: ColumnMap, options: GenericReadOptions = {}): Promise<ParseResult<ContactInput>> {
  const wanted = wantedColumns(map);
  const csv = await openHeaderedCsv(fileName, chunks, headerCandidates(wanted));
  if (!csv.ok) return { rows: [], issues: csv.issues.list() };
  const plan = planColumns(fileName, csv.header, map, wanted);
  if ('reason' in plan) return { rows: [], issues: [...csv.issues.list().filter((issue) => issue.line === undefined), plan] };
  if (options.note) csv.issues.push(readingNote(fileName, csv.header, plan));
  const rows: ContactInput[] = [];
  for await (const batch of csv.rows()) {
    for (const row of batch) {
      const contact = readRow(fileName, row, plan.columns, plan.placeColumns, csv.issues, options);
      if (contact) rows.push(contact);
    }
  }
  return { rows: csv.ok ? rows : [], issues: csv.issues.list() };
}

function readRow(fileName: string, row: HeaderedRow, columns: ColumnMap, placeColumns: string[], issues: IssueLog, options: ReadOptions): ContactInput | null {
  const get = (field: GenericField): string => {
    const column = columns[field];
    return column ? row.get(column) : '';
  };
  /** One issue per column and kind of problem, however many rows have it. */
  const warn = (field: GenericField, kind: string, reason: string) =>
    issues.column(kind, { file: fileName, line: row.line, field: columns[field] ?? field, reason, severity: 'warning' });

  const contact = emptyContactInput(row.line);
  contact.firstName = get('firstName');
  contact.lastName = get('lastName');
  if (!contact.firstName && !contact.lastName && get('name')) {
    if (!isPhoneNumberOnly(get('name'))) Object.assign(contact, splitFullName(get('name')));
  }
  else Object.assign(contact, personName({ first: contact.firstName, last: contact.lastName, display: get('name') }));

  for (const raw of get('email').split(/[;,]/).map((part) => part.trim()).filter(Boolean)) {
    // "Jane Doe <jane@x.com>" is how mail clients copy an address.
    const email = normalizeEmail(/<([^>]*)>/.exec(raw)?.[1] ?? raw);
    if (!email) warn('email', 'email', `"${raw}" is not an email address; it was left out`);
    else if (!contact.emails.includes(email)) contact.emails.push(email);
  }
  contact.phones = [...new Set(get('phone').split(';').map((phone) => phone.trim()).filter(Boolean))];

  const url = get('url');
  if (url && linkedinSlug(url)) contact.linkedinUrl = canonicalLinkedinUrl(url);
  else if (url) warn('url', 'url', `"${url}" is not a LinkedIn profile URL (linkedin.com/in/...); it was left out`);

  contact.company = get('company');
  contact.title = get('position');
  const place = [...new Set(placeColumns.map((column) => row.get(column)).filter(Boolean))].join(', ');
  contact.location = get('location').replace(/\s*\r?\n\s*/g, ', ') || place;
  contact.industry = get('industry');
  contact.notes = get('notes');
  contact.tags = [...new Set(get('tags').split(/[;,]/).map((tag) => tag.trim()).filter(Boolean))];

  const rawConnected = get('connectedOn');
  const connected = readConnectionDate(rawConnected, options.today);
  contact.connectedOn = connected.date;
  if (connected.problem) {
    const unreadable = `"${rawConnected}" is not a date we read (use YYYY-MM-DD); the person was imported as a prospect`;
    warn('connectedOn', `date-${connected.problem}`, connectionDateReason(rawConnected, connected.problem, options.today ?? '', unreadable));
  }
  // A connection date means the list records existing connections; without one the rows are prospects. A date from
  // the future is no date, but the row still says they are connected.
  contact.tie = contact.connectedOn || connected.problem === 'future' ? 'connected' : null;

  if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && !contact.linkedinUrl && contact.phones.length === 0) {
    issues.push({ file: fileName, line: row.line, reason: 'the row has no name, email, phone or LinkedIn URL, so it cannot name a person; row skipped', severity: 'error' });
    return null;
  }
  return contact;
}
