// A LinkedIn data export (the ZIP as downloaded, or any of its CSVs alone) to one import bundle.
import { emptyProfile } from '../../core/members/member-profile.ts';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import type { ImportBundle } from '../import-bundle.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { parseConnections } from './connections.ts';
import { parseArticle, parseShares } from './content.ts';
import { parseEndorsementsGiven } from './endorsements-given.ts';
import { parseEndorsementsReceived, parseRecommendationsReceived } from './endorsements-recommendations.ts';
import { parseInvitations } from './invitations.ts';
import { parseMessages } from './messages.ts';
import { readProfileFile } from './profile.ts';

/** The export files we read, by base name (case-insensitive); everything else in the export is left alone. */
const KNOWN_FILES = [
  'connections.csv',
  'invitations.csv',
  'messages.csv',
  'endorsement_received_info.csv',
  'endorsement_given_info.csv',
  'recommendations_received.csv',
  'shares.csv',
  'profile.csv',
  'positions.csv',
  'company follows.csv',
  'skills.csv',
] as const;

/** A file-level error (no line) means the file was not read, so it cannot speak for its signals. */
function fileFailed(issues: ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error' && issue.line === undefined);
}

/** "export.zip:Articles/x.html" -> "x.html": entries are labelled with their archive, and folders may nest. */
function baseName(name: string): string {
  return (name.split(/[\\/:]/).pop() ?? name).toLowerCase();
}

/** Which export file this is: by name, or a renamed Connections.csv recognised by its header (from its first bytes). */
export function roleOf(file: InputFile): string {
  const base = baseName(file.name);
  if ((KNOWN_FILES as readonly string[]).includes(base)) return base;
  const head = new TextDecoder().decode(file.bytes.subarray(0, 8192)).toLowerCase();
  return head.includes('first name') && head.includes('connected on') ? 'connections.csv' : base;
}

export function isLinkedInArticle(name: string): boolean {
  return /(^|[/:])articles\/.*\.html?$/i.test(name);
}

export function isLinkedInExportFile(name: string): boolean {
  return (KNOWN_FILES as readonly string[]).includes(baseName(name)) || isLinkedInArticle(name);
}

/**
 * Reads the export's files. Order matters only for the owner's URL: invitations name it for sure, so they are read
 * before messages (which otherwise guess it as the most frequent participant).
 */
export function parseLinkedInExport(files: InputFile[]): ImportBundle {
  const bundle: ImportBundle = { source: 'linkedin', contacts: [], signals: [], signalFields: [], content: [], profile: null, issues: [], filesRead: [] };
  const byName = new Map(files.map((file) => [roleOf(file), file]));
  const profile = emptyProfile();
  let hasProfile = false;
  let ownerUrl = '';
  const signals: SignalInput[] = [];

  const read = (name: (typeof KNOWN_FILES)[number], use: (file: InputFile) => void) => {
    const file = byName.get(name);
    if (!file) return;
    bundle.filesRead.push(file.name);
    use(file);
  };

  read('connections.csv', (file) => {
    const result = parseConnections(file);
    bundle.contacts.push(...result.rows);
    bundle.issues.push(...result.issues);
  });
  read('invitations.csv', (file) => {
    const result = parseInvitations(file);
    ownerUrl = result.ownerUrl;
    if (!fileFailed(result.issues)) bundle.signalFields.push('invitedBy');
    signals.push(...result.signals);
    bundle.issues.push(...result.issues);
  });
  read('messages.csv', (file) => {
    const result = parseMessages(file, ownerUrl);
    ownerUrl ||= result.ownerUrl;
    if (!fileFailed(result.issues)) bundle.signalFields.push('messageCount', 'lastMessageAt');
    signals.push(...result.signals);
    bundle.issues.push(...result.issues);
  });
  read('endorsement_received_info.csv', (file) => {
    const result = parseEndorsementsReceived(file);
    if (!fileFailed(result.issues)) bundle.signalFields.push('endorsementCount', 'endorsedSkills');
    signals.push(...result.signals);
    bundle.issues.push(...result.issues);
  });
  read('endorsement_given_info.csv', (file) => {
    // What I endorsed them for becomes their expertise (derived offers); it is not about my own skills.
    const result = parseEndorsementsGiven(file);
    if (!fileFailed(result.issues)) bundle.signalFields.push('endorsedByMe');
    signals.push(...result.signals);
    bundle.issues.push(...result.issues);
  });
  read('recommendations_received.csv', (file) => {
    const result = parseRecommendationsReceived(file);
    if (!fileFailed(result.issues)) bundle.signalFields.push('recommendedMe');
    signals.push(...result.signals);
    bundle.issues.push(...result.issues);
  });
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
  for (const [name, kind] of [
    ['profile.csv', 'Profile.csv'],
    ['positions.csv', 'Positions.csv'],
    ['company follows.csv', 'Company Follows.csv'],
    ['skills.csv', 'Skills.csv'],
  ] as const) {
    read(name, (file) => {
      hasProfile = true;
      bundle.issues.push(...readProfileFile(kind, file, profile));
    });
  }
  profile.linkedinUrl = ownerUrl;
  if (hasProfile || ownerUrl) bundle.profile = profile;
  bundle.signals = signals;
  return bundle;
}
