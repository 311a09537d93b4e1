// Metric snapshots over time: one per kind per day (the latest of the day wins), kept as JSON.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface StoredSnapshot {
  kind: string;
  /** YYYY-MM-DD. */
  takenOn: string;
  payload: string;
  takenAt: string;
}

/** Writes today's snapshot of a kind, replacing an earlier one of the same day. */
async function saveSnapshot(db: Kysely<Database>, workspaceId: string, snapshot: StoredSnapshot): Promise<void> {
  await db
    .insertInto('snapshots')
    .values({ workspace_id: workspaceId, kind: snapshot.kind, taken_on: snapshot.takenOn, payload: snapshot.payload, taken_at: snapshot.takenAt })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'kind', 'taken_on']).doUpdateSet({ payload: snapshot.payload, taken_at: snapshot.takenAt }))
    .execute();
}

/** A kind's snapshots, oldest first (optionally only from a day on). */
async function listSnapshots(db: Kysely<Database>, workspaceId: string, kind: string, from?: string): Promise<StoredSnapshot[]> {
  let query = db.selectFrom('snapshots').selectAll().where('workspace_id', '=', workspaceId).where('kind', '=', kind);
  if (from) query = query.where('taken_on', '>=', from);
  const rows = await query.orderBy('taken_on').execute();
  return rows.map((row) => ({ kind: row.kind, takenOn: row.taken_on, payload: row.payload, takenAt: row.taken_at }));
}

/** Snapshots bound to one workspace. */
export function snapshotsRepo({ db, workspaceId }: RepoScope) {
  return {
    save: (snapshot: StoredSnapshot) => saveSnapshot(db, workspaceId, snapshot),
    list: (kind: string, from?: string) => listSnapshots(db, workspaceId, kind, from),
  };
}
export type SnapshotsRepo = ReturnType<typeof snapshotsRepo>;
