// The contact page's statement is sent to PostgreSQL as one named statement (parsed once per connection, planned once
// PostgreSQL settles on a generic plan), and its answers stay current: a write is seen by the next read.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Contact } from '../../core/contacts/contact.ts';
import { TEST_STORES, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { openStore, type Store } from '../open-store.ts';
import { namedStatement, namingPool, statementName } from './named-statements.ts';
import { watchSentQueries } from './sent-queries.fixture.ts';

const NOW = '2026-11-25T12:00:00.000Z';

describe('named statements', () => {
  it('stand for one text each: the same text again is fine, another text under the name is refused', () => {
    const text = 'select $1::text as named_test_one';
    namedStatement('named_test_one', CompiledQuery.raw(text, ['a']));
    namedStatement('named_test_one', CompiledQuery.raw(text, ['b']));
    assert.equal(statementName(text), 'named_test_one');
    assert.throws(() => namedStatement('named_test_one', CompiledQuery.raw('select 2')), /"named_test_one" was given a second text/);
    assert.equal(statementName('select 2'), undefined);
  });

  it("are sent by a naming pool's clients as named queries; every other query goes as it came", async () => {
    const text = 'select $1::text as named_test_two';
    namedStatement('named_test_two', CompiledQuery.raw(text, []));
    const sent: unknown[][] = [];
    const released: unknown[] = [];
    const client = { query: (...args: unknown[]) => sent.push(args), release: (destroy?: boolean) => released.push(destroy) } as unknown as PostgresPoolClient;
    let ended = false;
    const pool = namingPool({ connect: async () => client, end: async () => void (ended = true) } as PostgresPool);
    const first = await pool.connect();
    assert.equal(await pool.connect(), first, 'one wrapper per client');
    await first.query(text, ['x']);
    await first.query('select 1', []);
    first.release(true);
    await pool.end();
    assert.deepEqual(sent, [[{ name: 'named_test_two', text, values: ['x'] }], ['select 1', []]]);
    assert.deepEqual(released, [true]);
    assert.equal(ended, true);
  });
});

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

function contact(id: string, tags: string[]): Contact {
  return {
    id, firstName: 'Katherine', lastName: 'Johnson', linkedinUrl: '', linkedinSlug: '', emails: [`${id}@example.com`], phones: [], phoneKeys: [], company: 'NASA',
    companyKey: 'nasa', title: 'Mathematician', location: '', industry: '', connectedOn: '', notes: '', tags, rating: null, lockedFields: [], source: 'csv', firstSeen: NOW, updatedAt: NOW,
  };
}

describe('the contact page as a named statement (PostgreSQL)', { skip: postgres.skip || undefined }, () => {
  let store: Store;
  before(async () => {
    store = await openStore({ location: postgres.location(), workspaceId: uniqueWorkspace() }, NOW);
    await store.workspace.contacts.insert([contact('ns-1', ['mentor'])]);
  });
  after(async () => {
    await store?.workspace.rows.clear();
    await store?.close();
  });

  it('is sent by name, and after many reads (a generic plan by then) a write is seen by the next read', async () => {
    const names: unknown[] = [];
    const stopWatching = watchSentQueries((config) => names.push((config as { name?: unknown } | null)?.name));
    try {
      // Sequential: each read takes the same idle connection, which PostgreSQL plans generically after five runs.
      for (let read = 0; read < 8; read++) assert.deepEqual((await store.workspace.contactPage.read('ns-1', []))?.contact.tags, ['mentor']);
    } finally {
      stopWatching();
    }
    assert.equal(names.filter((name) => name === 'referable_contact_page').length, 8);
    await store.workspace.transaction(async (tx) => tx.contacts.update([contact('ns-1', ['mentor', 'board'])]));
    assert.deepEqual((await store.workspace.contactPage.read('ns-1', []))?.contact.tags, ['mentor', 'board']);
    assert.equal(await store.workspace.contactPage.read('ns-missing', []), null);
  });
});
