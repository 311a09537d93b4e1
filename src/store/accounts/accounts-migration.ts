// Migration 006: who may open which workspace (accounts, sessions, tokens, cohorts, invitations, the audit log).
// These tables are global, not per workspace: they sit above the workspaces and are never in a workspace backup.
// They are created on SQLite too (one migration list for both dialects) but only a PostgreSQL server uses them.
import type { Kysely } from 'kysely';

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const ACCOUNTS_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '006-accounts',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('organisations')
      .addColumn('org_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('user_id', 'text', (c) => c.notNull().primaryKey())
      // Stored lower-cased and trimmed: one person, one account, however they type it.
      .addColumn('email', 'text', (c) => c.notNull().unique())
      // argon2id in PHC form ($argon2id$v=19$m=...,t=...,p=...$salt$hash): parameters travel with the hash.
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sessions')
      // sha256 of the cookie value: a copy of this table signs nobody in.
      .addColumn('session_hash', 'text', (c) => c.notNull().primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('csrf_secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('api_tokens')
      // The public id (shown in lists, used to revoke); the secret part is only ever stored hashed.
      .addColumn('token_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('revoked_at', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
    await db.schema
      .createTable('cohorts')
      .addColumn('cohort_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('cohorts_org_name_unique', ['org_id', 'name'])
      .execute();
    await db.schema
      .createTable('cohort_memberships')
      .addColumn('cohort_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('cohort_memberships_pk', ['cohort_id', 'user_id'])
      .execute();
    await db.schema.createIndex('cohort_memberships_user').on('cohort_memberships').column('user_id').execute();
    await db.schema
      .createTable('user_workspaces')
      // One owner per workspace: a member's private network.
      .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('user_workspaces_user').on('user_workspaces').column('user_id').execute();
    await db.schema
      .createTable('invitations')
      .addColumn('invitation_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('cohort_id', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('event_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      // '' when nobody is signed in (a failed sign-in) or an administrator acted through the CLI.
      .addColumn('actor_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  },
};
