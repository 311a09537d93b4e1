// LinkedIn Invitations.csv: who invited whom, a tie-strength signal, and the owner's own profile URL.
import { canonicalLinkedinUrl } from '../../core/contacts/identity.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';

export function parseInvitations(file: InputFile): { signals: SignalInput[]; issues: ImportIssue[]; ownerUrl: string } {
  const csv = readHeaderedCsv(file, { required: ['From', 'To', 'Direction'], expected: 'a LinkedIn Invitations.csv', flagFormulas: false });
  const signals: SignalInput[] = [];
  const ownerVotes = new Map<string, number>();
  for (const row of csv.rows) {
    const outgoing = /^outgoing$/i.test(row.get('Direction'));
    const other = outgoing ? row.get('inviteeProfileUrl') : row.get('inviterProfileUrl');
    const owner = outgoing ? row.get('inviterProfileUrl') : row.get('inviteeProfileUrl');
    if (owner) ownerVotes.set(canonicalLinkedinUrl(owner), (ownerVotes.get(canonicalLinkedinUrl(owner)) ?? 0) + 1);
    const [firstName, ...rest] = (outgoing ? row.get('To') : row.get('From')).split(' ');
    signals.push({
      person: { linkedinUrl: other ? canonicalLinkedinUrl(other) : '', firstName: firstName ?? '', lastName: rest.join(' '), company: '' },
      signals: { invitedBy: outgoing ? 'me' : 'them' },
    });
  }
  const ownerUrl = [...ownerVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { signals: signals.filter((signal) => signal.person.linkedinUrl), issues: csv.issues, ownerUrl };
}
