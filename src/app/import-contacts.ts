// Use case: import a file into the workspace as one transaction, and report added / updated / unchanged / skipped.
import { linkedinSlug, personKey } from '../core/contacts/identity.ts';
import { mergeContacts, type MergeCounts } from '../core/contacts/merge-contacts.ts';
import { ReferableError } from '../core/errors.ts';
import { formatIssue, type ImportIssue } from '../core/imports/import-issue.ts';
import type { ImportBundle, SourceKind } from '../import/import-bundle.ts';

export { SOURCE_KINDS, type SourceKind } from '../import/import-bundle.ts';
import { parseLinkedInExport } from '../import/linkedin/linkedin-export.ts';
import { readImportSource, type ByteSource } from '../import/import-source.ts';
import type { Workspace } from '../store/workspace-store.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { phoneRegion } from './phone-region.ts';
import { phoneKeyReader } from '../import/text/phone-number.ts';
import { openInput, readExportFolder } from './read-input-file.ts';

export { bufferSource, type ByteSource } from '../import/import-source.ts';

export interface ImportRequest {
  /** A file or an unzipped export folder to read, when `input` is not given. */
  path?: string;
  /** The bytes of a single file, however they arrive (an HTTP request body): read straight in, never via a file. */
  input?: ByteSource;
  source?: SourceKind;
  /** Whose network this is; defaults to "me". */
  member?: string;
  map?: string;
  dryRun?: boolean;
  /** Called with (done, total) while rows are written, for a progress bar. */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface ImportReport extends MergeCounts {
  importId: string;
  file: string;
  source: SourceKind;
  member: string;
  dryRun: boolean;
  filesRead: string[];
  contentAdded: number;
  jobChanges: number;
  issues: ImportIssue[];
}

/** A bundle with file-level errors and nothing to import is refused: the user must see it failed. */
function refuseIfEmpty(bundle: ImportBundle, displayName: string): void {
  const nothing = bundle.contacts.length === 0 && bundle.content.length === 0 && bundle.signals.length === 0 && !bundle.profile;
  const fatal = bundle.issues.filter((issue) => issue.severity === 'error' && issue.line === undefined);
  if (nothing && fatal.length > 0) {
    throw new ReferableError('IMPORT_REJECTED', `${fatal.map((issue) => `${issue.file}: ${issue.reason}`).join('\n')}\nNothing was imported.`, { issues: bundle.issues });
  }
  const errors = bundle.issues.filter((issue) => issue.severity === 'error');
  if (nothing && errors.length > 0) {
    // Name the first problems right in the message: a damaged line or a skipped row is what the user must fix.
    const rows = (list: ImportIssue[]) => list.reduce((sum, issue) => sum + (issue.count ?? 1), 0);
    const shown = errors.slice(0, 3).map((issue) => formatIssue(issue)).join('\n');
    const rest = rows(errors) - rows(errors.slice(0, 3));
    const more = rest > 0 ? `\n... and ${rest} more` : '';
    throw new ReferableError('IMPORT_REJECTED', `no row of ${displayName} could be imported:\n${shown}${more}\nNothing was imported.`, { issues: bundle.issues });
  }
  if (nothing) {
    throw new ReferableError('IMPORT_REJECTED', `${displayName} holds no contacts (only a header, or empty rows); nothing was imported`, { issues: bundle.issues });
  }
}

/** What an import reads before it writes: the bundle, the name it goes by and the bytes' hash for the audit. */
export interface ImportInput {
  bundle: ImportBundle;
  displayName: string;
  sha256: string;
}

/**
 * Reads the request's bytes (a source, a file or an unzipped export folder) into a bundle through import/'s one entry
 * point: Connections.csv and generic CSVs stream (memory bounded by the rows kept, not the file), the rest is read
 * whole within its size cap. Nothing is written; a caller may read before it waits for the store.
 */
export async function readImportInput(request: ImportRequest, today: string): Promise<ImportInput> {
  // "today" bounds the dates a file can hold (no connection from the future); import/ has no clock of its own.
  const options = { source: request.source, map: request.map, today };
  let source = request.input;
  if (!source) {
    if (!request.path) throw new ReferableError('INVALID_INPUT', 'name a file or an unzipped export folder to import');
    const opened = openInput(request.path);
    if ('folder' in opened) {
      if (request.source && request.source !== 'linkedin') throw new ReferableError('INVALID_INPUT', 'a folder is read as an unzipped LinkedIn export; --source must be linkedin or left out');
      const folder = readExportFolder(opened.folder);
      const bundle = parseLinkedInExport(folder.files, options);
      bundle.issues.unshift(...folder.issues);
      return { bundle, displayName: folder.displayName, sha256: folder.sha256 };
    }
    source = opened.file;
  }
  const { bundle, sha256 } = await readImportSource(source, options);
  return { bundle, displayName: source.name, sha256 };
}

/** Imports the request as one transaction; `read` is the request already read (see readImportInput), if it was. */
export async function importContacts(context: AppContext, request: ImportRequest, read?: ImportInput): Promise<ImportReport> {
  const startedAt = context.now().toISOString();
  const input = read ?? (await readImportInput(request, todayOf(context)));
  const { bundle } = input;
  refuseIfEmpty(bundle, input.displayName);

  const { store } = context;
  const phoneKey = phoneKeyReader(await phoneRegion(context));
  const importId = context.newId();
  const memberName = request.member?.trim() || 'me';

  const run = async (ws: Workspace): Promise<ImportReport> => {
    const member = await ws.members.ensure(memberName, startedAt, context.newId);
    request.onProgress?.('reading', 0, bundle.contacts.length);
    const existing = await ws.contacts.list();
    const existingTies = await ws.ties.list({ fromType: 'member', fromId: member.id });
    const plan = mergeContacts(
      { existing, existingTies, incoming: bundle.contacts, signals: bundle.signals },
      { now: startedAt, newId: context.newId, source: bundle.source, memberId: member.id, importId, fileName: input.displayName, signalFields: bundle.signalFields, phoneKey },
    );
    // An issue may stand for several rows (past the per-file cap): count rows, not issues.
    const rowErrors = bundle.issues.filter((issue) => issue.severity === 'error' && issue.line !== undefined).reduce((sum, issue) => sum + (issue.count ?? 1), 0);
    const issues = [...bundle.issues, ...plan.issues];
    let contentAdded = 0;
    if (!request.dryRun) {
      const total = plan.inserts.length + plan.updates.length;
      const chunk = 2000;
      // A first import fills empty tables: their indexes are built once after the rows, not row by row.
      await ws.deferIndexes(['contacts', 'ties'], async () => {
        for (let start = 0; start < plan.inserts.length; start += chunk) {
          await ws.contacts.insert(plan.inserts.slice(start, start + chunk));
          request.onProgress?.('writing', Math.min(start + chunk, plan.inserts.length), total);
        }
        await ws.contacts.update(plan.updates);
        request.onProgress?.('writing', total, total);
        await ws.ties.upsert(plan.ties);
      });
      await ws.history.insertEvents(plan.events);
      contentAdded = await ws.content.upsert(member.id, bundle.content, startedAt);
      if (bundle.profile) {
        const profile = { ...bundle.profile, linkedinUrl: bundle.profile.linkedinUrl || member.profile.linkedinUrl };
        const slug = linkedinSlug(profile.linkedinUrl);
        const all = [...existing, ...plan.inserts];
        // The contact that stands for this member in teammates' networks: same profile, or same name at the same employer.
        const ownKey = personKey(profile.firstName, profile.lastName, profile.positions.find((position) => !position.finishedOn)?.company ?? '');
        const self = all.find((contact) => (slug && contact.linkedinSlug === slug) || (ownKey && personKey(contact.firstName, contact.lastName, contact.company) === ownKey));
        await ws.members.saveProfile(member.id, profile, slug, self?.id ?? member.contactId);
      }
    }
    const report: ImportReport = {
      importId,
      file: input.displayName,
      source: bundle.source,
      member: member.name,
      dryRun: Boolean(request.dryRun),
      filesRead: bundle.filesRead,
      ...plan.counts,
      skipped: plan.counts.skipped + rowErrors,
      contentAdded,
      jobChanges: plan.events.filter((event) => event.kind === 'job_change').length,
      issues,
    };
    if (!request.dryRun) {
      await ws.history.insertImport({
        id: importId, memberId: member.id, fileName: input.displayName, sha256: input.sha256, source: bundle.source,
        startedAt, finishedAt: context.now().toISOString(),
        added: report.added, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped, issues,
      });
    }
    return report;
  };

  if (!request.dryRun) return store.workspace.transaction(run);
  // A dry run does everything inside a transaction that is then rolled back, so it reports exactly what would happen.
  let report: ImportReport | undefined;
  try {
    await store.workspace.transaction(async (tx) => {
      report = await run(tx);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return report!;
}

class DryRunRollback extends Error {}
