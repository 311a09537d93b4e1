// LinkedIn's Contacts.csv (the address books a member synced: phone, Google, Outlook) and the 2018 Imported
// Contacts.csv: people the member knows, with the emails and phones LinkedIn's Connections.csv mostly lacks.
import { emptyContactInput, type ContactInput } from '../../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, nameKey, normalizeEmail } from '../../core/contacts/identity.ts';
import { readHeaderedCsv, type HeaderedRow } from '../csv/headered-csv.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { InputFile, ParseResult } from '../import-issue.ts';

/** The first non-empty of several spellings of a column (2018: "Email Address", now: "Emails"). */
function pick(row: HeaderedRow, ...columns: string[]): { column: string; value: string } {
  for (const column of columns) {
    const value = row.get(column);
    if (value) return { column, value };
  }
  return { column: columns[0], value: '' };
}

/** A list cell: LinkedIn joins values with commas or semicolons, sometimes inside brackets. */
function listOf(cell: string, separators: RegExp): string[] {
  return cell.replace(/^\[|\]$/g, '').split(separators).map((part) => part.trim().replace(/^"|"$/g, '')).filter(Boolean);
}

/**
 * One contact per address-book entry, tie "knows". Column names compare without spaces, so "FirstName" (now) and
 * "First Name" (2018) are one column. An entry with no name, email or phone names nobody and is skipped.
 */
export function parseAddressBook(file: InputFile): ParseResult<ContactInput> {
  const csv = readHeaderedCsv(file, { required: ['FirstName', 'LastName'], expected: 'a LinkedIn Contacts.csv', looseNames: true });
  const rows: ContactInput[] = [];
  for (const row of csv.rows) {
    const contact = emptyContactInput(row.line);
    contact.tie = 'knows';
    contact.firstName = row.get('FirstName');
    contact.lastName = row.get('LastName');
    if (!contact.firstName && !contact.lastName) Object.assign(contact, splitFullName(row.get('FullName')));
    const emails = pick(row, 'Emails', 'EmailAddress');
    for (const value of listOf(emails.value, /[,;\s]+/)) {
      const email = normalizeEmail(value);
      if (!email) csv.issues.column('email', { file: file.name, line: row.line, field: emails.column, reason: `"${value}" is not an email address; it was left out`, severity: 'warning' });
      else if (!contact.emails.includes(email)) contact.emails.push(email);
    }
    // Numbers keep their spaces ("+1 415 555 0100"); only commas and semicolons separate them.
    contact.phones = [...new Set(listOf(pick(row, 'PhoneNumbers').value, /[,;]/))];
    contact.company = row.get('Companies');
    contact.title = row.get('Title');
    contact.location = row.get('Location');
    const profile = listOf(`${row.get('Profiles')},${row.get('Sites')}`, /[,;\s]+/).find((url) => linkedinSlug(url));
    if (profile) contact.linkedinUrl = canonicalLinkedinUrl(profile);
    if (!contact.firstName && !contact.lastName && contact.emails.length === 0 && contact.phones.length === 0 && !contact.linkedinUrl) {
      csv.issues.push({ file: file.name, line: row.line, reason: 'the contact has no name, email or phone, so it cannot name a person; skipped', severity: 'error' });
      continue;
    }
    rows.push(contact);
  }
  return { rows, issues: csv.issues.list() };
}

/**
 * Folds address-book entries into the connections of the same export: an entry whose profile URL or email matches a
 * connection, or whose full name is the name of exactly one connection, gives that connection its emails and phones
 * instead of becoming a second contact. The others are returned, to be imported as people the member knows.
 */
export function joinAddressBook(connections: ContactInput[], entries: ContactInput[]): ContactInput[] {
  const bySlug = new Map<string, ContactInput>();
  const byEmail = new Map<string, ContactInput>();
  const byName = new Map<string, ContactInput | null>();
  for (const connection of connections) {
    const slug = linkedinSlug(connection.linkedinUrl);
    if (slug) bySlug.set(slug, connection);
    for (const email of connection.emails) byEmail.set(email, connection);
    const name = nameKey(connection.firstName, connection.lastName);
    // Two connections with one name: a name alone cannot say which.
    if (name) byName.set(name, byName.has(name) ? null : connection);
  }
  const rest: ContactInput[] = [];
  for (const entry of entries) {
    const match =
      bySlug.get(linkedinSlug(entry.linkedinUrl)) ??
      entry.emails.map((email) => byEmail.get(email)).find(Boolean) ??
      byName.get(nameKey(entry.firstName, entry.lastName)) ??
      null;
    if (!match) {
      rest.push(entry);
      continue;
    }
    for (const email of entry.emails) if (!match.emails.includes(email)) match.emails.push(email);
    for (const phone of entry.phones) if (!match.phones.includes(phone)) match.phones.push(phone);
  }
  return rest;
}
