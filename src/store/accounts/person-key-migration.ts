// Migration 014: each contact's pooled person key (pooled-view-repo.ts sharedPersonKey: sha256 of their identity,
// base64url, 22 characters) stored beside the row on PostgreSQL, so a cohort's pooled load reads 480,000 keys instead
// of hashing them in the statement (about half its time). A generated column: PostgreSQL keeps it right on every
// insert and on every change of linkedin_slug, name_key or company_key, whoever writes them (imports, merges, the
// company-key migration, restores), so no writer has to remember it. The expression must be immutable, which
// convert_to is not; in a UTF8 database decode(…, 'escape') gives the same bytes once backslashes are doubled.
// SQLite has no sha256: its pooled reads go one workspace at a time and key people in JavaScript, so it has no column.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The stored key's expression; '' for a person with no identity. Equal to sharedPersonKey (tests hold them together). */
export const PERSON_KEY_SQL = sql`coalesce(translate(left(encode(sha256(decode(replace(case when linkedin_slug <> '' then 'in:' || linkedin_slug when name_key <> '' then 'name:' || name_key || '|' || company_key end, '\\', '\\\\'), 'escape')), 'base64'), 22), '+/', '-_'), '')`;

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const PERSON_KEY_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '014-person-keys',
  async up(db) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`alter table contacts add column person_key text not null generated always as (${PERSON_KEY_SQL}) stored`.execute(db);
  },
};
