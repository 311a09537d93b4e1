// LinkedIn messages.csv to per-person message counts and recency (the content of messages is not kept), for every
// layout: 2023+ (profile URLs of sender and recipients), 2021-2023 (sender URL only) and 2018 Messages.csv (names only,
// with a Direction column).
import { canonicalLinkedinUrl, linkedinSlug, nameKey } from '../../core/contacts/identity.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readHeaderedCsv, type HeaderedRow } from '../csv/headered-csv.ts';
import { splitFullName } from '../generic/generic-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { parseTimestamp } from '../text/parse-date.ts';

interface Participant {
  name: string;
  slug: string;
}

interface Tally {
  slug: string;
  name: string;
  count: number;
  last: string;
}

/** What LinkedIn writes for a member who left or hid their profile: a label, not a person. */
const ANONYMOUS = /^linkedin member$/i;

/**
 * "Jane Doe, Ph.D., Sam Lee" -> ["Jane Doe, Ph.D.", "Sam Lee"]: TO joins names with ", " and names contain ", " too;
 * a piece without a space is a suffix of the name before it, not a person.
 */
export function splitRecipients(to: string): string[] {
  const names: string[] = [];
  for (const piece of to.split(/,\s+/).map((part) => part.trim()).filter(Boolean)) {
    if (names.length > 0 && !piece.includes(' ')) names[names.length - 1] += `, ${piece}`;
    else names.push(piece);
  }
  return names;
}

/** The recipients of a message: URLs paired with names when the counts agree, URLs alone when they do not. */
function recipientsOf(row: HeaderedRow): Participant[] {
  const slugs = row.get('RECIPIENT PROFILE URLS').split(/[,\s]+/).map((url) => linkedinSlug(url)).filter(Boolean);
  const names = splitRecipients(row.get('TO'));
  if (slugs.length === 0) return names.map((name) => ({ name, slug: '' }));
  // Without one name per URL the pairing would be a guess; the URLs alone still say who it was.
  return slugs.map((slug, i) => ({ name: names.length === slugs.length ? names[i] : '', slug }));
}

/** Key of a participant: the profile slug, else the folded name. */
const keyOf = (participant: Participant): string => (participant.slug ? participant.slug : `name:${nameKey(participant.name, '')}`);

/**
 * Counts messages per other participant. The owner is known from invitations (ownerUrl) or Profile.csv (ownerName),
 * else is whoever appears in most messages; in the 2018 layout the Direction column says who the other side is.
 * A name without a URL takes the URL the same name has elsewhere in the file, when that is one URL. Drafts are not
 * messages sent, and "LinkedIn Member" is nobody to count.
 */
export function parseMessages(file: InputFile, ownerUrl = '', ownerName = ''): { signals: SignalInput[]; issues: ImportIssue[]; ownerUrl: string } {
  const csv = readHeaderedCsv(file, { required: ['FROM', 'DATE'], expected: 'a LinkedIn messages.csv', flagFormulas: false, looseNames: true });
  if (!csv.ok) return { signals: [], issues: csv.issues.list(), ownerUrl };
  /** `both`: the participants include the member (no Direction said which side is the other one). */
  const messages: { participants: Participant[]; at: string; both: boolean }[] = [];
  const slugsByName = new Map<string, Set<string>>();
  const seen = new Map<string, number>();
  const hasDirection = csv.header.some((name) => name.trim().toLowerCase() === 'direction');
  for (const row of csv.rows) {
    if (/^(yes|true)$/i.test(row.get('IS MESSAGE DRAFT'))) continue;
    const rawDate = row.get('DATE');
    const at = parseTimestamp(rawDate);
    if (!at) {
      csv.issues.column('date', { file: file.name, line: row.line, field: 'DATE', severity: 'warning', reason: `"${rawDate}" is not a date; the message was not counted` });
      continue;
    }
    const sender: Participant = { name: row.get('FROM'), slug: linkedinSlug(row.get('SENDER PROFILE URL')) };
    let participants = [sender, ...recipientsOf(row)];
    let both = true;
    if (hasDirection) {
      // 2018: INCOMING means the sender is the other person, OUTGOING the recipients.
      const direction = row.get('DIRECTION');
      if (/^incoming$/i.test(direction)) participants = [sender];
      else if (/^outgoing$/i.test(direction)) participants = participants.slice(1);
      both = participants.includes(sender) && participants.length > 1;
    }
    participants = participants.filter((participant) => participant.slug || (participant.name && !ANONYMOUS.test(participant.name)));
    if (participants.length === 0) continue;
    for (const participant of participants) {
      if (!participant.slug || !participant.name) continue;
      const key = nameKey(participant.name, '');
      const slugs = slugsByName.get(key) ?? new Set<string>();
      slugs.add(participant.slug);
      slugsByName.set(key, slugs);
    }
    messages.push({ participants, at, both });
  }
  // A name seen with exactly one URL is that URL wherever it appears alone.
  const withUrl = (participant: Participant): Participant => {
    if (participant.slug) return participant;
    const slugs = slugsByName.get(nameKey(participant.name, ''));
    return slugs?.size === 1 ? { name: participant.name, slug: [...slugs][0] } : participant;
  };
  for (const message of messages) {
    message.participants = message.participants.map(withUrl);
    if (!message.both) continue;
    for (const key of new Set(message.participants.map(keyOf))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const ownerSlug = linkedinSlug(ownerUrl);
  const ownerKey = ownerSlug || (ownerName ? withUrl({ name: ownerName, slug: '' }).slug || `name:${nameKey(ownerName, '')}` : '');
  // Where no Direction says who the other side is, the member is in every message: the most frequent participant of
  // those messages, unless we were told.
  const owner = ownerKey || ([...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '');
  const ownerNames = new Set(ownerName ? [`name:${nameKey(ownerName, '')}`] : []);
  for (const message of messages) for (const participant of message.participants) if (keyOf(participant) === owner && participant.name) ownerNames.add(`name:${nameKey(participant.name, '')}`);

  const tallies = new Map<string, Tally>();
  for (const message of messages) {
    const counted = new Set<string>();
    for (const participant of message.participants) {
      const key = keyOf(participant);
      if (key === owner || ownerNames.has(key) || counted.has(key)) continue;
      counted.add(key);
      const tally = tallies.get(key) ?? { slug: participant.slug, name: participant.name, count: 0, last: '' };
      tally.name ||= participant.name;
      tally.count++;
      if (message.at > tally.last) tally.last = message.at;
      tallies.set(key, tally);
    }
  }
  const signals: SignalInput[] = [...tallies.values()].map((tally) => ({
    person: { linkedinUrl: tally.slug ? canonicalLinkedinUrl(`https://www.linkedin.com/in/${tally.slug}`) : '', ...splitFullName(tally.name), company: '' },
    signals: { messageCount: tally.count, lastMessageAt: tally.last },
    file: file.name,
  }));
  const ownerSlugFound = ownerSlug || (owner && !owner.startsWith('name:') ? owner : '');
  return { signals, issues: csv.issues.list(), ownerUrl: ownerSlugFound ? canonicalLinkedinUrl(`https://www.linkedin.com/in/${ownerSlugFound}`) : '' };
}
