// Migration 004 on a database that concurrent imports left with two copies of people (issue #13): the copies merge
// into one contact each, what referred to them follows, and afterwards the database refuses a second copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { isReferableError } from '../core/errors.ts';
import { randomId } from '../app/app-context.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { findDuplicateGroups, type DuplicateRow } from './duplicate-contacts.ts';
import { dialectFor, openStore } from './open-store.ts';
import { MIGRATIONS } from './migrations.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function row(id: string, overrides: Partial<DuplicateRow> = {}): DuplicateRow {
  return {
    workspace_id: 'w', contact_id: id, linkedin_slug: '', emails: '[]', phones: '[]', tags: '[]', locked_fields: '[]', first_name: 'Ada', last_name: 'Lovelace',
    linkedin_url: '', company: '', company_key: '', title: '', location: '', industry: '', connected_on: '', notes: '', rating: null,
    first_seen: NOW, updated_at: NOW, ...overrides,
  };
}

describe('finding duplicate contacts', () => {
  it('merges copies of one profile: the first-seen id stays, the newest values win, blanks fill, lists unite', () => {
    const groups = findDuplicateGroups([
      row('b', { linkedin_slug: 'ada', title: 'CTO', tags: '["mentor"]', first_seen: '2026-01-02', updated_at: '2026-03-01', notes: '' }),
      row('a', { linkedin_slug: 'ada', title: 'Engineer', tags: '["paris"]', first_seen: '2026-01-01', updated_at: '2026-02-01', notes: 'met at a meetup', rating: 4 }),
      row('c', { linkedin_slug: 'other' }),
    ]);
    assert.equal(groups.length, 1);
    const [{ kept, dropped }] = groups;
    assert.deepEqual([kept.contact_id, kept.first_seen, kept.title, kept.notes, kept.rating, JSON.parse(kept.tags)], ['a', '2026-01-01', 'CTO', 'met at a meetup', 4, ['mentor', 'paris']]);
    assert.deepEqual(dropped, ['b']);
  });

  it('merges contacts without a profile by first email, but never across workspaces or across profiles', () => {
    const groups = findDuplicateGroups([
      row('a', { emails: '["ada@example.com"]' }),
      row('b', { emails: '["ada@example.com","ada@home.example"]' }),
      row('c', { emails: '["ada@example.com"]', workspace_id: 'other' }),
      row('d', { emails: '["ada@example.com"]', linkedin_slug: 'ada-1' }),
      row('e', { emails: '["ada@example.com"]', linkedin_slug: 'ada-2' }),
    ]);
    assert.deepEqual(groups.map((group) => [group.kept.contact_id, group.dropped, JSON.parse(group.kept.emails)]), [['a', ['b'], ['ada@example.com', 'ada@home.example']]]);
  });
});

/** A database of its own at migration 003 (a PostgreSQL schema of its own), with `drop` to remove it. */
async function legacyDatabase(kind: (typeof TEST_STORES)[number]): Promise<{ location: string; drop: () => Promise<void> }> {
  if (kind.name === 'sqlite') return { location: kind.location(), drop: async () => {} };
  const schema = `legacy_${randomId().toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  const admin = new pg.Client({ connectionString: kind.location() });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(kind.location());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    location: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: kind.location() });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

for (const kind of TEST_STORES) {
  describe(`migration 004 on duplicates: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    it('merges copies left by concurrent imports, moves what referred to them, then refuses new copies', async () => {
      const { location, drop } = await legacyDatabase(kind);
      const workspace = uniqueWorkspace();
      // The schema as the buggy version left it: migrations 001-003, two copies of one profile and of one email.
      const legacy = dialectFor(location).createKysely(workspace) as unknown as Kysely<unknown>;
      try {
        await legacy.transaction().execute(async (trx) => {
          await sql`create table referable_migrations (name text not null primary key, applied_at text not null)`.execute(trx);
          for (const migration of MIGRATIONS.slice(0, 3)) {
            await migration.up(trx);
            await sql`insert into referable_migrations (name, applied_at) values (${migration.name}, ${NOW})`.execute(trx);
          }
          const contact = (id: string, slug: string, emails: string, seen: string, tags: string) =>
            sql`insert into contacts (workspace_id, contact_id, first_name, last_name, linkedin_slug, emails, tags, first_seen, updated_at) values (${workspace}, ${id}, 'Ada', 'Lovelace', ${slug}, ${emails}, ${tags}, ${seen}, ${seen})`.execute(trx);
          await contact('c1', 'ada', '[]', '2026-01-01', '["a"]');
          await contact('c2', 'ada', '[]', '2026-01-02', '["b"]');
          await contact('c3', '', '["bo@example.com"]', '2026-01-01', '[]');
          await contact('c4', '', '["bo@example.com"]', '2026-01-03', '[]');
          await sql`insert into workspaces (workspace_id, name, created_at) values (${workspace}, ${workspace}, ${NOW})`.execute(trx);
          await sql`insert into members (workspace_id, member_id, name, is_me, created_at, contact_id) values (${workspace}, 'm1', 'me', 1, ${NOW}, 'c2')`.execute(trx);
          const tie = (contactId: string) => sql`insert into ties (workspace_id, from_type, from_id, contact_id, kind, updated_at) values (${workspace}, 'member', 'm1', ${contactId}, 'connected', ${NOW})`.execute(trx);
          for (const id of ['c1', 'c2', 'c3', 'c4']) await tie(id);
          await sql`insert into needs (workspace_id, need_id, contact_id, text, created_at) values (${workspace}, 'n1', 'c2', 'a job', ${NOW})`.execute(trx);
          await sql`insert into interactions (workspace_id, interaction_id, contact_id, kind, occurred_at) values (${workspace}, 'i1', 'c4', 'call', ${NOW})`.execute(trx);
        });
      } finally {
        await legacy.destroy();
      }
      const store = await openStore({ location, workspaceId: workspace }, NOW);
      try {
        const contacts = await store.db.selectFrom('contacts').select(['contact_id', 'tags']).where('workspace_id', '=', workspace).orderBy('contact_id').execute();
        assert.deepEqual(contacts.map((c) => [c.contact_id, JSON.parse(c.tags)]), [['c1', ['b', 'a']], ['c3', []]]);
        const ties = await store.db.selectFrom('ties').select('contact_id').where('workspace_id', '=', workspace).orderBy('contact_id').execute();
        assert.deepEqual(ties.map((t) => t.contact_id), ['c1', 'c3']);
        assert.equal((await store.db.selectFrom('members').select('contact_id').where('workspace_id', '=', workspace).executeTakeFirstOrThrow()).contact_id, 'c1');
        assert.equal((await store.db.selectFrom('needs').select('contact_id').where('workspace_id', '=', workspace).executeTakeFirstOrThrow()).contact_id, 'c1');
        assert.equal((await store.db.selectFrom('interactions').select('contact_id').where('workspace_id', '=', workspace).executeTakeFirstOrThrow()).contact_id, 'c3');
        const copy = (id: string, slug: string, emails: string) =>
          store.db.insertInto('contacts').values({ workspace_id: workspace, contact_id: id, linkedin_slug: slug, emails, first_seen: NOW, updated_at: NOW } as never).execute();
        const conflict = (constraint: string) => (error: unknown) => isReferableError(error) && error.code === 'CONFLICT' && error.details?.constraint === constraint;
        await assert.rejects(copy('c5', 'ada', '[]'), conflict('contacts_slug_unique'));
        await assert.rejects(copy('c6', '', '["bo@example.com"]'), conflict('contacts_email_unique'));
        // A second profile with the same email, and contacts with neither key, are other people.
        await copy('c7', 'ada-2', '["bo@example.com"]');
        await copy('c8', '', '[]');
        await copy('c9', '', '[]');
      } finally {
        await store.db.deleteFrom('contacts').where('workspace_id', '=', workspace).execute();
        await store.close();
        await drop();
      }
    });
  });
}
