// A LinkedIn data export (the ZIP as downloaded, an unzipped folder, or any of its CSVs alone) to one import bundle.
import { emptyProfile } from '../../core/members/member-profile.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import type { ImportBundle } from '../import-bundle.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import type { ReadOptions } from '../read-options.ts';
import { joinAddressBook, parseAddressBook } from './address-book.ts';
import { parseConnections } from './connections.ts';
import { parseArticle, parseShares } from './content.ts';
import { parseEndorsementsGiven } from './endorsements-given.ts';
import { parseEndorsementsReceived, parseRecommendationsReceived } from './endorsements-recommendations.ts';
import { chooseExportFiles, isLinkedInArticle } from './export-files.ts';
import { parseInvitations } from './invitations.ts';
import { parseMessages } from './messages.ts';
import { readProfileFile } from './profile.ts';

export { isLinkedInArticle, isLinkedInExportFile, roleOf } from './export-files.ts';

/** A file-level error (no line) means the file was not read, so it cannot speak for its signals. */
function fileFailed(issues: ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error' && issue.line === undefined);
}

const PROFILE_FILES = [
  ['profile.csv', 'Profile.csv'],
  ['positions.csv', 'Positions.csv'],
  ['company follows.csv', 'Company Follows.csv'],
  ['skills.csv', 'Skills.csv'],
] as const;

/**
 * Reads the export's files. The profile is read first: its name tells the owner apart in files that carry names
 * only. Invitations name the owner's URL for sure, so they are read before messages (which otherwise guess it as the
 * most frequent participant). Issues keep the order of the files as LinkedIn lists them.
 */
export function parseLinkedInExport(files: InputFile[], options: ReadOptions = {}): ImportBundle {
  const bundle: ImportBundle = { source: 'linkedin', contacts: [], signals: [], signalFields: [], content: [], profile: null, issues: [], filesRead: [] };
  const chosen = chooseExportFiles(files);
  bundle.issues.push(...chosen.issues);
  const profile = emptyProfile();
  const profileIssues: ImportIssue[] = [];
  const profileFiles: string[] = [];
  for (const [role, kind] of PROFILE_FILES) {
    const file = chosen.byRole.get(role);
    if (!file) continue;
    profileFiles.push(file.name);
    profileIssues.push(...readProfileFile(kind, file, profile));
  }
  const ownerName = `${profile.firstName} ${profile.lastName}`.trim();
  let ownerUrl = '';
  const signals: SignalInput[] = [];
  const read = (role: string, use: (file: InputFile) => void) => {
    const file = chosen.byRole.get(role);
    if (!file) return;
    bundle.filesRead.push(file.name);
    use(file);
  };
  /** A file of signals: its signals, its issues, and the fields it is the full truth about when it was read. */
  const readSignals = (role: string, fields: ImportBundle['signalFields'], parse: (file: InputFile) => { signals: SignalInput[]; issues: ImportIssue[] }) =>
    read(role, (file) => {
      const result = parse(file);
      if (!fileFailed(result.issues)) bundle.signalFields.push(...fields);
      signals.push(...result.signals);
      bundle.issues.push(...result.issues);
    });

  read('connections.csv', (file) => {
    const result = parseConnections(file, options);
    bundle.contacts.push(...result.rows);
    bundle.issues.push(...result.issues);
  });
  const connections = bundle.contacts.slice();
  for (const role of ['contacts.csv', 'importedcontacts.csv']) {
    read(role, (file) => {
      const result = parseAddressBook(file);
      bundle.contacts.push(...joinAddressBook(connections, result.rows));
      bundle.issues.push(...result.issues);
    });
  }
  readSignals('invitations.csv', ['invitedBy'], (file) => {
    const result = parseInvitations(file, ownerName);
    ownerUrl = result.ownerUrl;
    return result;
  });
  readSignals('messages.csv', ['messageCount', 'lastMessageAt'], (file) => {
    const result = parseMessages(file, ownerUrl, ownerName);
    ownerUrl ||= result.ownerUrl;
    return result;
  });
  readSignals('endorsement_received_info.csv', ['endorsementCount', 'endorsedSkills'], parseEndorsementsReceived);
  // What I endorsed them for becomes their expertise (derived offers); it is not about my own skills.
  readSignals('endorsement_given_info.csv', ['endorsedByMe'], parseEndorsementsGiven);
  readSignals('recommendations_received.csv', ['recommendedMe'], parseRecommendationsReceived);
  read('shares.csv', (file) => {
    const result = parseShares(file);
    bundle.content.push(...result.content);
    bundle.issues.push(...result.issues);
  });
  for (const file of files.filter((candidate) => isLinkedInArticle(candidate.name))) {
    const result = parseArticle(file);
    bundle.filesRead.push(file.name);
    bundle.content.push(...result.content);
    bundle.issues.push(...result.issues);
  }
  bundle.filesRead.push(...profileFiles);
  bundle.issues.push(...profileIssues);
  profile.linkedinUrl = ownerUrl;
  if (profileFiles.length > 0 || ownerUrl) bundle.profile = profile;
  bundle.signals = signals;
  return bundle;
}
