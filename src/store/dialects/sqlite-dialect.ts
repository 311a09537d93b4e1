// SQLite through better-sqlite3: the embedded default, one file, WAL so readers never block the importer.
import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ReferableError } from '../../core/errors.ts';
import type { Database } from '../schema.ts';
import { guardedDialect } from './guarded-dialect.ts';
import { readRoutingDialect } from './sqlite-read-routing.ts';
import type { ConflictUpdate, Row, StoreDialect, TableName } from './store-dialect.ts';
import { statementCache } from './statement-cache.ts';
import { storeFailure } from './store-failure.ts';
import { sqliteBeginImmediate, writeWaitMs, writeLockedDialect } from './write-lock.ts';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function insertSql(table: TableName, columns: readonly string[], conflict?: ConflictUpdate): string {
  const base = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  if (!conflict) return base;
  const updates = conflict.update.map((column) => `${quote(column)} = excluded.${quote(column)}`).join(', ');
  return `${base} on conflict (${conflict.keys.map(quote).join(', ')}) do update set ${updates}`;
}

/** A read-only second connection to a WAL database: it reads the last committed data while a write is open. */
function openReader(path: string): Sqlite.Database {
  const reader = new Sqlite(path, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}

export function sqliteDialect(path: string): StoreDialect {
  let handle: Sqlite.Database | null = null;
  /** The writer's statements, prepared once per text (Kysely's queries, BEGIN and COMMIT, bulk and single-row writes). */
  let prepareOnWriter: ((sql: string) => Sqlite.Statement) | null = null;
  // readColumns' statements, prepared once per connection and text: serve reads the same few thousands of times.
  const prepared = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();
  const preparedOn = (connection: Sqlite.Database, text: string): Sqlite.Statement => {
    let statements = prepared.get(connection);
    if (!statements) prepared.set(connection, (statements = new Map()));
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = connection.prepare(text).raw(true)));
    return statement;
  };
  /** Whether `table` holds no other workspace's rows: two seeks in its workspace_id index, microseconds. */
  const aloneIn = (connection: Sqlite.Database, table: TableName, workspaceId: string): boolean => {
    const text = `select exists (select 1 from ${quote(table)} where workspace_id < ?) or exists (select 1 from ${quote(table)} where workspace_id > ?)`;
    return (preparedOn(connection, text).get(workspaceId, workspaceId) as unknown[])[0] === 0;
  };
  /** The read-only connection reads outside transactions use (none for ':memory:', which no second connection sees). */
  let reader: Sqlite.Database | null = null;
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
      const prepare = (prepareOnWriter = statementCache(database));
      try {
        reader = path === ':memory:' ? null : openReader(path);
      } catch {
        // Without a second connection reads share the writer's, as they always could: slower under load, still right.
        reader = null;
      }
      const guard = { translate: (error: unknown) => storeFailure(error, path), inTransaction: () => database.inTransaction };
      // The timeout is only ever set here, so it is known without asking SQLite: each transaction sets it twice
      // (none while BEGIN IMMEDIATE tries, then back), and asking and setting through pragma() prepared three
      // statements per transaction.
      let busyTimeout = writeWaitMs();
      const setBusyTimeout = (ms: number) => {
        const previous = busyTimeout;
        if (ms !== busyTimeout) prepare(`pragma busy_timeout = ${Math.round(ms)}`).get();
        busyTimeout = ms;
        return previous;
      };
      // Every transaction is a writer holding the database alone; reads outside a transaction go to the read-only
      // reader connection (WAL), so they never wait behind a writer; the guard outside names disk failures and BUSY.
      // Kysely's driver prepares each query it runs: it is handed the writer with its statements kept.
      const writer = { prepare, close: () => database.close() };
      const locked = writeLockedDialect(new SqliteDialect({ database: writer }), sqliteBeginImmediate({ location: path, waitMs: writeWaitMs(), setBusyTimeout }));
      return new Kysely<Database>({ dialect: guardedDialect(reader ? readRoutingDialect(locked, reader) : locked, guard) });
    },
    async writeRows(_db, table, rows, conflict) {
      if (rows.length === 0) return;
      if (!handle) throw new Error('writeRows before createKysely');
      // Kysely's SQLite driver runs everything on this one connection, so these writes join the open transaction.
      const columns = Object.keys(rows[0]);
      try {
        const statement = prepareOnWriter!(insertSql(table, columns, conflict));
        for (const row of rows) statement.run(columns.map((column) => row[column] ?? null));
      } catch (error) {
        throw storeFailure(error, path);
      }
    },
    async updateRows(_db, table, rows, keys) {
      if (rows.length === 0) return;
      if (!handle) throw new Error('updateRows before createKysely');
      const columns = Object.keys(rows[0]).filter((column) => !keys.includes(column));
      const text = `update ${quote(table)} set ${columns.map((column) => `${quote(column)} = ?`).join(', ')} where ${keys.map((key) => `${quote(key)} = ?`).join(' and ')}`;
      try {
        const statement = prepareOnWriter!(text);
        for (const row of rows) statement.run([...columns, ...keys].map((column) => row[column] ?? null));
      } catch (error) {
        throw storeFailure(error, path);
      }
    },
    async deferIndexes(db, tables, work) {
      if (!handle || !db.isTransaction) return work();
      const connection = handle;
      // Only tables empty in every workspace: rebuilding an index over other workspaces' rows would cost more than it saves.
      const dropped: string[] = [];
      for (const table of tables) {
        if (connection.prepare(`select exists (select 1 from ${quote(table)})`).pluck().get()) continue;
        // Indexes with SQL of their own (a primary key's or a unique constraint's have none, and stay).
        const indexes = connection.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null order by name").all(table) as { name: string; sql: string }[];
        for (const index of indexes) {
          connection.exec(`drop index ${quote(index.name)}`);
          dropped.push(index.sql);
        }
      }
      // On a failure the caller's transaction rolls back, and with it the drops: nothing to rebuild here.
      const result = await work();
      try {
        for (const sql of dropped) connection.exec(sql);
      } catch (error) {
        throw storeFailure(error, path);
      }
      return result;
    },
    exists() {
      return path === ':memory:' || existsSync(path);
    },
    async lockMigrations() {
      // BEGIN IMMEDIATE already holds the whole file for this transaction.
    },
    async changeToken() {
      if (!handle) throw new Error('changeToken before createKysely');
      // total_changes: rows this connection changed; data_version: moves when another connection commits (on the
      // reader, that includes our own writer's commits).
      const changes = handle.prepare('select total_changes()').pluck().get();
      const version = (reader ?? handle).pragma('data_version', { simple: true });
      return `${String(version)}:${String(changes)}`;
    },
    async readColumns(db, table, columns, workspaceId, options = {}) {
      if (!handle) throw new Error('readColumns before createKysely');
      const where = Object.entries(options.where ?? {});
      const filter = where.map(([column]) => ` and ${quote(column)} = ?`).join('');
      const order = options.orderBy?.length ? ` order by ${options.orderBy.map(quote).join(', ')}` : '';
      // Inside a transaction, the writer's connection, so the read sees its writes; outside, the reader, as Kysely's reads.
      const connection = db.isTransaction || !reader ? handle : reader;
      // A sorted read of a whole workspace that is the whole table (a file of one's own) scans the table in file
      // order and sorts: through the workspace_id index each of 30,000 rows is a separate lookup in the table, which
      // costs more than the read itself. Unsorted reads keep the index, whose order callers have come to rely on.
      const scan = order && where.length === 0 && aloneIn(connection, table, workspaceId) ? ' not indexed' : '';
      // A known text is matched in SQLite, which then hands over a small integer instead of building the string.
      const known = options.known ?? {};
      const texts = (column: string): readonly string[] => (Object.hasOwn(known, column) ? known[column] : []);
      const selected = columns.map((column) => (texts(column).length > 0 ? `case ${quote(column)}${texts(column).map(() => ' when ? then ?').join('')} else ${quote(column)} end` : quote(column)));
      const knownParams = columns.flatMap((column) => texts(column).flatMap((text, i) => [text, i]));
      const text = `select ${selected.join(', ')} from ${quote(table)}${scan} where workspace_id = ?${filter}${order}`;
      return preparedOn(connection, text).all(...knownParams, workspaceId, ...where.map(([, value]) => value)) as unknown[][];
    },
  };
}
