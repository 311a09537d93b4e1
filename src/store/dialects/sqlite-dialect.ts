// SQLite through better-sqlite3: the embedded default, one file, WAL so readers never block the importer.
import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ReferableError } from '../../core/errors.ts';
import type { Database } from '../schema.ts';
import { guardedDialect } from './guarded-dialect.ts';
import type { ConflictUpdate, Row, StoreDialect, TableName } from './store-dialect.ts';
import { storeFailure } from './store-failure.ts';
import { sqliteBeginImmediate, writeWaitMs, writeLockedDialect } from './write-lock.ts';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function insertSql(table: TableName, columns: readonly string[], conflict?: ConflictUpdate): string {
  const base = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  if (!conflict) return base;
  const updates = conflict.update.map((column) => `${quote(column)} = excluded.${quote(column)}`).join(', ');
  return `${base} on conflict (${conflict.keys.map(quote).join(', ')}) do update set ${updates}`;
}

export function sqliteDialect(path: string): StoreDialect {
  let handle: Sqlite.Database | null = null;
  return {
    name: 'sqlite',
    location: path,
    createKysely() {
      let database: Sqlite.Database;
      try {
        database = new Sqlite(path);
      } catch (error) {
        throw new ReferableError('STORE_UNAVAILABLE', `cannot open the database file ${path}: ${(error as Error).message}. Check the path and that its folder exists and is writable`);
      }
      try {
        // WAL keeps the file consistent if the process is killed mid-write; busy_timeout lets a statement outside a
        // transaction wait for another writer (transactions wait in BEGIN IMMEDIATE, see write-lock.ts).
        // The timeout comes first: switching a new file to WAL needs a moment alone with it when others open it too.
        database.pragma(`busy_timeout = ${writeWaitMs()}`);
        if (path !== ':memory:') database.pragma('journal_mode = WAL');
        database.pragma('synchronous = NORMAL');
        database.pragma('foreign_keys = ON');
      } catch (error) {
        database.close();
        const failure = storeFailure(error, path);
        if (failure instanceof ReferableError) throw failure;
        throw new ReferableError('STORE_UNAVAILABLE', `${path} is not a Referable database (${(error as Error).message}); pass another --db file`);
      }
      handle = database;
      const guard = { translate: (error: unknown) => storeFailure(error, path), inTransaction: () => database.inTransaction };
      const setBusyTimeout = (ms: number) => {
        const previous = Number(database.pragma('busy_timeout', { simple: true }));
        database.pragma(`busy_timeout = ${ms}`);
        return previous;
      };
      // Every transaction is a writer holding the database alone; the guard outside it names disk failures and BUSY.
      const locked = writeLockedDialect(new SqliteDialect({ database }), sqliteBeginImmediate({ location: path, waitMs: writeWaitMs(), setBusyTimeout }));
      return new Kysely<Database>({ dialect: guardedDialect(locked, guard) });
    },
    async writeRows(_db, table, rows, conflict) {
      if (rows.length === 0) return;
      if (!handle) throw new Error('writeRows before createKysely');
      // Kysely's SQLite driver runs everything on this one connection, so these writes join the open transaction.
      const columns = Object.keys(rows[0]);
      try {
        const statement = handle.prepare(insertSql(table, columns, conflict));
        for (const row of rows) statement.run(columns.map((column) => row[column] ?? null));
      } catch (error) {
        throw storeFailure(error, path);
      }
    },
    exists() {
      return path === ':memory:' || existsSync(path);
    },
    async lockMigrations() {
      // BEGIN IMMEDIATE already holds the whole file for this transaction.
    },
    async changeToken() {
      if (!handle) throw new Error('changeToken before createKysely');
      // total_changes: rows this connection changed; data_version: moves when another connection commits.
      const changes = handle.prepare('select total_changes()').pluck().get();
      const version = handle.pragma('data_version', { simple: true });
      return `${String(version)}:${String(changes)}`;
    },
    async readColumns(_db, table, columns, workspaceId, orderBy) {
      if (!handle) throw new Error('readColumns before createKysely');
      // Same connection as Kysely's, so a read inside a transaction sees its writes.
      const order = orderBy ? ` order by ${quote(orderBy)}` : '';
      return handle.prepare(`select ${columns.map(quote).join(', ')} from ${quote(table)} where workspace_id = ?${order}`).raw(true).all(workspaceId) as unknown[][];
    },
  };
}
