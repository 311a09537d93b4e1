// The repository conformance suite: the same tests against SQLite and a real PostgreSQL server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../core/contacts/contact.ts';
import { emptySignals } from '../core/ties/tie-signals.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { migrate } from './migrations.ts';
import { openStore, type Store } from './open-store.ts';
import { DERIVED_COLUMNS, WORKSPACE_TABLES } from './workspace-dump.ts';
import type { Workspace } from './workspace-store.ts';
import { BACKUP_TABLES } from '../core/backup/backup-tables.ts';
import type { Kysely } from 'kysely';

const NOW = '2026-11-25T12:00:00.000Z';

function contact(id: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id, firstName: 'Élodie', lastName: 'Fàbregas 🚀', linkedinUrl: `https://www.linkedin.com/in/${id}`, linkedinSlug: id,
    emails: [`${id}@example.com`], phones: ['+33 1 23 45 67 89'], phoneKeys: ['+33123456789'], company: 'Contoso GmbH', companyKey: 'contoso', title: 'Chief of Staff',
    location: 'Paris', industry: '', connectedOn: '2020-09-30', notes: 'met at "SaaStr", 2019', tags: ['mentor', 'paris'], rating: null,
    lockedFields: [], source: 'linkedin', firstSeen: NOW, updatedAt: NOW, ...overrides,
  };
}

for (const kind of TEST_STORES) {
  describe(`store conformance: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let store: Store;
    let ws: Workspace;
    const workspace = uniqueWorkspace();
    /** Another workspace of the same database, through its own handle (a handle is bound to one workspace). */
    async function withOtherWorkspace(work: (other: Workspace) => Promise<void>): Promise<void> {
      const other = await openStore({ location: store.dialect.name === 'postgres' ? kind.location() : store.dialect.location, workspaceId: uniqueWorkspace() }, NOW);
      try {
        await work(other.workspace);
      } finally {
        await other.workspace.rows.clear();
        await other.close();
      }
    }
    before(async () => {
      store = await openStore({ location: kind.location(), workspaceId: workspace }, NOW);
      ws = store.workspace;
    });
    after(async () => {
      await ws.rows.clear();
      await store.close();
    });

    it('migrates once: running the migrations again changes nothing', async () => {
      assert.deepEqual(await migrate(store.db as unknown as Kysely<unknown>, NOW), []);
    });

    it('stores and loads a contact with every field intact (unicode, lists, quotes, null rating)', async () => {
      const original = contact('c-roundtrip', { rating: null });
      await ws.contacts.insert([original]);
      assert.deepEqual(await ws.contacts.get('c-roundtrip'), original);
      await ws.contacts.update([{ ...original, rating: 4, tags: ['mentor'], lockedFields: ['title'] }]);
      const updated = await ws.contacts.get('c-roundtrip');
      assert.equal(updated?.rating, 4);
      assert.deepEqual(updated?.tags, ['mentor']);
      assert.deepEqual(updated?.lockedFields, ['title']);
    });

    it('reads the lean scoring projection as the full contact says, in id order, inside its own workspace only', async () => {
      await ws.contacts.insert([contact('lean-b', { rating: 5 }), contact('lean-a')]);
      await withOtherWorkspace(async (other) => {
        await other.contacts.insert([contact('lean-elsewhere')]);
        const lean = (await ws.contacts.scoring()).filter((c) => c.id.startsWith('lean-'));
        assert.deepEqual(lean.map((c) => [c.id, c.firstName, c.lastName, c.companyKey, c.connectedOn, c.rating]), [
          ['lean-a', 'Élodie', 'Fàbregas 🚀', 'contoso', '2020-09-30', null],
          ['lean-b', 'Élodie', 'Fàbregas 🚀', 'contoso', '2020-09-30', 5],
        ]);
      });
    });

    it('bulk-inserts more rows than one statement may carry', async () => {
      const many = Array.from({ length: 4000 }, (_, i) => contact(`bulk-${String(i).padStart(5, '0')}`));
      await ws.contacts.insert(many);
      const loaded = await ws.contacts.list();
      assert.equal(loaded.filter((c) => c.id.startsWith('bulk-')).length, 4000);
    });

    it('keeps workspaces apart: another workspace sees none of these contacts', async () => {
      await withOtherWorkspace(async (other) => assert.equal(await other.contacts.count(), 0));
      assert.ok((await ws.contacts.count()) > 0);
    });

    it('upserts ties: a second write with new signals updates the same tie', async () => {
      const member = await ws.members.ensure('me', NOW, () => 'm-me');
      const tie = { fromType: 'member' as const, fromId: member.id, contactId: 'c-roundtrip', kind: 'connected' as const, connectedOn: '2020-09-30', signals: emptySignals(), source: 'linkedin', updatedAt: NOW };
      await ws.ties.upsert([tie]);
      await ws.ties.upsert([{ ...tie, signals: { ...emptySignals(), messageCount: 12, lastMessageAt: '2026-01-02T03:04:05Z' } }]);
      const ties = await ws.ties.list({ contactId: 'c-roundtrip' });
      assert.equal(ties.length, 1);
      assert.equal(ties[0].signals.messageCount, 12);
    });

    it("reads one holder's tie links (the lean read scoring uses), leaving other holders' ties out", async () => {
      const signals = { ...emptySignals(), messageCount: 3 };
      await ws.ties.upsert([
        { fromType: 'member', fromId: 'm-links', contactId: 'c-links-1', kind: 'connected', connectedOn: '2021-01-02', signals, source: 'linkedin', updatedAt: NOW },
        { fromType: 'member', fromId: 'm-links', contactId: 'c-links-2', kind: 'knows', connectedOn: '', signals: emptySignals(), source: 'vcard', updatedAt: NOW },
        { fromType: 'member', fromId: 'm-links-other', contactId: 'c-links-1', kind: 'connected', connectedOn: '2019-05-06', signals: emptySignals(), source: 'linkedin', updatedAt: NOW },
        { fromType: 'contact', fromId: 'm-links', contactId: 'c-links-2', kind: 'knows', connectedOn: '', signals: emptySignals(), source: 'linkedin', updatedAt: NOW },
      ]);
      const links = await ws.ties.links({ fromType: 'member', fromId: 'm-links' });
      assert.deepEqual(
        links.map((link) => [link.fromType, link.fromId, link.contactId, link.kind, link.connectedOn, link.signals.messageCount]).sort(),
        [['member', 'm-links', 'c-links-1', 'connected', '2021-01-02', 3], ['member', 'm-links', 'c-links-2', 'knows', '', 0]],
      );
      assert.equal((await ws.ties.links()).filter((link) => link.contactId.startsWith('c-links-')).length, 4);
    });

    it('tie links carry the holders, kinds and signals of the full ties (common texts are numbered in the read)', async () => {
      const member = await ws.members.ensure('me', NOW, () => 'm-me');
      await ws.ties.upsert([
        { fromType: 'member', fromId: member.id, contactId: 'c-known-1', kind: 'connected', connectedOn: '2022-02-03', signals: { ...emptySignals(), invitedBy: 'them' }, source: 'linkedin', updatedAt: NOW },
        { fromType: 'member', fromId: member.id, contactId: 'c-known-2', kind: 'manual', connectedOn: '', signals: { ...emptySignals(), endorsedSkills: ['SQL'] }, source: 'manual', updatedAt: NOW },
        { fromType: 'contact', fromId: 'c-known-1', contactId: 'c-known-2', kind: 'knows', connectedOn: '', signals: emptySignals(), source: 'vcard', updatedAt: NOW },
      ]);
      const fields = (tie: { fromType: string; fromId: string; contactId: string; kind: string; connectedOn: string; signals: unknown }) => JSON.stringify([tie.fromType, tie.fromId, tie.contactId, tie.kind, tie.connectedOn, tie.signals]);
      assert.deepEqual((await ws.ties.links()).map(fields).sort(), (await ws.ties.list()).map(fields).sort());
      // The read itself: a known text comes back as its number in the list, any other value as it is.
      const rows = await store.dialect.readColumns(store.db, 'ties', ['contact_id', 'kind'], workspace, { where: { from_id: member.id }, known: { kind: ['manual', 'connected'] } });
      assert.deepEqual(rows.filter((row) => String(row[0]).startsWith('c-known-')).sort(), [['c-known-1', 1], ['c-known-2', 0]]);
      const plain = await store.dialect.readColumns(store.db, 'ties', ['contact_id', 'kind'], workspace, { where: { from_id: 'c-known-1' }, known: { kind: ['manual'] } });
      assert.deepEqual(plain, [['c-known-2', 'knows']]);
    });

    it('finds members by name whatever the case; the first member is "me"', async () => {
      const again = await ws.members.ensure('ME', NOW, () => 'm-other');
      assert.equal(again.id, 'm-me');
      const teammate = await ws.members.ensure('Sam', NOW, () => 'm-sam');
      assert.equal(teammate.isMe, false);
      assert.deepEqual((await ws.members.list()).map((m) => [m.name, m.isMe]), [['me', true], ['Sam', false]]);
    });

    it('rolls back a failed transaction completely', async () => {
      const before = await ws.contacts.count();
      await assert.rejects(
        ws.transaction(async (tx) => {
          await tx.contacts.insert([contact('c-doomed')]);
          await tx.contacts.insert([contact('c-doomed')]); // duplicate key
        }),
      );
      assert.equal(await ws.contacts.count(), before);
      assert.equal(await ws.contacts.get('c-doomed'), null);
    });

    it('records import audits with their issues', async () => {
      await ws.history.insertImport({
        id: 'i-1', memberId: 'm-me', fileName: 'Connections.csv', sha256: 'ab'.repeat(32), source: 'linkedin', startedAt: NOW, finishedAt: NOW,
        added: 3, updated: 1, unchanged: 0, skipped: 1, issues: [{ file: 'Connections.csv', line: 9, reason: 'hidden profile', severity: 'error' }],
      });
      const [audit] = await ws.history.imports();
      assert.equal(audit.added, 3);
      assert.equal(audit.issues[0].line, 9);
    });

    it('keeps several named target markets with exactly one active', async () => {
      let next = 0;
      const ids = () => `market-${++next}`;
      await ws.markets.save({ name: 'Fintech', definition: 'name: Fintech\n' }, NOW, ids);
      await ws.markets.save({ name: 'Climate', definition: 'name: Climate\n' }, NOW, ids);
      await ws.markets.save({ name: 'Fintech', definition: 'name: Fintech\n# edited\n' }, NOW, ids);
      let markets = await ws.markets.list();
      assert.deepEqual(markets.map((m) => [m.name, m.active]), [['Climate', false], ['Fintech', true]]);
      assert.match(markets[1].definition, /# edited/);
      await ws.markets.activate(markets[0].id);
      markets = await ws.markets.list();
      assert.deepEqual(markets.map((m) => m.active), [true, false]);
    });

    it('dumps and reloads a workspace to identical rows', async () => {
      const dump = await ws.rows.dump();
      await withOtherWorkspace(async (copy) => {
        await copy.rows.load(dump);
        assert.deepEqual(await copy.rows.dump(), dump);
        await copy.rows.clear();
        assert.equal(await copy.contacts.count(), 0);
      });
    });

    it('has exactly the tables and columns the backup format checks, in the same order with the same keys', async () => {
      // A migration that adds a table or column fails here until core/backup/backup-tables.ts describes it.
      const tables = await store.db.introspection.getTables();
      assert.deepEqual(Object.keys(BACKUP_TABLES), Object.keys(WORKSPACE_TABLES));
      for (const [name, spec] of Object.entries(BACKUP_TABLES)) {
        assert.deepEqual(spec.key, WORKSPACE_TABLES[name as keyof typeof WORKSPACE_TABLES], `${name}: key`);
        const columns = tables.find((table) => table.name === name)?.columns.map((column) => column.name).filter((column) => column !== 'workspace_id' && !DERIVED_COLUMNS[name as keyof typeof WORKSPACE_TABLES]?.includes(column)) ?? [];
        assert.deepEqual([...columns].sort(), Object.keys(spec.columns).sort(), `${name}: columns`);
      }
    });
  });
}
