import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { temporaryFolder } from '../../../test/support/test-stores.ts';
import { openStore } from '../open-store.ts';
import type { Database } from '../schema.ts';
import { guardedDialect } from './guarded-dialect.ts';
import { storeFailure } from './store-failure.ts';

const NOW = '2026-11-25T12:00:00.000Z';

const row = (workspace: string, id: string) => ({ workspace_id: workspace, name: id, value: 'x'.repeat(2_000), updated_at: NOW });

describe('store failures say why', () => {
  it('a disk that fills up mid-transaction is an IO_ERROR naming the database and SQLITE_FULL, and nothing is written', async () => {
    const path = join(temporaryFolder(), 'full.db');
    const store = await openStore({ location: path, workspaceId: 'w' }, NOW);
    try {
      // A page limit is a full disk as SQLite sees it: the same error, and SQLite ends the transaction itself.
      const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0].page_count);
      await sql.raw(`pragma max_page_count = ${pages + 4}`).execute(store.db);
      const rows = Array.from({ length: 200 }, (_, index) => row('w', `setting-${index}`));
      for (const write of [
        (trx: Kysely<Database>) => store.dialect.writeRows(trx, 'settings', rows),
        async (trx: Kysely<Database>) => {
          await trx.insertInto('settings').values(rows).execute();
        },
      ]) {
        await assert.rejects(store.db.transaction().execute(write), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'IO_ERROR');
          assert.equal(error.message, `cannot write the database ${path}: the disk is full (SQLITE_FULL); nothing was changed; free some space and run it again`);
          return true;
        });
      }
      assert.deepEqual(await store.db.selectFrom('settings').select('name').execute(), []);
    } finally {
      await store.close();
    }
  });

  it('an I/O error after which SQLite already rolled back is reported, not "cannot rollback"', async () => {
    let inTransaction = false;
    // A database whose disk fails on the first insert (SQLITE_IOERR_WRITE), then has no transaction left to roll back.
    const failing: SqliteDatabase = {
      close() {},
      prepare(text: string) {
        return {
          reader: false,
          all: () => [],
          iterate: () => [][Symbol.iterator](),
          run() {
            if (/^begin/i.test(text)) inTransaction = true;
            if (/^insert/i.test(text)) {
              inTransaction = false;
              throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
            }
            if (/^rollback/i.test(text)) throw new Error('cannot rollback - no transaction is active');
            return { changes: 0, lastInsertRowid: 0 };
          },
        };
      },
    };
    const db = new Kysely<Database>({ dialect: guardedDialect(new SqliteDialect({ database: failing }), { translate: (error) => storeFailure(error, 'eio.db'), inTransaction: () => inTransaction }) });
    await assert.rejects(
      db.transaction().execute((trx) => trx.insertInto('settings').values(row('w', 'a')).execute()),
      { code: 'IO_ERROR', message: 'cannot write the database eio.db: the disk reported an input/output error (SQLITE_IOERR_WRITE); nothing was changed' },
    );
    // Without the transaction check, the rollback's own failure is swallowed rather than shown.
    const unchecked = new Kysely<Database>({ dialect: guardedDialect(new SqliteDialect({ database: failing }), { translate: (error) => storeFailure(error, 'eio.db') }) });
    await assert.rejects(unchecked.transaction().execute((trx) => trx.insertInto('settings').values(row('w', 'a')).execute()), /input\/output error \(SQLITE_IOERR_WRITE\)/);
    await db.destroy();
    await unchecked.destroy();
  });

  it('names PostgreSQL server failures and leaves other errors alone', () => {
    const full = storeFailure(Object.assign(new Error('could not extend file'), { code: '53100' }), 'postgres://db/x') as Error;
    assert.equal(full.message, "cannot write the database postgres://db/x: the database server's disk is full (53100); nothing was changed; free some space and run it again");
    const other = new Error('syntax error');
    assert.equal(storeFailure(Object.assign(other, { code: '42601' }), 'x'), other);
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    assert.equal(storeFailure(missing, 'x'), missing, 'a path problem is not a store failure');
  });
});
