// A write transaction's data-version bump travels with its COMMIT on PostgreSQL (one round trip, not two), and a
// transaction that cannot commit still commits nothing and moves no version.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../../core/contacts/contact.ts';
import { TEST_STORES, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { openStore, type Store } from '../open-store.ts';
import { textLiteral } from './at-commit.ts';
import { queryText, watchSentQueries } from './sent-queries.fixture.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function contact(id: string): Contact {
  return {
    id, firstName: 'Grace', lastName: id, linkedinUrl: '', linkedinSlug: '', emails: [`${id}@example.com`], phones: [], phoneKeys: [], company: 'Contoso',
    companyKey: 'contoso', title: '', location: '', industry: '', connectedOn: '', notes: '', tags: [], rating: null, lockedFields: [], source: 'csv', firstSeen: NOW, updatedAt: NOW,
  };
}

describe('textLiteral', () => {
  it('doubles quotes and nothing else', () => {
    assert.equal(textLiteral("o'brien's \\ team"), "'o''brien''s \\ team'");
  });
});

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('the data version bump sent with COMMIT (PostgreSQL)', { skip: postgres.skip || undefined }, () => {
  let store: Store;
  let workspaceId: string;
  /** The statements pg sends while `work` runs, as their text. */
  let sent: (work: () => Promise<unknown>) => Promise<string[]>;
  before(async () => {
    workspaceId = uniqueWorkspace();
    store = await openStore({ location: postgres.location(), workspaceId }, NOW);
    // The writer's connection is opened (and its session set up) before anything is counted.
    await store.workspace.transaction(async (tx) => tx.contacts.insert([contact('ac-warm')]));
    sent = async (work) => {
      const log: string[] = [];
      const stopWatching = watchSentQueries((config) => log.push(queryText(config)));
      try {
        await work().catch(() => {});
      } finally {
        stopWatching();
      }
      return log;
    };
  });
  after(async () => {
    await store?.workspace.rows.clear();
    await store?.close();
  });

  it('a transaction that changes data is three round trips: begin with the lock, the write, then the bump and COMMIT together', async () => {
    const start = await store.workspace.computed.dataVersion();
    const log = await sent(() => store.workspace.transaction(async (tx) => tx.contacts.insert([contact('ac-1')])));
    assert.equal(log.length, 3, log.join('\n'));
    assert.match(log[0], /^begin; .*pg_advisory_xact_lock/);
    assert.match(log[1], /^insert into "contacts"/);
    assert.equal(log[2], `update workspaces set data_version = data_version + 1 where workspace_id = ${textLiteral(workspaceId)}; commit`);
    assert.equal(await store.workspace.computed.dataVersion(), start + 1);
    assert.equal((await store.workspace.contacts.get('ac-1'))?.lastName, 'ac-1');
  });

  it('one that only reads commits alone, with no bump', async () => {
    const start = await store.workspace.computed.dataVersion();
    const log = await sent(() => store.workspace.transaction(async (tx) => tx.contacts.count()));
    assert.equal(log.at(-1), 'commit');
    assert.ok(!log.some((statement) => /data_version/.test(statement)), log.join('\n'));
    assert.equal(await store.workspace.computed.dataVersion(), start);
  });

  it('one whose statement failed (the failure caught) commits nothing and moves no version', async () => {
    const start = await store.workspace.computed.dataVersion();
    await assert.rejects(
      store.workspace.transaction(async (tx) => {
        await tx.contacts.insert([contact('ac-kept-out')]);
        // The same person again: PostgreSQL refuses it and the transaction can no longer commit.
        await tx.contacts.insert([contact('ac-kept-out')]).catch(() => {});
      }),
    );
    assert.equal(await store.workspace.contacts.get('ac-kept-out'), null);
    assert.equal(await store.workspace.computed.dataVersion(), start);
    // The writer's connection is clean for the next transaction.
    await store.workspace.transaction(async (tx) => tx.contacts.insert([contact('ac-after')]));
    assert.equal(await store.workspace.computed.dataVersion(), start + 1);
  });

  it('one that throws after its writes sends no bump at all', async () => {
    const start = await store.workspace.computed.dataVersion();
    const log = await sent(() =>
      store.workspace.transaction(async (tx) => {
        await tx.contacts.insert([contact('ac-thrown')]);
        throw new Error('changed my mind');
      }),
    );
    assert.equal(log.at(-1), 'rollback');
    assert.ok(!log.some((statement) => /data_version/.test(statement)), log.join('\n'));
    assert.equal(await store.workspace.contacts.get('ac-thrown'), null);
    assert.equal(await store.workspace.computed.dataVersion(), start);
  });
});
