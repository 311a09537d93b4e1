// Google Contacts CSV export ("Google CSV"), in the current (2023+) layout and the legacy one, to contacts.
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, looksLikeLinkedinButIsNot, normalizeEmail } from '../../core/contacts/identity.ts';
import { isPhoneNumberOnly, personName } from '../text/person-name.ts';
import { readHeaderedCsv, type HeaderedRow } from '../csv/headered-csv.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { InputFile, ParseResult } from '../import-issue.ts';

/** Column names that differ between the two layouts; multi-valued columns are found by pattern instead. */
interface Layout {
  firstName: string;
  lastName: string;
  fullName: string;
  company: string;
  title: string;
  tags: string;
}

const CURRENT: Layout = {
  firstName: 'First Name',
  lastName: 'Last Name',
  fullName: 'File As',
  company: 'Organization Name',
  title: 'Organization Title',
  tags: 'Labels',
};

const LEGACY: Layout = {
  firstName: 'Given Name',
  lastName: 'Family Name',
  fullName: 'Name',
  company: 'Organization 1 - Name',
  title: 'Organization 1 - Title',
  tags: 'Group Membership',
};

const EXPECTED = 'a Google Contacts export (contacts.google.com > Export > Google CSV)';

/** Google packs several values into one cell separated by " ::: " (two emails, two labels). */
function multi(cell: string): string[] {
  return cell.split(':::').map((value) => value.trim()).filter(Boolean);
}

/** Google's own groups; "* myContacts" is on every contact and says nothing about the person. */
const SYSTEM_LABELS = new Set(['mycontacts', 'starred']);

function labelsToTags(cell: string): string[] {
  const tags: string[] = [];
  for (const label of multi(cell)) {
    const system = label.startsWith('*');
    const name = label.replace(/^\*\s*/, '').trim();
    if (!name || (system && SYSTEM_LABELS.has(name.toLowerCase().replace(/\s+/g, '')))) continue;
    if (!tags.includes(name)) tags.push(name);
  }
  return tags;
}

function columnsLike(header: string[], pattern: RegExp): string[] {
  return header.filter((name) => pattern.test(name));
}

export function parseGoogleContacts(file: InputFile): ParseResult<ContactInput> {
  let layout = CURRENT;
  let csv = readHeaderedCsv(file, { required: [CURRENT.firstName, CURRENT.lastName], expected: EXPECTED });
  if (!csv.ok) {
    layout = LEGACY;
    csv = readHeaderedCsv(file, {
      required: [LEGACY.firstName, LEGACY.lastName],
      expected: `${EXPECTED}; the current layout has "First Name" and "Last Name" columns`,
    });
  }
  if (!csv.ok) return { rows: [], issues: csv.issues.list() };

  const lower = new Set(csv.header.map((name) => name.toLowerCase()));
  if (lower.has('e-mail address') && !lower.has('e-mail 1 - value')) {
    // Google also offers "Outlook CSV"; read as Google CSV it would silently lose every email.
    const reason = 'this is an Outlook CSV (it has "E-mail Address", not "E-mail 1 - Value"); import it as Outlook, or export again as Google CSV';
    return { rows: [], issues: [...csv.issues.list(), { file: file.name, reason, severity: 'error' }] };
  }

  const emailColumns = columnsLike(csv.header, /^e-mail \d+ - value$/i);
  const phoneColumns = columnsLike(csv.header, /^phone \d+ - value$/i);
  const websiteColumns = columnsLike(csv.header, /^website \d+ - value$/i);
  const issues = csv.issues;
  const rows: ContactInput[] = [];
  for (const row of csv.rows) {
    const contact = emptyContactInput(row.line);
    contact.tie = 'knows';
    contact.firstName = row.get(layout.firstName);
    contact.lastName = row.get(layout.lastName);
    if (contact.firstName || contact.lastName) {
      // The suffix and the note after a comma in the display name ("Mario, Happy Store") are part of who this is.
      Object.assign(contact, personName({ first: contact.firstName, last: contact.lastName, suffix: row.get('Name Suffix'), display: multi(row.get(layout.fullName))[0] }));
    } else {
      // Contacts saved from a phone or a signature may have only the display name; for a company card
      // Google files it under the company name, which is not a person's name.
      const full = multi(row.get(layout.fullName))[0] ?? '';
      if (full && full !== multi(row.get(layout.company))[0] && !isPhoneNumberOnly(full)) Object.assign(contact, splitFullName(full));
    }

    for (const column of emailColumns) {
      for (const value of multi(row.get(column))) {
        const email = normalizeEmail(value);
        if (!email) {
          issues.column('email', { file: file.name, line: row.line, field: column, reason: `"${value}" is not an email address; it was left out`, severity: 'warning' });
        } else if (!contact.emails.includes(email)) contact.emails.push(email);
      }
    }
    for (const column of phoneColumns) {
      for (const phone of multi(row.get(column))) if (!contact.phones.includes(phone)) contact.phones.push(phone);
    }
    for (const column of websiteColumns) {
      const urls = multi(row.get(column));
      const profile = urls.find((url) => linkedinSlug(url));
      if (profile && !contact.linkedinUrl) contact.linkedinUrl = canonicalLinkedinUrl(profile);
      for (const url of urls.filter(looksLikeLinkedinButIsNot)) {
        issues.column('url', { file: file.name, line: row.line, field: column, reason: `"${url}" is not a LinkedIn profile URL (https://www.linkedin.com/in/...); it was not stored as one`, severity: 'warning' });
      }
    }

    contact.company = multi(row.get(layout.company))[0] ?? '';
    contact.title = multi(row.get(layout.title))[0] ?? '';
    contact.location = location(row, layout);
    contact.notes = row.get('Notes');
    contact.tags = labelsToTags(row.get(layout.tags));

    if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && contact.phones.length === 0) {
      issues.push({ file: file.name, line: row.line, reason: 'the contact has no name, email or phone, so it cannot name a person; skipped', severity: 'error' });
      continue;
    }
    rows.push(contact);
  }
  return { rows, issues: issues.list() };
}

/** "City, Region, Country" from the first address; the formatted address flattened to one line otherwise. */
function location(row: HeaderedRow, layout: Layout): string {
  const part = (name: string) => multi(row.get(`Address 1 - ${name}`))[0] ?? '';
  const compact = [part('City'), part('Region'), part('Country')].filter(Boolean);
  if (compact.length > 0) return [...new Set(compact)].join(', ');
  const formatted = part('Formatted').split(/\s*[\r\n]+\s*/).filter(Boolean).join(', ');
  if (formatted) return formatted;
  return layout === LEGACY ? row.get('Location') : '';
}
