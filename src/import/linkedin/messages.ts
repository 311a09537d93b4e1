// LinkedIn messages.csv to per-person message counts and recency (the content of messages is not kept).
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { canonicalLinkedinUrl, linkedinSlug } from '../../core/contacts/identity.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { parseTimestamp } from '../text/parse-date.ts';

interface Tally {
  url: string;
  count: number;
  last: string;
}

/**
 * Counts messages per other participant. The owner is whoever appears in most conversations (or ownerUrl when
 * known from invitations); everyone else in a message is the other side of it. Drafts are not messages sent.
 */
export function parseMessages(file: InputFile, ownerUrl = ''): { signals: SignalInput[]; issues: ImportIssue[]; ownerUrl: string } {
  const csv = readHeaderedCsv(file, { required: ['FROM', 'DATE'], expected: 'a LinkedIn messages.csv', flagFormulas: false });
  if (!csv.ok) return { signals: [], issues: csv.issues, ownerUrl };
  const messages: { urls: string[]; at: string }[] = [];
  const seen = new Map<string, number>();
  for (const row of csv.rows) {
    if (/^(yes|true)$/i.test(row.get('IS MESSAGE DRAFT'))) continue;
    const at = parseTimestamp(row.get('DATE'));
    const urls = [row.get('SENDER PROFILE URL'), ...row.get('RECIPIENT PROFILE URLS').split(/[,\s]+/)]
      .map((url) => linkedinSlug(url))
      .filter(Boolean);
    if (!at || urls.length === 0) continue;
    const unique = [...new Set(urls)];
    for (const slug of unique) seen.set(slug, (seen.get(slug) ?? 0) + 1);
    messages.push({ urls: unique, at });
  }
  const owner = linkedinSlug(ownerUrl) || [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] || '';
  const tallies = new Map<string, Tally>();
  for (const message of messages) {
    for (const slug of message.urls) {
      if (slug === owner) continue;
      const tally = tallies.get(slug) ?? { url: canonicalLinkedinUrl(`https://www.linkedin.com/in/${slug}`), count: 0, last: '' };
      tally.count++;
      if (message.at > tally.last) tally.last = message.at;
      tallies.set(slug, tally);
    }
  }
  const signals = [...tallies.values()].map((tally) => ({
    person: { linkedinUrl: tally.url, firstName: '', lastName: '', company: '' },
    signals: { messageCount: tally.count, lastMessageAt: tally.last },
  }));
  return { signals, issues: csv.issues, ownerUrl: owner ? canonicalLinkedinUrl(`https://www.linkedin.com/in/${owner}`) : '' };
}
