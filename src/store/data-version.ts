// A workspace's data version: a number in its workspaces row that every change to its data moves on, in every process
// (the CLI, a server, a worker thread), so a result computed earlier (computed_results) is known to be current when
// the number is the one it was computed at. A write transaction moves it once, when it commits, if it changed any data
// table; a change made outside a transaction moves it right after. Writes that only record computed things (the
// stored results themselves, the daily index snapshots a read takes) do not: they change nothing a result is made of,
// and counting them would make every result look old after each first look of the day.
import { sql, type Kysely, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryId, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { atCommit, textLiteral } from './dialects/at-commit.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database } from './schema.ts';

/** Tables whose changes are not data changes: the version itself, computed results, the index's daily snapshots. */
export const UNVERSIONED_TABLES: ReadonlySet<string> = new Set(['workspaces', 'computed_results', 'snapshots', 'referable_migrations']);

/** The table a node names (a table, or an aliased one), or null. */
function tableOf(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'TableNode') return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  if (node.kind === 'AliasNode') return tableOf((node as unknown as { node: OperationNode }).node);
  return null;
}

const RAW_WRITE = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from|replace\s+into)\s+"?([\w.]+)"?/i;

/**
 * Whether a statement changes data a result may be computed from: inserts, updates and deletes of any table but the
 * unversioned ones. A statement it cannot read (raw SQL that is not a plain insert, update or delete) is not a write;
 * one that writes a table it cannot name counts, to be safe.
 */
export function changesData(node: RootOperationNode): boolean {
  let table: string | null;
  switch (node.kind) {
    case 'InsertQueryNode':
      table = tableOf(node.into);
      break;
    case 'UpdateQueryNode':
      table = tableOf(node.table);
      break;
    case 'DeleteQueryNode':
      table = node.from.froms.length === 1 ? tableOf(node.from.froms[0]) : null;
      break;
    case 'MergeQueryNode':
      table = tableOf(node.into);
      break;
    case 'RawNode': {
      const match = RAW_WRITE.exec(node.sqlFragments[0] ?? '');
      if (!match) return false;
      table = match[1].split('.').pop()!.toLowerCase();
      break;
    }
    default:
      return false;
  }
  return table === null || !UNVERSIONED_TABLES.has(table);
}

export async function readDataVersion(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('workspaces').select('data_version').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(row?.data_version ?? 0);
}

/** Several workspaces' data versions in one statement; a workspace that does not exist is left out. */
export async function readDataVersions(db: Kysely<Database>, workspaceIds: readonly string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  if (workspaceIds.length === 0) return versions;
  const rows = await db.selectFrom('workspaces').select(['workspace_id', 'data_version']).where('workspace_id', 'in', [...new Set(workspaceIds)]).execute();
  for (const row of rows) versions.set(row.workspace_id, Number(row.data_version));
  return versions;
}

async function bumpDataVersion(db: Kysely<Database>, workspaceId: string): Promise<void> {
  await sql`update workspaces set data_version = data_version + 1 where workspace_id = ${workspaceId}`.execute(db);
}

/** The bump as the last statement of a transaction: on PostgreSQL it is sent with COMMIT, in one round trip (at-commit.ts). */
async function bumpAtCommit(trx: Kysely<Database>, workspaceId: string): Promise<void> {
  await trx.executeQuery(atCommit(`update workspaces set data_version = data_version + 1 where workspace_id = ${textLiteral(workspaceId)}`));
}

/** One transaction's writes: whether any changed data, seen by the queries' plugin and the dialect's bulk writes. */
export interface TransactionWrites {
  readonly plugin: KyselyPlugin;
  /** The dialect with writeRows and updateRows noted as changes (bulk writes bypass Kysely's plugins). */
  dialect(inner: StoreDialect): StoreDialect;
  /** Moves the version on if the transaction changed data: call last, inside the transaction (sent with its COMMIT where the dialect can). */
  commit(trx: Kysely<Database>, workspaceId: string): Promise<void>;
}

export function transactionWrites(): TransactionWrites {
  let changed = false;
  return {
    plugin: {
      transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
        if (!changed && changesData(node)) changed = true;
        return node;
      },
      transformResult: async ({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => result,
    },
    dialect: (inner) => ({
      ...inner,
      writeRows: (db, table, rows, conflict) => {
        if (rows.length > 0 && !UNVERSIONED_TABLES.has(table)) changed = true;
        return inner.writeRows(db, table, rows, conflict);
      },
      updateRows: (db, table, rows, keys) => {
        if (rows.length > 0 && !UNVERSIONED_TABLES.has(table)) changed = true;
        return inner.updateRows(db, table, rows, keys);
      },
    }),
    async commit(trx, workspaceId) {
      if (changed) await bumpAtCommit(trx, workspaceId);
      changed = false;
    },
  };
}

export interface AutocommitWrites {
  plugin: KyselyPlugin;
  dialect(inner: StoreDialect): StoreDialect;
  /** Resolves once the bumps of writes already made have landed (never call it inside a transaction: it would wait for itself). */
  settled(): Promise<void>;
}

/**
 * For a handle outside any transaction: each statement that changes data moves the version on right after it has run
 * (an autocommit write is its own transaction). `db` is the plain database the bump runs on, without this plugin. The
 * bump is sent once the statement has given its connection back (Kysely holds it while results are transformed, and
 * SQLite has one writer connection), so it lands a moment after the write: a result computed meanwhile is labelled with
 * the version before the bump, which only makes it look older than it is, never newer.
 */
export function autocommitWrites(db: Kysely<Database>, workspaceId: string): AutocommitWrites {
  const writes = new WeakSet<QueryId>();
  let pending: Promise<void> = Promise.resolve();
  const bumpSoon = () => {
    // A failure here (the store closing) leaves the version where it was: results then look current a little longer
    // than the data that changed underneath, as in a server that has not heard of another process's write.
    pending = pending.then(() => bumpDataVersion(db, workspaceId)).catch(() => {});
  };
  return {
    settled: () => pending,
    plugin: {
      transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
        if (changesData(node)) writes.add(queryId);
        return node;
      },
      async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        if (writes.has(queryId)) bumpSoon();
        return result;
      },
    },
    dialect: (inner) => ({
      ...inner,
      writeRows: async (target, table, rows, conflict) => {
        await inner.writeRows(target, table, rows, conflict);
        if (rows.length > 0 && !UNVERSIONED_TABLES.has(table)) bumpSoon();
      },
      updateRows: async (target, table, rows, keys) => {
        await inner.updateRows(target, table, rows, keys);
        if (rows.length > 0 && !UNVERSIONED_TABLES.has(table)) bumpSoon();
      },
    }),
  };
}
