// Fault injection: the disk (or the database server's disk) fails in the middle of an import or a restore, after some
// rows were already written inside the transaction. The user is told the real cause (IO_ERROR, not "a bug", not
// "cannot rollback"), and the workspace holds exactly what it held before: nothing is half-written.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { generateLinkedInExport } from '../demo/generate-linkedin-export.ts';
import { storeFailure } from '../store/dialects/store-failure.ts';
import type { StoreDialect } from '../store/dialects/store-dialect.ts';
import type { Database } from '../store/schema.ts';
import { bindWorkspace } from '../store/workspace-store.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../test/support/test-workspace.ts';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { createBackup, restoreBackup } from './backup.ts';
import { loadBackup } from './backup-file.ts';
import { bufferSource, importContacts } from './import-contacts.ts';

/** Each database's own code for an I/O error, as its driver reports it. */
const IO_CODES = { sqlite: 'SQLITE_IOERR_WRITE', postgres: '58030' } as const;

/**
 * The store, except that the bulk write number `failAt` fails with the database's I/O error (earlier ones land);
 * `atFault` sees the transaction just before (to look at what it holds then).
 */
function failingWrites(context: AppContext, failAt: number, code: string, atFault?: (db: Kysely<Database>) => Promise<void>): AppContext {
  let writes = 0;
  const dialect: StoreDialect = {
    ...context.store.dialect,
    async writeRows(db, table, rows, conflict) {
      if (++writes === failAt) {
        await atFault?.(db);
        throw storeFailure(Object.assign(new Error('disk I/O error'), { code }), context.store.dialect.location);
      }
      return context.store.dialect.writeRows(db, table, rows, conflict);
    },
  };
  // The workspace handle is bound to its dialect when the store opens: bind a new one to the failing dialect.
  return { ...context, store: { ...context.store, dialect, workspace: bindWorkspace({ db: context.store.db, dialect, workspaceId: context.store.workspaceId }) } };
}

/** The SQLite file's indexes, named with their SQL: what a first import drops and builds again. */
function indexesOf(location: string): { name: string; tbl_name: string; sql: string | null }[] {
  const sqlite = new Sqlite(location, { readonly: true });
  try {
    return sqlite.prepare("select name, tbl_name, sql from sqlite_master where type = 'index' order by name").all() as { name: string; tbl_name: string; sql: string | null }[];
  } finally {
    sqlite.close();
  }
}

function connectionsFile(seed: number, count: number): string {
  const path = join(temporaryFolder(), `Connections-${seed}.csv`);
  writeFileSync(path, generateLinkedInExport({ seed, connections: count, today: '2026-11-25' }).get('Connections.csv')!);
  return path;
}

for (const kind of TEST_STORES) {
  describe(`an I/O error mid-write: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    it('an import whose disk fails after 2,000 contacts were written reports the cause and leaves the workspace as it was', async () => {
      const clock = fixedClock();
      const context = await openTestWorkspace(kind, clock, 'eio');
      try {
        await importContacts(context, { path: connectionsFile(1, 50) });
        const before = await context.store.workspace.rows.dump();
        // 5,000 new people are written in chunks of 2,000: the second chunk fails, the first is in the transaction.
        await assert.rejects(importContacts(failingWrites(context, 2, IO_CODES[kind.name]), { path: connectionsFile(2, 5000) }), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'IO_ERROR');
          assert.match(error.message, /input\/output error \((SQLITE_IOERR_WRITE|58030)\); nothing was changed/);
          return true;
        });
        assert.deepEqual(await context.store.workspace.rows.dump(), before);
        if (kind.name === 'sqlite') {
          const sqlite = new Sqlite(context.store.dialect.location, { readonly: true });
          assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
          sqlite.close();
        }
        // The store still works: the same import without the fault succeeds.
        assert.equal((await importContacts(context, { path: connectionsFile(2, 5000) })).added > 4000, true);
      } finally {
        await closeTestWorkspace(context);
      }
    });

    it('a first import into an empty database whose disk fails mid-write leaves schema, indexes and rows as they were', async () => {
      const clock = fixedClock();
      const context = await openTestWorkspace(kind, clock, 'eio-first');
      const schema = async () => (kind.name === 'sqlite' ? indexesOf(context.store.dialect.location) : []);
      try {
        const before = await context.store.workspace.rows.dump();
        const indexesBefore = await schema();
        // The contacts and ties tables are empty, so their indexes are dropped for the writes: the second chunk fails.
        let indexesAtFault: string[] = [];
        const look = async (db: Kysely<Database>) => {
          if (kind.name !== 'sqlite') return;
          const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'contacts' order by name`.execute(db);
          indexesAtFault = rows.map((row) => row.name);
        };
        await assert.rejects(importContacts(failingWrites(context, 2, IO_CODES[kind.name], look), { path: connectionsFile(4, 5000) }), { code: 'IO_ERROR' });
        if (kind.name === 'sqlite') assert.deepEqual(indexesAtFault, ['sqlite_autoindex_contacts_1'], 'only the primary key is kept while the rows are written');
        assert.deepEqual(await context.store.workspace.rows.dump(), before);
        assert.deepEqual(await schema(), indexesBefore);
        // Without the fault the same import lands, and the indexes are back as they were, each checked against its rows.
        assert.equal((await importContacts(context, { path: connectionsFile(4, 5000) })).added > 4000, true);
        assert.deepEqual(await schema(), indexesBefore);
        if (kind.name === 'sqlite') {
          const sqlite = new Sqlite(context.store.dialect.location, { readonly: true });
          assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
          sqlite.close();
        }
      } finally {
        await closeTestWorkspace(context);
      }
    });

    it('a restore whose disk fails after the workspace was cleared and half reloaded leaves the old data', async () => {
      const clock = fixedClock();
      const context = await openTestWorkspace(kind, clock, 'eio');
      try {
        await importContacts(context, { path: connectionsFile(3, 300) });
        const before = await context.store.workspace.rows.dump();
        const backup = await loadBackup(bufferSource('backup.json', new TextEncoder().encode(await createBackup(context))));
        await assert.rejects(restoreBackup(failingWrites(context, 3, IO_CODES[kind.name]), backup, { replace: true }), { code: 'IO_ERROR' });
        assert.deepEqual(await context.store.workspace.rows.dump(), before);
      } finally {
        await closeTestWorkspace(context);
      }
    });
  });
}
