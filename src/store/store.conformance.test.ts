// The repository conformance suite: the same tests against SQLite and a real PostgreSQL server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../core/contacts/contact.ts';
import { emptySignals } from '../core/ties/tie-signals.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { countContacts, getContact, insertContacts, loadContacts, loadScoringContacts, updateContacts } from './contacts-repo.ts';
import { insertImportAudit, listImports } from './history-repo.ts';
import { ensureMember, listMembers } from './members-repo.ts';
import { migrate } from './migrations.ts';
import { openStore, type Store } from './open-store.ts';
import { loadTies, upsertTies } from './ties-repo.ts';
import { clearWorkspace, dumpWorkspace, loadWorkspace, WORKSPACE_TABLES } from './workspace-dump.ts';
import { BACKUP_TABLES } from '../core/backup/backup-tables.ts';
import { activateMarket, listMarkets, saveMarket } from './markets-repo.ts';
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
    const workspace = uniqueWorkspace();
    before(async () => {
      store = await openStore({ location: kind.location(), workspaceId: workspace }, NOW);
    });
    after(async () => {
      await clearWorkspace(store.db, workspace);
      await store.close();
    });

    it('migrates once: running the migrations again changes nothing', async () => {
      assert.deepEqual(await migrate(store.db as unknown as Kysely<unknown>, NOW), []);
    });

    it('stores and loads a contact with every field intact (unicode, lists, quotes, null rating)', async () => {
      const original = contact('c-roundtrip', { rating: null });
      await insertContacts(store.db, store.dialect, workspace, [original]);
      assert.deepEqual(await getContact(store.db, workspace, 'c-roundtrip'), original);
      await updateContacts(store.db, workspace, [{ ...original, rating: 4, tags: ['mentor'], lockedFields: ['title'] }]);
      const updated = await getContact(store.db, workspace, 'c-roundtrip');
      assert.equal(updated?.rating, 4);
      assert.deepEqual(updated?.tags, ['mentor']);
      assert.deepEqual(updated?.lockedFields, ['title']);
    });

    it('reads the lean scoring projection as the full contact says, in id order, inside its own workspace only', async () => {
      const other = uniqueWorkspace();
      await insertContacts(store.db, store.dialect, workspace, [contact('lean-b', { rating: 5 }), contact('lean-a')]);
      await insertContacts(store.db, store.dialect, other, [contact('lean-elsewhere')]);
      try {
        const lean = (await loadScoringContacts(store)).filter((c) => c.id.startsWith('lean-'));
        assert.deepEqual(lean.map((c) => [c.id, c.firstName, c.lastName, c.companyKey, c.connectedOn, c.rating]), [
          ['lean-a', 'Élodie', 'Fàbregas 🚀', 'contoso', '2020-09-30', null],
          ['lean-b', 'Élodie', 'Fàbregas 🚀', 'contoso', '2020-09-30', 5],
        ]);
      } finally {
        await clearWorkspace(store.db, other);
      }
    });

    it('bulk-inserts more rows than one statement may carry', async () => {
      const many = Array.from({ length: 4000 }, (_, i) => contact(`bulk-${String(i).padStart(5, '0')}`));
      await insertContacts(store.db, store.dialect, workspace, many);
      const loaded = await loadContacts(store.db, workspace);
      assert.equal(loaded.filter((c) => c.id.startsWith('bulk-')).length, 4000);
    });

    it('keeps workspaces apart: another workspace sees none of these contacts', async () => {
      const other = uniqueWorkspace();
      assert.equal(await countContacts(store.db, other), 0);
      assert.ok((await countContacts(store.db, workspace)) > 0);
    });

    it('upserts ties: a second write with new signals updates the same tie', async () => {
      const member = await ensureMember(store.db, workspace, 'me', NOW, () => 'm-me');
      const tie = { fromType: 'member' as const, fromId: member.id, contactId: 'c-roundtrip', kind: 'connected' as const, connectedOn: '2020-09-30', signals: emptySignals(), source: 'linkedin', updatedAt: NOW };
      await upsertTies(store.db, store.dialect, workspace, [tie]);
      await upsertTies(store.db, store.dialect, workspace, [{ ...tie, signals: { ...emptySignals(), messageCount: 12, lastMessageAt: '2026-01-02T03:04:05Z' } }]);
      const ties = await loadTies(store.db, workspace, { contactId: 'c-roundtrip' });
      assert.equal(ties.length, 1);
      assert.equal(ties[0].signals.messageCount, 12);
    });

    it('finds members by name whatever the case; the first member is "me"', async () => {
      const again = await ensureMember(store.db, workspace, 'ME', NOW, () => 'm-other');
      assert.equal(again.id, 'm-me');
      const teammate = await ensureMember(store.db, workspace, 'Sam', NOW, () => 'm-sam');
      assert.equal(teammate.isMe, false);
      assert.deepEqual((await listMembers(store.db, workspace)).map((m) => [m.name, m.isMe]), [['me', true], ['Sam', false]]);
    });

    it('rolls back a failed transaction completely', async () => {
      const before = await countContacts(store.db, workspace);
      await assert.rejects(
        store.db.transaction().execute(async (trx) => {
          await insertContacts(trx, store.dialect, workspace, [contact('c-doomed')]);
          await insertContacts(trx, store.dialect, workspace, [contact('c-doomed')]); // duplicate key
        }),
      );
      assert.equal(await countContacts(store.db, workspace), before);
      assert.equal(await getContact(store.db, workspace, 'c-doomed'), null);
    });

    it('records import audits with their issues', async () => {
      await insertImportAudit(store.db, workspace, {
        id: 'i-1', memberId: 'm-me', fileName: 'Connections.csv', sha256: 'ab'.repeat(32), source: 'linkedin', startedAt: NOW, finishedAt: NOW,
        added: 3, updated: 1, unchanged: 0, skipped: 1, issues: [{ file: 'Connections.csv', line: 9, reason: 'hidden profile', severity: 'error' }],
      });
      const [audit] = await listImports(store.db, workspace);
      assert.equal(audit.added, 3);
      assert.equal(audit.issues[0].line, 9);
    });

    it('keeps several named target markets with exactly one active', async () => {
      let next = 0;
      const ids = () => `market-${++next}`;
      await saveMarket(store.db, workspace, { name: 'Fintech', definition: 'name: Fintech\n' }, NOW, ids);
      await saveMarket(store.db, workspace, { name: 'Climate', definition: 'name: Climate\n' }, NOW, ids);
      await saveMarket(store.db, workspace, { name: 'Fintech', definition: 'name: Fintech\n# edited\n' }, NOW, ids);
      let markets = await listMarkets(store.db, workspace);
      assert.deepEqual(markets.map((m) => [m.name, m.active]), [['Climate', false], ['Fintech', true]]);
      assert.match(markets[1].definition, /# edited/);
      await activateMarket(store.db, workspace, markets[0].id);
      markets = await listMarkets(store.db, workspace);
      assert.deepEqual(markets.map((m) => m.active), [true, false]);
    });

    it('dumps and reloads a workspace to identical rows', async () => {
      const dump = await dumpWorkspace(store.db, workspace);
      const copy = uniqueWorkspace();
      await loadWorkspace(store.db, store.dialect, copy, dump);
      assert.deepEqual(await dumpWorkspace(store.db, copy), dump);
      await clearWorkspace(store.db, copy);
      assert.equal(await countContacts(store.db, copy), 0);
    });

    it('has exactly the tables and columns the backup format checks, in the same order with the same keys', async () => {
      // A migration that adds a table or column fails here until core/backup/backup-tables.ts describes it.
      const tables = await store.db.introspection.getTables();
      assert.deepEqual(Object.keys(BACKUP_TABLES), Object.keys(WORKSPACE_TABLES));
      for (const [name, spec] of Object.entries(BACKUP_TABLES)) {
        assert.deepEqual(spec.key, WORKSPACE_TABLES[name as keyof typeof WORKSPACE_TABLES], `${name}: key`);
        const columns = tables.find((table) => table.name === name)?.columns.map((column) => column.name).filter((column) => column !== 'workspace_id') ?? [];
        assert.deepEqual([...columns].sort(), Object.keys(spec.columns).sort(), `${name}: columns`);
      }
    });
  });
}
