// The ledger, snapshot and content repositories on SQLite and PostgreSQL: append-only with refusal of duplicates,
// one snapshot per day (latest wins), and content keyed by URL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isReferableError } from '../core/errors.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openStore, type Store } from './open-store.ts';
import type { ReferralEventRow } from './referral-events-repo.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function row(id: string, overrides: Partial<ReferralEventRow> = {}): ReferralEventRow {
  return {
    event_id: id, direction: 'given', kind: 'intro', contact_id: 'c1', other_contact_id: 'c2', intro_id: '', company: 'Ledgerlark', outcome: '',
    note: 'café ☕ "quoted"', occurred_on: '2026-03-14', recorded_at: NOW, dedupe_key: `key-${id}`, ...overrides,
  };
}

for (const kind of TEST_STORES) {
  describe(`ledger, snapshot and content repositories: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let store: Store;
    const workspace = uniqueWorkspace();
    before(async () => {
      store = await openStore({ location: kind.location(), workspaceId: workspace }, NOW);
    });
    after(async () => {
      await store.workspace.rows.clear();
      await store.close();
    });

    it('appends events and reads them back intact, by date, by contact on either side, by direction', async () => {
      await store.workspace.referralEvents.insert(row('e2', { occurred_on: '2026-04-01', direction: 'received', contact_id: 'c3', other_contact_id: '' }));
      await store.workspace.referralEvents.insert(row('e1'));
      assert.deepEqual(await store.workspace.referralEvents.get('e1'), row('e1'));
      assert.deepEqual((await store.workspace.referralEvents.list()).map((event) => event.event_id), ['e1', 'e2']);
      assert.deepEqual((await store.workspace.referralEvents.list({ contactId: 'c2' })).map((event) => event.event_id), ['e1']);
      assert.deepEqual((await store.workspace.referralEvents.list({ direction: 'received' })).map((event) => event.event_id), ['e2']);
    });

    it('refuses a duplicate dedupe key with CONFLICT naming the stored event, inside a transaction, and keeps the ledger as it was', async () => {
      const before = await store.workspace.referralEvents.count();
      await assert.rejects(
        store.workspace.transaction(async (tx) => {
          await tx.referralEvents.insert(row('e3', { dedupe_key: 'key-fresh' }));
          await tx.referralEvents.insert(row('e4', { dedupe_key: 'key-e1' }));
        }),
        (error) => isReferableError(error) && error.code === 'CONFLICT' && /event e1/.test(error.message),
      );
      assert.equal(await store.workspace.referralEvents.count(), before, 'the whole transaction rolled back');
    });

    it('records thank-yous as interactions and reads their dates per contact', async () => {
      await store.workspace.referralEvents.insertThankYou({ interactionId: 't1', contactId: 'c3', occurredAt: '2026-04-02T09:00:00.000Z', note: '', minutes: 5 });
      assert.deepEqual([...(await store.workspace.referralEvents.thankYouDates()).entries()], [['c3', ['2026-04-02']]]);
    });

    it('keeps one snapshot per kind and day: the latest run of the day wins', async () => {
      await store.workspace.snapshots.save({ kind: 'index', takenOn: '2026-11-24', payload: '{"score":10}', takenAt: '2026-11-24T08:00:00.000Z' });
      await store.workspace.snapshots.save({ kind: 'index', takenOn: '2026-11-25', payload: '{"score":20}', takenAt: '2026-11-25T08:00:00.000Z' });
      await store.workspace.snapshots.save({ kind: 'index', takenOn: '2026-11-25', payload: '{"score":30}', takenAt: '2026-11-25T18:00:00.000Z' });
      const list = await store.workspace.snapshots.list('index');
      assert.deepEqual(list.map((s) => [s.takenOn, s.payload]), [['2026-11-24', '{"score":10}'], ['2026-11-25', '{"score":30}']]);
      assert.deepEqual(await store.workspace.snapshots.list('other'), []);
    });

    it('adds content by hand with its topics, and refuses a URL already in the ledger', async () => {
      const me = await store.workspace.members.ensure('me', NOW, () => 'm1');
      const item = { memberId: me.id, url: 'https://example.com/a', kind: 'created' as const, title: 'Pay by bank', publishedOn: '2026-11-20', body: '', sharedUrl: '', source: 'manual', createdAt: NOW, topics: ['payments', 'open banking'] };
      await store.workspace.content.insert(item);
      assert.deepEqual(await store.workspace.content.list(me.id), [item]);
      await assert.rejects(store.workspace.content.insert({ ...item, title: 'again' }), (error) => isReferableError(error) && error.code === 'CONFLICT' && /already in your content ledger/.test(error.message));
    });

    it('reads open needs with their topic, closed ones left out', async () => {
      await store.db.insertInto('needs').values([
        { workspace_id: workspace, need_id: 'n1', contact_id: 'c1', text: 'SOC 2 audit', topic: 'compliance', deadline: '', status: 'open', close_note: '', created_at: NOW, closed_at: '' },
        { workspace_id: workspace, need_id: 'n2', contact_id: 'c1', text: 'old need', topic: '', deadline: '', status: 'closed', close_note: '', created_at: NOW, closed_at: NOW },
      ]).execute();
      assert.deepEqual([...(await store.workspace.content.openNeedTexts()).entries()], [['c1', ['SOC 2 audit (compliance)']]]);
    });
  });
}
