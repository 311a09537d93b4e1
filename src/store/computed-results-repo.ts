// The last result of a costly computation (migration 009), kept with the data version and day it was computed for: a
// server started later answers with it while both are still current, instead of computing it again.
import type { Kysely } from 'kysely';
import { readDataVersion } from './data-version.ts';
import type { RepoScope } from './repo-scope.ts';
import type { Database } from './schema.ts';

export interface ComputedResult {
  name: string;
  /** The workspace's data version when the computation started reading (data-version.ts). */
  dataVersion: number;
  /** YYYY-MM-DD: the day it dates itself to. */
  day: string;
  body: string;
  computedAt: string;
}

async function readResult(db: Kysely<Database>, workspaceId: string, name: string): Promise<ComputedResult | null> {
  const row = await db.selectFrom('computed_results').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
  return row ? { name: row.name, dataVersion: Number(row.data_version), day: row.day, body: row.body, computedAt: row.computed_at } : null;
}

/** Replaces the kept result of that name. */
async function saveResult(db: Kysely<Database>, workspaceId: string, result: ComputedResult): Promise<void> {
  const values = { data_version: result.dataVersion, day: result.day, body: result.body, computed_at: result.computedAt };
  await db
    .insertInto('computed_results')
    .values({ workspace_id: workspaceId, name: result.name, ...values })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'name']).doUpdateSet(values))
    .execute();
}

/** Computed results bound to one workspace, and the data version they are checked against. */
export function computedResultsRepo({ db, workspaceId }: RepoScope, settled: () => Promise<void> = async () => {}) {
  return {
    /** Counting this handle's own writes made so far (their bumps land a moment after them: data-version.ts). */
    dataVersion: async () => {
      await settled();
      return readDataVersion(db, workspaceId);
    },
    read: (name: string) => readResult(db, workspaceId, name),
    save: (result: ComputedResult) => saveResult(db, workspaceId, result),
  };
}
export type ComputedResultsRepo = ReturnType<typeof computedResultsRepo>;
