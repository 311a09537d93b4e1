// Endorsement_Given_Info.csv: the skills the member endorsed each contact for, i.e. what the member vouches they know.
import { canonicalLinkedinUrl, linkedinSlug } from '../../core/contacts/identity.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { parseDate } from '../text/parse-date.ts';

type Entry = SignalInput & { signals: { endorsedByMe: string[] } };

/**
 * One signal per endorsee with every skill the member endorsed them for (first spelling kept, case-insensitively
 * distinct). Endorsements the endorsee rejected or hid are left out: they did not want to be known for that skill.
 * A row that cannot name a person is skipped with an error on its line; an unreadable date only warns, because
 * the skill, not the date, is what the row is read for.
 */
export function parseEndorsementsGiven(file: InputFile): { signals: SignalInput[]; issues: ImportIssue[] } {
  const csv = readHeaderedCsv(file, { required: ['Skill Name', 'Endorsee First Name'], expected: 'a LinkedIn Endorsement_Given_Info.csv', looseNames: true });
  const issues = csv.issues;
  const byPerson = new Map<string, Entry>();
  const skillKeys = new Map<string, Set<string>>();
  for (const row of csv.rows) {
    if (/^(rejected|hidden)$/i.test(row.get('Endorsement Status'))) continue;
    const firstName = row.get('Endorsee First Name');
    const lastName = row.get('Endorsee Last Name');
    const rawUrl = row.get('Endorsee Public Url');
    const url = linkedinSlug(rawUrl) ? canonicalLinkedinUrl(rawUrl) : '';
    if (rawUrl && !url) {
      issues.column('url', {
        file: file.name, line: row.line, field: 'Endorsee Public Url',
        reason: `"${rawUrl}" is not a LinkedIn profile URL; the endorsee is matched by name instead`, severity: 'warning',
      });
    }
    if (!url && !firstName && !lastName) {
      issues.push({ file: file.name, line: row.line, reason: 'the row has no endorsee name or profile URL, so it cannot name a person; row skipped', severity: 'error' });
      continue;
    }
    const skill = row.get('Skill Name');
    if (!skill) {
      issues.column('no-skill', { file: file.name, line: row.line, field: 'Skill Name', reason: 'the row has no skill name, so there is nothing to record; row skipped', severity: 'warning' });
      continue;
    }
    const rawDate = row.get('Endorsement Date');
    if (rawDate && !parseDate(rawDate)) {
      issues.column('date', {
        file: file.name, line: row.line, field: 'Endorsement Date',
        reason: `"${rawDate}" is not a date; the endorsement was still read (its date is not used)`, severity: 'warning',
      });
    }
    const key = url || `${firstName.toLowerCase()}|${lastName.toLowerCase()}`;
    let entry = byPerson.get(key);
    let seen = skillKeys.get(key);
    if (!entry || !seen) {
      entry = { person: { linkedinUrl: url, firstName, lastName, company: '' }, signals: { endorsedByMe: [] }, file: file.name };
      seen = new Set();
      byPerson.set(key, entry);
      skillKeys.set(key, seen);
    }
    const skillKey = skill.toLowerCase();
    if (seen.has(skillKey)) continue;
    seen.add(skillKey);
    entry.signals.endorsedByMe.push(skill);
  }
  return { signals: [...byPerson.values()], issues: issues.list() };
}
