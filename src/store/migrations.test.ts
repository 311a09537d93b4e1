// Migration 005 on a database written before it: the phone keys column arrives empty (the merge derives keys from the
// phones), and links that earlier imports stored as LinkedIn profiles without being profiles are cleared.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { MIGRATIONS, migrate } from './migrations.ts';

const NOW = '2026-12-06T12:00:00.000Z';

describe('migration 005-phone-keys', () => {
  it('adds phone_keys to existing contacts and clears stored links that are not LinkedIn profiles', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Sqlite(':memory:') }) });
    try {
      await migrate(db, NOW);
      // Roll the schema back to what 004 and earlier wrote: drop the column and forget 005.
      await sql`alter table contacts drop column phone_keys`.execute(db);
      await sql`delete from referable_migrations where name = '005-phone-keys'`.execute(db);
      const insert = (id: string, url: string, slug: string) =>
        sql`insert into contacts (workspace_id, contact_id, first_name, linkedin_url, linkedin_slug, phones, first_seen, updated_at)
            values ('w', ${id}, ${id}, ${url}, ${slug}, '["030 1234567"]', ${NOW}, ${NOW})`.execute(db);
      await insert('evil', 'https://www.linkedin.com@evil.com/in/x', '');
      await insert('real', 'https://www.linkedin.com/in/real', 'real');
      assert.deepEqual(await migrate(db, NOW), ['005-phone-keys']);
      const rows = (await sql<{ contact_id: string; linkedin_url: string; phone_keys: string }>`select contact_id, linkedin_url, phone_keys from contacts order by contact_id`.execute(db)).rows;
      assert.deepEqual(rows, [
        { contact_id: 'evil', linkedin_url: '', phone_keys: '[]' },
        { contact_id: 'real', linkedin_url: 'https://www.linkedin.com/in/real', phone_keys: '[]' },
      ]);
      assert.ok(MIGRATIONS.some((migration) => migration.name === '005-phone-keys'));
    } finally {
      await db.destroy();
    }
  });
});

describe('migration 010-company-keys-more-legal-forms', () => {
  it('re-keys contacts stored before the key folded "SE" and "BV", so they join the company they belong to', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Sqlite(':memory:') }) });
    try {
      await migrate(db, NOW);
      await sql`delete from referable_migrations where name = '010-company-keys-more-legal-forms'`.execute(db);
      const insert = (id: string, company: string, key: string) =>
        sql`insert into contacts (workspace_id, contact_id, first_name, company, company_key, first_seen, updated_at)
            values ('w', ${id}, ${id}, ${company}, ${key}, ${NOW}, ${NOW})`.execute(db);
      // As the earlier key wrote them.
      await insert('a', 'Woodgrove Bank SE', 'woodgrove bank se');
      await insert('b', 'Woodgrove Bank, S.A.', 'woodgrove bank');
      await insert('c', 'Fernwallet BV', 'fernwallet bv');
      await insert('d', 'Blue Lagoon Spa', 'blue lagoon spa');
      assert.deepEqual(await migrate(db, NOW), ['010-company-keys-more-legal-forms']);
      const rows = (await sql<{ contact_id: string; company_key: string }>`select contact_id, company_key from contacts order by contact_id`.execute(db)).rows;
      assert.deepEqual(
        rows.map((row) => row.company_key),
        ['woodgrove bank', 'woodgrove bank', 'fernwallet', 'blue lagoon spa'],
      );
    } finally {
      await db.destroy();
    }
  });
});
