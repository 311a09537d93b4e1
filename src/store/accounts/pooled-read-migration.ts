// Migration 012: the pooled views read a whole cohort in one statement (store/accounts/pooled-view-repo.ts) instead of
// one transaction per member.
// - Row-level security (migration 007) admits one workspace per transaction, so the four tables those reads touch take
//   a second, read-only policy: a transaction may also read the workspaces it lists in app.pooled_workspaces, which
//   only the pooled-view repository sets, for its own transaction, to the workspaces whose owners consent to the read.
//   Permissive policies add up (either admits a row); writes still answer to 007 alone.
// - Warm paths count teammates' people at a few companies by title: the company index carries the title and the
//   contact id, so that count reads the index alone, never the contacts' rows (PostgreSQL's INCLUDE; SQLite keeps
//   the plain index, its pooled reads go one workspace at a time anyway).
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The tenant tables a pooled read touches. */
export const POOLED_READ_TABLES = ['contacts', 'ties', 'members', 'target_markets'] as const;

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const POOLED_READ_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '012-pooled-reads',
  async up(db) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    for (const table of POOLED_READ_TABLES) {
      // The list is split once per statement (a scalar subquery runs once), not once per row. Workspace ids are
      // letters, digits, dots, dashes and underscores (app/accounts/workspaces.ts); the repository never lists one
      // with a comma.
      await sql`create policy pooled_read on ${sql.table(table)} for select using (workspace_id = any ((select string_to_array(current_setting('app.pooled_workspaces', true), ','))::text[]))`.execute(db);
    }
    await sql`drop index contacts_company`.execute(db);
    await sql`create index contacts_company on contacts (workspace_id, company_key) include (title, contact_id)`.execute(db);
  },
};
