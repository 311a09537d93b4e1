// LinkedIn Connections.csv: with or without the "Notes:" preamble, with or without the URL column (older exports).
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, normalizeEmail } from '../../core/contacts/identity.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { InputFile, ParseResult } from '../import-issue.ts';
import { parseDate } from '../text/parse-date.ts';

export const CONNECTIONS_HEADER = ['First Name', 'Last Name', 'Connected On'] as const;

export function parseConnections(file: InputFile): ParseResult<ContactInput> {
  const csv = readHeaderedCsv(file, { required: CONNECTIONS_HEADER, expected: "a LinkedIn Connections.csv" });
  const issues = csv.issues;
  const rows: ContactInput[] = [];
  for (const row of csv.rows) {
    const contact = emptyContactInput(row.line);
    contact.firstName = row.get('First Name');
    contact.lastName = row.get('Last Name');
    contact.linkedinUrl = row.get('URL') ? canonicalLinkedinUrl(row.get('URL')) : '';
    contact.company = row.get('Company');
    contact.title = row.get('Position');
    contact.tie = 'connected';
    const rawDate = row.get('Connected On');
    contact.connectedOn = parseDate(rawDate);
    if (rawDate && !contact.connectedOn) {
      issues.push({ file: file.name, line: row.line, field: 'Connected On', reason: `"${rawDate}" is not a date; the connection date was left empty`, severity: 'warning' });
    }
    const rawEmail = row.get('Email Address');
    const email = normalizeEmail(rawEmail);
    if (email) contact.emails = [email];
    else if (rawEmail) {
      issues.push({ file: file.name, line: row.line, field: 'Email Address', reason: `"${rawEmail}" is not an email address; it was left out`, severity: 'warning' });
    }
    if (!contact.firstName && !contact.lastName && !contact.linkedinUrl && !email) {
      // LinkedIn writes members who hide their connections as rows with only a date.
      issues.push({ file: file.name, line: row.line, reason: 'hidden profile: LinkedIn exported only a date for this connection, so there is nothing to import', severity: 'error' });
      continue;
    }
    rows.push(contact);
  }
  return { rows, issues };
}
