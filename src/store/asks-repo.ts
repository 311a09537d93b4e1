// Asks in the store (well rotation): every time a contact was asked for something, append-only.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { Ask } from '../core/referrals/well-rotation.ts';
import type { Database } from './schema.ts';

async function insertAsk(db: Kysely<Database>, workspaceId: string, ask: Ask): Promise<void> {
  await db
    .insertInto('asks')
    .values({ workspace_id: workspaceId, ask_id: ask.id, contact_id: ask.contactId, purpose: ask.purpose, intro_id: ask.introId, asked_at: ask.askedAt })
    .execute();
}

/** Asks in time order, optionally only those at or after `since` (ISO) or of one contact. */
async function listAsks(db: Kysely<Database>, workspaceId: string, filter: { since?: string; contactId?: string } = {}): Promise<Ask[]> {
  let query = db.selectFrom('asks').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.since) query = query.where('asked_at', '>=', filter.since);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  const rows = await query.orderBy('asked_at').orderBy('ask_id').execute();
  return rows.map((row) => ({ id: row.ask_id, contactId: row.contact_id, purpose: row.purpose, introId: row.intro_id, askedAt: row.asked_at }));
}

/** Asks bound to one workspace: the only way in from app/. */
export function asksRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (ask: Ask) => insertAsk(db, workspaceId, ask),
    list: (filter: { since?: string; contactId?: string } = {}) => listAsks(db, workspaceId, filter),
  };
}
export type AsksRepo = ReturnType<typeof asksRepo>;
