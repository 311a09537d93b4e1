// Needs in the store: insert, list by status or contact, get one, close.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Need, NeedStatus } from '../core/referrals/need.ts';
import type { Database, NeedsTable } from './schema.ts';

export function rowToNeed(row: Selectable<NeedsTable>): Need {
  return {
    id: row.need_id,
    contactId: row.contact_id,
    text: row.text,
    topic: row.topic,
    deadline: row.deadline,
    status: row.status === 'closed' ? 'closed' : 'open',
    closeNote: row.close_note,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}

async function insertNeed(db: Kysely<Database>, workspaceId: string, need: Need): Promise<void> {
  await db
    .insertInto('needs')
    .values({
      workspace_id: workspaceId,
      need_id: need.id,
      contact_id: need.contactId,
      text: need.text,
      topic: need.topic,
      deadline: need.deadline,
      status: need.status,
      close_note: need.closeNote,
      created_at: need.createdAt,
      closed_at: need.closedAt,
    })
    .execute();
}

/** Oldest first (ties by id), so lists and the matcher see needs in a stable order. */
async function listNeeds(db: Kysely<Database>, workspaceId: string, filter: { status?: NeedStatus; contactId?: string } = {}): Promise<Need[]> {
  let query = db.selectFrom('needs').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  return (await query.orderBy('created_at').orderBy('need_id').execute()).map(rowToNeed);
}

async function getNeed(db: Kysely<Database>, workspaceId: string, needId: string): Promise<Need | null> {
  const row = await db.selectFrom('needs').selectAll().where('workspace_id', '=', workspaceId).where('need_id', '=', needId).executeTakeFirst();
  return row ? rowToNeed(row) : null;
}

async function closeNeed(db: Kysely<Database>, workspaceId: string, needId: string, closedAt: string, note: string): Promise<void> {
  await db
    .updateTable('needs')
    .set({ status: 'closed', closed_at: closedAt, close_note: note })
    .where('workspace_id', '=', workspaceId)
    .where('need_id', '=', needId)
    .execute();
}

/** Needs bound to one workspace. */
export function needsRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (need: Need) => insertNeed(db, workspaceId, need),
    list: (filter: { status?: NeedStatus; contactId?: string } = {}) => listNeeds(db, workspaceId, filter),
    get: (needId: string) => getNeed(db, workspaceId, needId),
    close: (needId: string, closedAt: string, note: string) => closeNeed(db, workspaceId, needId, closedAt, note),
  };
}
export type NeedsRepo = ReturnType<typeof needsRepo>;
