// PostgreSQL's second wall (migration 007): a server connected as a role that does not own the tables sees and writes
// only the rows of its workspace, even through a query that forgets the workspace. Superusers bypass row-level
// security, so the test creates a plain login role, as the README's "Scaling out" tells a production setup to.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Contact } from '../core/contacts/contact.ts';
import { emptySignals } from '../core/ties/tie-signals.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openStore, type Store } from './open-store.ts';
import { countSharedTitlesAt, readSharedNetwork, readSharedNetworks } from './accounts/pooled-view-repo.ts';

const NOW = '2026-11-25T12:00:00.000Z';
const APP_ROLE = 'referable_rls_test_app';
const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

function contact(id: string): Contact {
  return {
    id, firstName: 'Ada', lastName: id, linkedinUrl: '', linkedinSlug: '', emails: [`${id}@example.com`], phones: [], phoneKeys: [], company: 'Contoso',
    companyKey: 'contoso', title: '', location: '', industry: '', connectedOn: '', notes: '', tags: [], rating: null, lockedFields: [], source: 'csv', firstSeen: NOW, updatedAt: NOW,
  };
}

describe('row-level security on PostgreSQL', { skip: postgres.skip || undefined }, () => {
  let owner: Store;
  let alpha: Store;
  let beta: Store;
  before(async () => {
    owner = await openStore({ location: postgres.location(), workspaceId: uniqueWorkspace() }, NOW);
    await sql`do $$ begin if not exists (select from pg_roles where rolname = ${sql.lit(APP_ROLE)}) then create role ${sql.raw(APP_ROLE)} login; end if; end $$`.execute(owner.db);
    await sql`grant usage on schema public to ${sql.raw(APP_ROLE)}`.execute(owner.db);
    await sql`grant select, insert, update, delete on all tables in schema public to ${sql.raw(APP_ROLE)}`.execute(owner.db);
    const url = new URL(postgres.location());
    url.username = APP_ROLE;
    url.password = '';
    alpha = await openStore({ location: url.toString(), workspaceId: uniqueWorkspace() }, NOW);
    beta = await openStore({ location: url.toString(), workspaceId: uniqueWorkspace() }, NOW);
    await alpha.workspace.contacts.insert([contact('rls-a1'), contact('rls-a2')]);
    await beta.workspace.contacts.insert([contact('rls-b1')]);
  });
  after(async () => {
    await alpha?.workspace.rows.clear();
    await beta?.workspace.rows.clear();
    await Promise.all([alpha?.close(), beta?.close(), owner?.close()]);
  });

  it('runs as a role that is neither superuser nor owner, so the policies bind it', async () => {
    const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`.execute(alpha.db);
    assert.deepEqual(rows, [{ rolsuper: false, rolbypassrls: false }]);
  });

  it('the pooled-view read pins the wall to the member it reads for one transaction, and the connection is its own again after', async () => {
    const me = await beta.workspace.members.ensure('me', NOW, () => 'rls-me');
    await beta.workspace.ties.upsert([{ fromType: 'member', fromId: me.id, contactId: 'rls-b1', kind: 'connected', connectedOn: '', signals: emptySignals(), source: 'test', updatedAt: NOW }]);
    const shared = await readSharedNetwork(alpha.db, alpha.dialect, beta.workspaceId, 'contacts');
    assert.deepEqual(shared.people.map((person) => person.named?.contactId), ['rls-b1']);
    const after = (await sql<{ contact_id: string }>`select contact_id from contacts order by contact_id`.execute(alpha.db)).rows.map((row) => row.contact_id);
    assert.deepEqual(after, ['rls-a1', 'rls-a2']);
  });

  it('a whole-cohort read sees the workspaces it lists and no more, and only for its own transaction', async () => {
    const [theirs, mine] = await readSharedNetworks(alpha.db, alpha.dialect, [{ workspaceId: beta.workspaceId, level: 'contacts' }, { workspaceId: alpha.workspaceId, level: 'nothing' }]);
    assert.deepEqual(theirs.people.map((person) => person.named?.contactId), ['rls-b1']);
    assert.deepEqual(mine.people, []);
    assert.deepEqual(await countSharedTitlesAt(alpha.db, alpha.dialect, [{ workspaceId: beta.workspaceId, level: 'companies' }], ['contoso']), [[{ companyKey: 'contoso', title: '', people: 1 }]]);
    const after = (await sql<{ contact_id: string }>`select contact_id from contacts order by contact_id`.execute(alpha.db)).rows.map((row) => row.contact_id);
    assert.deepEqual(after, ['rls-a1', 'rls-a2']);
  });

  it('a query that forgets its workspace still sees only its own rows, in and out of a transaction', async () => {
    const unscoped = async (store: Store) => (await sql<{ contact_id: string }>`select contact_id from contacts order by contact_id`.execute(store.db)).rows.map((row) => row.contact_id);
    assert.deepEqual(await unscoped(alpha), ['rls-a1', 'rls-a2']);
    assert.deepEqual(await unscoped(beta), ['rls-b1']);
    const inTransaction = await beta.db.transaction().execute(async (trx) => (await sql<{ n: string }>`select count(*) as n from contacts`.execute(trx)).rows[0].n);
    assert.equal(Number(inTransaction), 1);
    // The owner (here a superuser) sees both: the rows are there, the wall is what hid them.
    const both = await sql<{ n: string }>`select count(*) as n from contacts where contact_id like 'rls-%' and workspace_id in (${alpha.workspaceId}, ${beta.workspaceId})`.execute(owner.db);
    assert.equal(Number(both.rows[0].n), 3);
  });

  it('refuses to write a row into another workspace, and an unscoped delete touches only its own', async () => {
    await assert.rejects(
      sql`insert into contacts (workspace_id, contact_id, first_seen, updated_at) values (${alpha.workspaceId}, 'rls-smuggled', ${NOW}, ${NOW})`.execute(beta.db),
      /row-level security/,
    );
    await sql`delete from contacts`.execute(beta.db);
    assert.equal(await alpha.workspace.contacts.count(), 2);
    assert.equal(await beta.workspace.contacts.count(), 0);
  });
});
