// Migration 011: which of a member's workspaces a cohort sees, stored with their consent to it. Before, a member with
// several workspaces always shared the first; '' still means that (rows from before, and members with none yet).
// cohort_consents is an account table (one row per member and cohort, read across workspaces by the pooled views'
// one audited path), not a tenant table: it names a workspace but holds none of its data, so it takes no row-level
// security policy, like user_workspaces.
import type { Kysely } from 'kysely';

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const CONSENT_WORKSPACE_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '011-consent-workspace',
  async up(db) {
    await db.schema.alterTable('cohort_consents').addColumn('shared_workspace', 'text', (c) => c.notNull().defaultTo('')).execute();
  },
};
