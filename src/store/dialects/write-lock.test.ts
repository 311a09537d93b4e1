import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompiledQuery, DatabaseConnection, Driver } from 'kysely';
import { isReferableError } from '../../core/errors.ts';
import { storeFailure } from './store-failure.ts';
import { sqliteBeginImmediate, workspaceLockKey, writeWaitMs } from './write-lock.ts';
import { TEST_STORES, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { openStore } from '../open-store.ts';

/** A connection whose first `busyFor` BEGIN IMMEDIATEs find another writer holding the file. */
function contendedConnection(busyFor: number, failure: { code: string } = { code: 'SQLITE_BUSY' }) {
  const statements: string[] = [];
  let attempts = 0;
  const connection = {
    async executeQuery(query: CompiledQuery) {
      statements.push(query.sql);
      if (++attempts <= busyFor) throw Object.assign(new Error('database is locked'), failure);
      return { rows: [] };
    },
    streamQuery() {
      throw new Error('not used');
    },
  } as unknown as DatabaseConnection;
  return { connection, statements };
}

/** A clock that moves only when the lock sleeps, so waits are counted, never timed. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return { clock: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)), slept };
}

describe('the SQLite write lock', () => {
  it('waits its turn without blocking: BEGIN IMMEDIATE is tried again after short pauses until the other writer is done', async () => {
    const { connection, statements } = contendedConnection(3);
    const time = fakeTime();
    const timeouts: number[] = [];
    let busyTimeout = 60_000;
    const setBusyTimeout = (ms: number) => {
      const previous = busyTimeout;
      busyTimeout = ms;
      timeouts.push(ms);
      return previous;
    };
    const begin = sqliteBeginImmediate({ location: 'a.db', waitMs: 60_000, setBusyTimeout, sleep: time.sleep, clock: time.clock });
    await begin(connection, {}, {} as Driver);
    assert.deepEqual(statements, ['begin immediate', 'begin immediate', 'begin immediate', 'begin immediate']);
    assert.deepEqual(time.slept, [1, 2, 4]);
    // The connection's own busy timeout is off while trying (the thread never sleeps in SQLite) and restored after.
    assert.deepEqual(timeouts, [0, 60_000, 0, 60_000, 0, 60_000, 0, 60_000]);
    assert.equal(busyTimeout, 60_000);
  });

  it('past the limit stops with BUSY, naming the database and what to do', async () => {
    const { connection } = contendedConnection(Infinity);
    const time = fakeTime();
    const begin = sqliteBeginImmediate({ location: 'team.db', waitMs: 1_000, setBusyTimeout: () => 0, sleep: time.sleep, clock: time.clock });
    await assert.rejects(begin(connection, {}, {} as Driver), (error) => {
      assert.ok(isReferableError(error) && error.code === 'BUSY');
      assert.match(error.message, /^the database team\.db is busy: .* for more than 1 s; nothing was changed\. Run this again when it is done \(REFERABLE_WRITE_WAIT=SECONDS waits longer\)$/);
      return true;
    });
    assert.ok(time.clock() >= 1_000 && time.clock() < 1_200, 'it waited the limit, not more');
  });

  it('does not retry other failures (a full disk is reported at once)', async () => {
    const { connection, statements } = contendedConnection(1, { code: 'SQLITE_FULL' });
    const time = fakeTime();
    await assert.rejects(sqliteBeginImmediate({ location: 'a.db', waitMs: 60_000, setBusyTimeout: () => 0, sleep: time.sleep, clock: time.clock })(connection, {}, {} as Driver), { code: 'SQLITE_FULL' });
    assert.equal(statements.length, 1);
  });
});

describe('write lock settings and failures', () => {
  it('reads the wait limit from REFERABLE_WRITE_WAIT (seconds), 60 s when unset or not a positive number', () => {
    assert.equal(writeWaitMs({}), 60_000);
    assert.equal(writeWaitMs({ REFERABLE_WRITE_WAIT: '2.5' }), 2_500);
    assert.equal(writeWaitMs({ REFERABLE_WRITE_WAIT: '-1' }), 60_000);
    assert.equal(writeWaitMs({ REFERABLE_WRITE_WAIT: 'soon' }), 60_000);
  });

  it('gives each workspace its own stable 64-bit lock key', () => {
    assert.equal(workspaceLockKey('default'), workspaceLockKey('default'));
    assert.notEqual(workspaceLockKey('default'), workspaceLockKey('cohort-2'));
    assert.ok(BigInt(workspaceLockKey('default')) >= -(2n ** 63n) && BigInt(workspaceLockKey('default')) < 2n ** 63n);
  });

  it('turns a lock wait that ran out into BUSY and a second copy of a person into CONFLICT; other errors pass', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '55P03']) {
      const error = storeFailure(Object.assign(new Error('locked'), { code }), 'x.db');
      assert.ok(isReferableError(error) && error.code === 'BUSY', code);
    }
    const sqliteSlug = storeFailure(Object.assign(new Error('UNIQUE constraint failed: contacts.workspace_id, contacts.linkedin_slug'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), 'x.db');
    assert.ok(isReferableError(sqliteSlug) && sqliteSlug.code === 'CONFLICT' && /LinkedIn profile/.test(sqliteSlug.message));
    const pgEmail = storeFailure(Object.assign(new Error('duplicate key value violates unique constraint "contacts_email_unique"'), { code: '23505', constraint: 'contacts_email_unique' }), 'pg');
    assert.ok(isReferableError(pgEmail) && pgEmail.code === 'CONFLICT' && /email/.test(pgEmail.message));
    const other = Object.assign(new Error('duplicate key value violates unique constraint "needs_pk"'), { code: '23505', constraint: 'needs_pk' });
    assert.equal(storeFailure(other, 'pg'), other);
  });
});

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('the PostgreSQL write lock', { skip: postgres.skip || undefined }, () => {
  it('past the limit stops with BUSY, and the writer\'s connections are clean for its next transactions', async () => {
    const workspaceId = uniqueWorkspace();
    const holder = await openStore({ location: postgres.location(), workspaceId }, '2026-11-25T12:00:00.000Z');
    const previous = process.env.REFERABLE_WRITE_WAIT;
    process.env.REFERABLE_WRITE_WAIT = '0.3';
    const waiter = await openStore({ location: postgres.location(), workspaceId }, '2026-11-25T12:00:00.000Z');
    if (previous === undefined) delete process.env.REFERABLE_WRITE_WAIT;
    else process.env.REFERABLE_WRITE_WAIT = previous;
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holding = holder.workspace.transaction(async () => {
        locked();
        await held;
      });
      await isLocked;
      // Twice: each time on a writer's connection, which must not stay in its failed transaction.
      for (let attempt = 0; attempt < 2; attempt++) {
        await assert.rejects(waiter.workspace.transaction(async (tx) => tx.settings.write('week.minutes', '90', '2026-11-25T12:00:00.000Z')), (error: unknown) => isReferableError(error) && error.code === 'BUSY');
      }
      release();
      await holding;
      for (let attempt = 0; attempt < 3; attempt++) {
        await waiter.workspace.transaction(async (tx) => tx.settings.write('week.minutes', String(90 + attempt), '2026-11-25T12:00:00.000Z'));
      }
      assert.equal(await waiter.workspace.settings.read('week.minutes'), '92');
    } finally {
      await waiter.workspace.rows.clear();
      await Promise.all([holder.close(), waiter.close()]);
    }
  });
});
