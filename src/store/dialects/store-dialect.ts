// The capability object: everything that differs between SQLite and PostgreSQL, in one place (no scattered `if (pg)`).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type TableName = keyof Database & string;
export type Row = Record<string, string | number | null>;

/** On a primary-key clash, update these columns from the new row instead of failing. */
export interface ConflictUpdate {
  keys: readonly string[];
  update: readonly string[];
}

/** What readColumns narrows and orders by, besides the workspace. */
export interface ReadColumnsOptions {
  readonly orderBy?: readonly string[];
  readonly where?: Readonly<Record<string, string>>;
  /**
   * Texts most rows of a column repeat, by column: a value equal to `known[column][i]` comes back as the number i
   * rather than as a copy of the text, so a caller reading 30,000 rows builds (and parses) each common text once.
   */
  readonly known?: Readonly<Record<string, readonly string[]>>;
}

/** A statement with its values as $1, $2, ... (Kysely's compiled form). */
export interface RowStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Where the data lives, for messages ("./referable.db", "postgres://host/db"). Never includes a password. */
  readonly location: string;
  /**
   * A Kysely on the database whose every transaction first takes `workspaceId`'s write lock (see write-lock.ts): a
   * transaction is a writer, and writers to one workspace take turns.
   */
  createKysely(workspaceId: string): Kysely<Database>;
  /**
   * The Kysely a workspace's write transactions begin on, when it is not the one createKysely returned: PostgreSQL
   * gives writers connections of their own, so a write never queues for a connection behind a burst of reads. Null
   * before createKysely, and on SQLite (one writer connection; reads have their own, see sqlite-read-routing.ts).
   */
  writer?(): Kysely<Database> | null;
  /**
   * PostgreSQL: runs one large read in a transaction of its own on a reads connection, after these transaction-local
   * settings (set_config(name, value, true)), handing each row to `onRow` as an array of its columns' text as it
   * arrives, nothing kept (postgres-row-stream.ts). Absent on SQLite, whose callers read the ordinary way.
   */
  streamRows?(settings: Readonly<Record<string, string>>, statement: RowStatement, onRow: (row: (string | null)[]) => void): Promise<void>;
  /** Inside a transaction: holds schema changes to one process at a time (SQLite's write lock already does). */
  lockMigrations(db: Kysely<unknown>): Promise<void>;
  /**
   * Writes many rows with the same columns, inside the caller's transaction: the import's hot path. SQLite reuses
   * one prepared statement per row (no SQL text to build or parse per chunk); PostgreSQL sends multi-row
   * statements under its 65,535-parameter limit.
   */
  writeRows(db: Kysely<Database>, table: TableName, rows: Row[], conflict?: ConflictUpdate): Promise<void>;
  /**
   * Sets each row's other columns on the stored row its `keys` columns name (all rows with the same columns), inside
   * the caller's transaction: a re-import's changed contacts. A row naming no stored row changes nothing. SQLite runs
   * one prepared UPDATE per row; PostgreSQL one UPDATE ... FROM unnest(...) for them all.
   */
  updateRows(db: Kysely<Database>, table: TableName, rows: Row[], keys: readonly string[]): Promise<void>;
  /**
   * A workspace's rows of one table as arrays of the given columns, in that order: the network load's hot path
   * (60,000 rows on a full network). SQLite skips building an object per row; PostgreSQL maps Kysely's rows.
   * `orderBy` columns compare text by bytes on both databases (PostgreSQL's "C" collation), so both give one order;
   * `where` keeps the rows whose columns equal these values (one holder's ties, say).
   */
  readColumns(db: Kysely<Database>, table: TableName, columns: readonly string[], workspaceId: string, options?: ReadColumnsOptions): Promise<unknown[][]>;
  /**
   * Runs `work` (bulk writes inside the caller's transaction) with the secondary indexes of those `tables` that hold no
   * row at all dropped, and builds them again after it: a first import into a new database sorts each index once
   * rather than inserting 30,000 random keys into it. The drop is part of the transaction, so a failure leaves schema
   * and indexes as they were. SQLite only; PostgreSQL, and any call outside a transaction, just runs `work`.
   */
  deferIndexes<T>(db: Kysely<Database>, tables: readonly TableName[], work: () => Promise<T>): Promise<T>;
  /**
   * A token that differs whenever the workspace's contacts may have changed (other writes may change it too): what
   * structures derived from the contacts (the name index) are cached under. SQLite: this connection's changes and
   * other connections' commits, read in microseconds; PostgreSQL: the contacts' count and the transactions that wrote them.
   */
  changeToken(db: Kysely<Database>, workspaceId: string): Promise<string>;
  /** Whether the database is there already (a SQLite file; a PostgreSQL server is created by its owner, never by us). */
  exists(): boolean;
}
