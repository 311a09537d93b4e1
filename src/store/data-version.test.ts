// The data version a kept result is checked against moves on with every change to the workspace's data, in a
// transaction or not, on both databases, and not with writes that only record computed things.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../core/contacts/contact.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openStore, type Store } from './open-store.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function contact(id: string): Contact {
  return {
    id, firstName: 'Ada', lastName: id, linkedinUrl: '', linkedinSlug: '', emails: [`${id}@example.com`], phones: [], phoneKeys: [], company: 'Contoso',
    companyKey: 'contoso', title: '', location: '', industry: '', connectedOn: '', notes: '', tags: [], rating: null, lockedFields: [], source: 'csv', firstSeen: NOW, updatedAt: NOW,
  };
}

/** The version counting every write this handle made (an autocommit write's bump lands just after it). */
const settled = (store: Store) => store.workspace.computed.dataVersion();

for (const kind of TEST_STORES) {
  describe(`data version (${kind.name})`, { skip: kind.skip || undefined }, () => {
    let store: Store;
    let other: Store;
    before(async () => {
      const location = kind.location();
      store = await openStore({ location, workspaceId: uniqueWorkspace() }, NOW);
      // Another workspace of the same database: its writes are not this one's.
      other = await openStore({ location, workspaceId: uniqueWorkspace() }, NOW);
    });
    after(async () => {
      await store?.workspace.rows.clear();
      await other?.workspace.rows.clear();
      await Promise.all([store?.close(), other?.close()]);
    });

    it('moves on once per transaction that changes data, and not for one that only reads', async () => {
      const start = await store.workspace.computed.dataVersion();
      await store.workspace.transaction(async (tx) => {
        await tx.contacts.insert([contact('dv-1'), contact('dv-2')]);
        await tx.contacts.update([{ ...contact('dv-1'), title: 'Director of Product' }]);
      });
      assert.equal(await store.workspace.computed.dataVersion(), start + 1);
      await store.workspace.transaction(async (tx) => tx.contacts.count());
      assert.equal(await store.workspace.computed.dataVersion(), start + 1);
    });

    it('moves on after a change made outside a transaction, and not for another workspace', async () => {
      const start = await settled(store);
      await store.workspace.settings.write('week.minutes', '120', NOW);
      assert.equal(await settled(store), start + 1);
      await other.workspace.contacts.insert([contact('dv-elsewhere')]);
      assert.equal(await settled(store), start + 1);
    });

    it('does not move for what only records computed things: kept results and the daily index snapshot', async () => {
      const start = await settled(store);
      await store.workspace.transaction(async (tx) => {
        await tx.snapshots.save({ kind: 'index', takenOn: '2026-11-25', payload: '{}', takenAt: NOW });
        await tx.computed.save({ name: 'market report', dataVersion: start, day: '2026-11-25', body: '{}', computedAt: NOW });
      });
      await store.workspace.snapshots.save({ kind: 'index', takenOn: '2026-11-26', payload: '{}', takenAt: NOW });
      assert.equal(await settled(store), start);
      assert.deepEqual(await store.workspace.computed.read('market report'), { name: 'market report', dataVersion: start, day: '2026-11-25', body: '{}', computedAt: NOW });
    });

    it('a transaction that fails leaves the version where it was', async () => {
      const start = await settled(store);
      await assert.rejects(
        store.workspace.transaction(async (tx) => {
          await tx.contacts.insert([contact('dv-rolled-back')]);
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      assert.equal(await store.workspace.computed.dataVersion(), start);
    });
  });
}
