// Endorsement_Received_Info.csv and Recommendations_Received.csv: people who vouched for the member.
import { canonicalLinkedinUrl, linkedinSlug } from '../../core/contacts/identity.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';

export function parseEndorsementsReceived(file: InputFile): { signals: SignalInput[]; issues: ImportIssue[] } {
  const csv = readHeaderedCsv(file, { required: ['Skill Name', 'Endorser First Name'], expected: 'a LinkedIn Endorsement_Received_Info.csv', looseNames: true });
  const byPerson = new Map<string, SignalInput & { signals: { endorsementCount: number; endorsedSkills: string[] } }>();
  for (const row of csv.rows) {
    if (/^(rejected|hidden)$/i.test(row.get('Endorsement Status'))) continue;
    const rawUrl = row.get('Endorser Public Url');
    const url = linkedinSlug(rawUrl) ? canonicalLinkedinUrl(rawUrl) : '';
    const person = { linkedinUrl: url, firstName: row.get('Endorser First Name'), lastName: row.get('Endorser Last Name'), company: '' };
    const key = url || `${person.firstName}|${person.lastName}`;
    if (!url && !person.firstName && !person.lastName) continue;
    const entry = byPerson.get(key) ?? { person, signals: { endorsementCount: 0, endorsedSkills: [] }, file: file.name };
    entry.signals.endorsementCount++;
    const skill = row.get('Skill Name');
    if (skill && !entry.signals.endorsedSkills.includes(skill)) entry.signals.endorsedSkills.push(skill);
    byPerson.set(key, entry);
  }
  return { signals: [...byPerson.values()], issues: csv.issues.list() };
}

export function parseRecommendationsReceived(file: InputFile): { signals: SignalInput[]; issues: ImportIssue[] } {
  const csv = readHeaderedCsv(file, { required: ['First Name', 'Last Name', 'Text'], expected: 'a LinkedIn Recommendations_Received.csv', looseNames: true });
  const signals: SignalInput[] = [];
  for (const row of csv.rows) {
    if (/^(hidden|rejected)$/i.test(row.get('Status'))) continue;
    signals.push({
      person: { linkedinUrl: '', firstName: row.get('First Name'), lastName: row.get('Last Name'), company: row.get('Company') },
      signals: { recommendedMe: true },
      file: file.name,
    });
  }
  return { signals, issues: csv.issues.list() };
}
