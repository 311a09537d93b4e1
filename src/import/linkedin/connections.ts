// LinkedIn Connections.csv: with or without the "Notes:" preamble, with or without the URL column (older exports).
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, normalizeEmail } from '../../core/contacts/identity.ts';
import { openHeaderedCsv, readHeaderedCsv, type HeaderedCsvOptions, type HeaderedRow } from '../csv/headered-csv.ts';
import type { InputFile, ParseResult } from '../import-issue.ts';
import type { IssueLog } from '../issue-log.ts';
import type { ReadOptions } from '../read-options.ts';
import { connectionDateReader, connectionDateReason, type ConnectionDate } from '../text/connection-date.ts';

export const CONNECTIONS_HEADER = ['First Name', 'Last Name', 'Connected On'] as const;

const OPTIONS: HeaderedCsvOptions = { required: CONNECTIONS_HEADER, expected: 'a LinkedIn Connections.csv' };

export function parseConnections(file: InputFile, options: ReadOptions = {}): ParseResult<ContactInput> {
  const csv = readHeaderedCsv(file, OPTIONS);
  const rows: ContactInput[] = [];
  const readDate = connectionDateReader(options.today);
  for (const row of csv.rows) {
    const contact = connectionFromRow(file.name, row, csv.issues, options, readDate);
    if (contact) rows.push(contact);
  }
  return { rows, issues: csv.issues.list() };
}

/** The same, from a stream of byte chunks: a large file is never held whole. A file damaged anywhere gives no rows. */
export async function streamConnections(fileName: string, chunks: AsyncIterable<Uint8Array>, options: ReadOptions = {}): Promise<ParseResult<ContactInput>> {
  const csv = await openHeaderedCsv(fileName, chunks, [OPTIONS]);
  const rows: ContactInput[] = [];
  const readDate = connectionDateReader(options.today);
  for await (const batch of csv.rows()) {
    for (const row of batch) {
      const contact = connectionFromRow(fileName, row, csv.issues, options, readDate);
      if (contact) rows.push(contact);
    }
  }
  return { rows: csv.ok ? rows : [], issues: csv.issues.list() };
}

function connectionFromRow(fileName: string, row: HeaderedRow, issues: IssueLog, options: ReadOptions, readDate: (raw: string) => Readonly<ConnectionDate>): ContactInput | null {
  const contact = emptyContactInput(row.line);
  contact.firstName = row.get('First Name');
  contact.lastName = row.get('Last Name');
  const url = row.get('URL');
  contact.linkedinUrl = url ? canonicalLinkedinUrl(url) : '';
  if (url && !contact.linkedinUrl) {
    // Never stored (or shown) as a profile: "https://www.linkedin.com@evil.com/in/x" is someone else's page.
    issues.column('url', { file: fileName, line: row.line, field: 'URL', reason: `"${url}" is not a LinkedIn profile URL (https://www.linkedin.com/in/...); it was left out`, severity: 'warning' });
  }
  contact.company = row.get('Company');
  contact.title = row.get('Position');
  contact.tie = 'connected';
  const rawEmail = row.get('Email Address');
  const email = normalizeEmail(rawEmail);
  if (!contact.firstName && !contact.lastName && !contact.linkedinUrl && !email) {
    // LinkedIn writes members who hide their connections as rows with only a date.
    issues.push({ file: fileName, line: row.line, reason: 'hidden profile: LinkedIn exported only a date for this connection, so there is nothing to import', severity: 'error' });
    return null;
  }
  const rawDate = row.get('Connected On');
  const connected = readDate(rawDate);
  contact.connectedOn = connected.date;
  if (connected.problem) {
    const unreadable = `"${rawDate}" is not a date; the connection date was left empty`;
    issues.column(`date-${connected.problem}`, {
      file: fileName, line: row.line, field: 'Connected On', severity: 'warning',
      reason: connectionDateReason(rawDate, connected.problem, options.today ?? '', unreadable),
    });
  }
  if (email) contact.emails = [email];
  else if (rawEmail) {
    issues.column('email', { file: fileName, line: row.line, field: 'Email Address', reason: `"${rawEmail}" is not an email address; it was left out`, severity: 'warning' });
  }
  return contact;
}
