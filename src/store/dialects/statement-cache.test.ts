import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { temporaryFolder } from '../../../test/support/test-stores.ts';
import { openStore } from '../open-store.ts';
import { statementCache } from './statement-cache.ts';
import { writeWaitMs } from './write-lock.ts';

const NOW = '2026-11-25T12:00:00.000Z';

describe('statements prepared once per text', () => {
  it('the same text is the same statement; a statement still iterating is not handed out again; the oldest text goes first', () => {
    const database = new Sqlite(':memory:');
    try {
      database.exec('create table t (n integer); insert into t values (1), (2), (3)');
      const prepare = statementCache(database, 2);
      const all = prepare('select n from t order by n');
      assert.equal(prepare('select n from t order by n'), all);
      // A stream over its rows is open: a second caller gets its own statement, and both read everything.
      const rows = all.iterate();
      assert.deepEqual(rows.next().value, { n: 1 });
      const second = prepare('select n from t order by n');
      assert.notEqual(second, all);
      assert.deepEqual(second.all(), [{ n: 1 }, { n: 2 }, { n: 3 }]);
      assert.deepEqual([...rows], [{ n: 2 }, { n: 3 }]);
      assert.equal(prepare('select n from t order by n'), all);
      // Two texts kept at most: a third pushes out the first.
      prepare('select count(*) from t');
      prepare('select max(n) from t');
      assert.notEqual(prepare('select n from t order by n'), all);
    } finally {
      database.close();
    }
  });

  it('a write transaction leaves the writer waiting as long as before for other writers, and its writes are read back', async () => {
    const store = await openStore({ location: join(temporaryFolder(), 'cached.db'), workspaceId: 'w' }, NOW);
    try {
      for (let round = 0; round < 3; round++) {
        await store.db.transaction().execute(async (trx) => {
          await trx.insertInto('settings').values({ workspace_id: 'w', name: `setting-${round}`, value: 'x', updated_at: NOW }).execute();
          // Inside the transaction BEGIN IMMEDIATE has put the wait back: the writer's own statements may wait.
          assert.equal(Number((await sql<{ timeout: number }>`pragma busy_timeout`.execute(trx)).rows[0].timeout), writeWaitMs());
        });
      }
      assert.equal(Number((await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db)).rows[0].timeout), writeWaitMs());
      const names = await store.db.selectFrom('settings').select('name').where('workspace_id', '=', 'w').orderBy('name').execute();
      assert.deepEqual(
        names.map((row) => row.name).filter((name) => name.startsWith('setting-')),
        ['setting-0', 'setting-1', 'setting-2'],
      );
    } finally {
      await store.close();
    }
  });
});
