// Migration 008: consent grants (who shares what with which cohort) and path requests between cohort teammates.
// Global tables like 006's: they sit above the workspaces and hold no contact data (a path request's revealed names
// are written only when the teammate accepts, and only the seeker who asked reads them).
import type { Kysely } from 'kysely';

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const POOLING_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '008-cohort-pooling',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cohort_consents')
      .addColumn('cohort_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      // nothing | aggregates | companies | contacts; no row means 'nothing' (private by default).
      .addColumn('level', 'text', (c) => c.notNull())
      // Who changed it last and when ('' for an administrator at the CLI); every change is also in the audit log.
      .addColumn('changed_by', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('cohort_consents_pk', ['cohort_id', 'user_id'])
      .execute();
    await db.schema
      .createTable('path_requests')
      .addColumn('request_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('cohort_id', 'text', (c) => c.notNull())
      .addColumn('seeker_id', 'text', (c) => c.notNull())
      .addColumn('seeker_workspace', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('member_workspace', 'text', (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('company_key', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('history', 'text', (c) => c.notNull().defaultTo('[]'))
      // JSON list of the people the teammate agreed to introduce: filled only on acceptance.
      .addColumn('revealed', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await db.schema.createIndex('path_requests_seeker').on('path_requests').column('seeker_id').execute();
    await db.schema.createIndex('path_requests_member').on('path_requests').column('member_id').execute();
  },
};
