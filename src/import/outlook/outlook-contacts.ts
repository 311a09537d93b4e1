// Outlook contacts CSV export (Outlook desktop and Outlook.com) to contacts.
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, looksLikeLinkedinButIsNot, normalizeEmail } from '../../core/contacts/identity.ts';
import { personName } from '../text/person-name.ts';
import { readHeaderedCsv, type HeaderedRow } from '../csv/headered-csv.ts';
import type { InputFile, ParseResult } from '../import-issue.ts';

const EXPECTED =
  'an Outlook contacts CSV export with English column names (Outlook names the columns in the language of Office; ' +
  'for another language import the file as a generic CSV with a column mapping)';

const EMAIL_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
/** The person's own numbers; "Company Main Phone", pagers and faxes are left out on purpose. */
const PHONE_COLUMNS = ['Primary Phone', 'Mobile Phone', 'Business Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Other Phone'];
const WEB_COLUMNS = ['Web Page', 'Personal Web Page'];

export function parseOutlookContacts(file: InputFile): ParseResult<ContactInput> {
  const csv = readHeaderedCsv(file, { required: ['First Name', 'Last Name', 'E-mail Address'], expected: EXPECTED });
  if (!csv.ok) return { rows: [], issues: csv.issues.list() };

  const issues = csv.issues;
  const rows: ContactInput[] = [];
  for (const row of csv.rows) {
    const contact = emptyContactInput(row.line);
    contact.tie = 'knows';
    // "Title" is the honorific (Mr., Dr.): not part of a name or a job. "Suffix" (Jr., PhD) is kept on the name.
    Object.assign(contact, personName({ first: row.get('First Name'), last: row.get('Last Name'), suffix: row.get('Suffix') }));
    contact.company = row.get('Company');
    contact.title = row.get('Job Title');
    contact.location = location(row);
    contact.notes = row.get('Notes');
    contact.tags = [...new Set(row.get('Categories').split(';').map((tag) => tag.trim()).filter(Boolean))];

    for (const column of EMAIL_COLUMNS) {
      const value = row.get(column);
      if (!value) continue;
      const email = normalizeEmail(value) || exchangeFallback(row, column);
      if (!email) {
        const reason = value.startsWith('/')
          ? `"${value.slice(0, 40)}..." is an internal Exchange address, not an email; it was left out (add the person's email in Outlook and export again)`
          : `"${value}" is not an email address; it was left out`;
        issues.column(value.startsWith('/') ? 'exchange' : 'email', { file: file.name, line: row.line, field: column, reason, severity: 'warning' });
      } else if (!contact.emails.includes(email)) contact.emails.push(email);
    }
    for (const column of PHONE_COLUMNS) {
      const phone = row.get(column);
      if (phone && !contact.phones.includes(phone)) contact.phones.push(phone);
    }
    const profile = WEB_COLUMNS.map((column) => row.get(column)).find((url) => linkedinSlug(url));
    if (profile) contact.linkedinUrl = canonicalLinkedinUrl(profile);
    for (const column of WEB_COLUMNS.filter((name) => looksLikeLinkedinButIsNot(row.get(name)))) {
      issues.column('url', { file: file.name, line: row.line, field: column, reason: `"${row.get(column)}" is not a LinkedIn profile URL (https://www.linkedin.com/in/...); it was not stored as one`, severity: 'warning' });
    }

    if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && contact.phones.length === 0) {
      issues.push({ file: file.name, line: row.line, reason: 'the contact has no name, email or phone, so it cannot name a person; skipped', severity: 'error' });
      continue;
    }
    rows.push(contact);
  }
  return { rows, issues: issues.list() };
}

/**
 * Contacts from a company directory carry an Exchange path ("/o=ExchangeLabs/...") as their address, with the
 * real address often in the display name: "Jane Doe (jane@acme.com)".
 */
function exchangeFallback(row: HeaderedRow, column: string): string {
  const display = row.get(column.replace('Address', 'Display Name'));
  const inside = /\(([^()\s]+@[^()\s]+)\)/.exec(display) ?? /<([^<>\s]+@[^<>\s]+)>/.exec(display);
  return inside ? normalizeEmail(inside[1]) : '';
}

/** Where the person works, or lives when no business address is given: "City, State, Country". */
function location(row: HeaderedRow): string {
  for (const place of ['Business', 'Home', 'Other']) {
    const parts = [row.get(`${place} City`), row.get(`${place} State`), row.get(`${place} Country/Region`)].filter(Boolean);
    if (parts.length > 0) return [...new Set(parts)].join(', ');
  }
  return row.get('Location');
}
