// LinkedIn Invitations.csv: who invited whom, a tie-strength signal, and the owner's own profile URL. Three layouts:
// names only (up to 2023), names with profile URLs (late 2023), and names with member URNs ("urn:li:member:…").
import { canonicalLinkedinUrl, linkedinSlug } from '../../core/contacts/identity.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readHeaderedCsv, type HeaderedRow } from '../csv/headered-csv.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';

/** A profile URL from a cell, or '' for anything else (a member URN is an id, not a URL anyone can open or match). */
function profileUrl(value: string): string {
  return linkedinSlug(value) ? canonicalLinkedinUrl(value) : '';
}

/** Which way the invitation went: LinkedIn writes OUTGOING/INCOMING; without the column, the owner's name decides. */
function directionOf(row: HeaderedRow, ownerName: string): 'me' | 'them' | '' {
  const direction = row.get('Direction');
  if (/^(outgoing|sent)$/i.test(direction)) return 'me';
  if (/^(incoming|received)$/i.test(direction)) return 'them';
  if (direction || !ownerName) return '';
  const owner = ownerName.toLowerCase();
  if (row.get('From').toLowerCase() === owner) return 'me';
  if (row.get('To').toLowerCase() === owner) return 'them';
  return '';
}

/**
 * One signal per invitation, about the other person: their URL when the file has one, and always their name as the
 * file writes it, so a name-only or URN-era invitation still reaches the connection it was about.
 */
export function parseInvitations(file: InputFile, ownerName = ''): { signals: SignalInput[]; issues: ImportIssue[]; ownerUrl: string } {
  const csv = readHeaderedCsv(file, { required: ['From', 'To'], expected: 'a LinkedIn Invitations.csv', flagFormulas: false, looseNames: true });
  const signals: SignalInput[] = [];
  const ownerVotes = new Map<string, number>();
  for (const row of csv.rows) {
    const invitedBy = directionOf(row, ownerName);
    if (!invitedBy) {
      csv.issues.column('direction', {
        file: file.name, line: row.line, field: 'Direction', severity: 'warning',
        reason: `"${row.get('Direction')}" does not say who sent the invitation (OUTGOING or INCOMING); the row was left out`,
      });
      continue;
    }
    const outgoing = invitedBy === 'me';
    const other = profileUrl(row.get(outgoing ? 'inviteeProfileUrl' : 'inviterProfileUrl'));
    const owner = profileUrl(row.get(outgoing ? 'inviterProfileUrl' : 'inviteeProfileUrl'));
    if (owner) ownerVotes.set(owner, (ownerVotes.get(owner) ?? 0) + 1);
    const name = splitFullName(row.get(outgoing ? 'To' : 'From'));
    if (!other && !name.firstName && !name.lastName) {
      csv.issues.column('nobody', {
        file: file.name, line: row.line, field: outgoing ? 'To' : 'From', severity: 'warning',
        reason: 'the invitation names nobody (no name and no profile URL); it was left out',
      });
      continue;
    }
    signals.push({ person: { linkedinUrl: other, ...name, company: '' }, signals: { invitedBy }, file: file.name });
  }
  const ownerUrl = [...ownerVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { signals, issues: csv.issues.list(), ownerUrl };
}
