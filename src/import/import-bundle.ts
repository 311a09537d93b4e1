// What every importer hands the app: people, signals about ties, content and the member's profile, plus issues.
import type { ContactInput } from '../core/contacts/contact.ts';
import type { ContentInput } from '../core/content/content-item.ts';
import type { MemberProfile } from '../core/members/member-profile.ts';
import type { SignalInput, TieSignals } from '../core/ties/tie-signals.ts';
import type { ImportIssue } from './import-issue.ts';

export const SOURCE_KINDS = ['linkedin', 'google', 'outlook', 'vcard', 'csv'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface ImportBundle {
  source: SourceKind;
  contacts: ContactInput[];
  signals: SignalInput[];
  /** Signal fields this import is the full truth about (messages.csv read -> message counts), see mergeContacts. */
  signalFields: (keyof TieSignals)[];
  content: ContentInput[];
  profile: MemberProfile | null;
  issues: ImportIssue[];
  /** The files (or ZIP entries) that were read, for the audit row and the report. */
  filesRead: string[];
}

export function bundleOf(source: SourceKind, contacts: ContactInput[], issues: ImportIssue[], filesRead: string[]): ImportBundle {
  return { source, contacts, signals: [], signalFields: [], content: [], profile: null, issues, filesRead };
}
