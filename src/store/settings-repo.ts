// Workspace settings in the store: one row per named document (the settings file as the user wrote it).
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

async function readSetting(db: Kysely<Database>, workspaceId: string, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
  return row?.value;
}

async function writeSetting(db: Kysely<Database>, workspaceId: string, name: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ workspace_id: workspaceId, name, value, updated_at: now })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'name']).doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** Settings bound to one workspace. */
export function settingsRepo({ db, workspaceId }: RepoScope) {
  return {
    read: (name: string) => readSetting(db, workspaceId, name),
    write: (name: string, value: string, now: string) => writeSetting(db, workspaceId, name, value, now),
  };
}
export type SettingsRepo = ReturnType<typeof settingsRepo>;
