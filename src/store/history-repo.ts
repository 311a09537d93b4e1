// The append-only records of what imports did: audit rows, contact events (job changes) and content items.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { ContactEvent } from '../core/contacts/contact-event.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { ContactEventsTable, Database } from './schema.ts';
import type { ImportIssue } from '../core/imports/import-issue.ts';

export interface ImportAudit {
  id: string;
  memberId: string;
  fileName: string;
  sha256: string;
  source: string;
  startedAt: string;
  finishedAt: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: ImportIssue[];
}

async function insertImportAudit(db: Kysely<Database>, workspaceId: string, audit: ImportAudit): Promise<void> {
  await db
    .insertInto('imports')
    .values({
      workspace_id: workspaceId,
      import_id: audit.id,
      member_id: audit.memberId,
      file_name: audit.fileName,
      sha256: audit.sha256,
      source: audit.source,
      started_at: audit.startedAt,
      finished_at: audit.finishedAt,
      added: audit.added,
      updated: audit.updated,
      unchanged: audit.unchanged,
      skipped: audit.skipped,
      issues: JSON.stringify(audit.issues),
    })
    .execute();
}

async function listImports(db: Kysely<Database>, workspaceId: string): Promise<ImportAudit[]> {
  const rows = await db.selectFrom('imports').selectAll().where('workspace_id', '=', workspaceId).orderBy('started_at').orderBy('import_id').execute();
  return rows.map((row) => ({
    id: row.import_id,
    memberId: row.member_id,
    fileName: row.file_name,
    sha256: row.sha256,
    source: row.source,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    added: Number(row.added),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    skipped: Number(row.skipped),
    issues: JSON.parse(row.issues) as ImportIssue[],
  }));
}

async function insertContactEvents(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, events: ContactEvent[]): Promise<void> {
  await dialect.writeRows(
    db,
    'contact_events',
    events.map((event) => ({
      workspace_id: workspaceId,
      event_id: event.id,
      contact_id: event.contactId,
      kind: event.kind,
      before_value: JSON.stringify(event.before),
      after_value: JSON.stringify(event.after),
      observed_at: event.observedAt,
      import_id: event.importId,
    })),
  );
}

export function rowToContactEvent(row: Selectable<ContactEventsTable>): ContactEvent {
  return {
    id: row.event_id,
    contactId: row.contact_id,
    kind: row.kind as ContactEvent['kind'],
    before: JSON.parse(row.before_value) as ContactEvent['before'],
    after: JSON.parse(row.after_value) as ContactEvent['after'],
    observedAt: row.observed_at,
    importId: row.import_id,
  };
}

async function listContactEvents(db: Kysely<Database>, workspaceId: string, contactId?: string): Promise<ContactEvent[]> {
  let query = db.selectFrom('contact_events').selectAll().where('workspace_id', '=', workspaceId);
  if (contactId) query = query.where('contact_id', '=', contactId);
  return (await query.orderBy('observed_at').orderBy('event_id').execute()).map(rowToContactEvent);
}


/** Import audits and contact history bound to one workspace. */
export function historyRepo({ db, dialect, workspaceId }: RepoScope) {
  return {
    insertImport: (audit: ImportAudit) => insertImportAudit(db, workspaceId, audit),
    imports: () => listImports(db, workspaceId),
    insertEvents: (events: ContactEvent[]) => insertContactEvents(db, dialect, workspaceId, events),
    events: (contactId?: string) => listContactEvents(db, workspaceId, contactId),
  };
}
export type HistoryRepo = ReturnType<typeof historyRepo>;
