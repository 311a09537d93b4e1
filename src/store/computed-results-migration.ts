// Migration 009: what a fresh server can answer with at once. Each workspace counts its writes (data_version, moved on
// by every transaction or statement that changes its data, see data-version.ts), and computed_results keeps the last
// result of a costly computation (the market report) with the data version and day it was computed for. A server
// started later serves it while the data version and the day are still the same, instead of rescoring everyone.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const COMPUTED_RESULTS_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '009-computed-results',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('workspaces').addColumn('data_version', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema
      .createTable('computed_results')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('data_version', 'bigint', (c) => c.notNull())
      // YYYY-MM-DD: results date themselves (the report's asOf), so one is current for its day only.
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('computed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('computed_results_pk', ['workspace_id', 'name'])
      .execute();
    // A tenant table: the same wall as migration 007's.
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`alter table computed_results enable row level security`.execute(db);
      await sql`create policy workspace_isolation on computed_results using (workspace_id = current_setting('app.workspace_id', true)) with check (workspace_id = current_setting('app.workspace_id', true))`.execute(db);
    }
  },
};
