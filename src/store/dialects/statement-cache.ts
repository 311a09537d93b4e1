// Prepared statements kept per SQL text on one better-sqlite3 connection. Preparing costs more than running a short
// query, and Kysely's SQLite driver prepares every query it runs: under the bench's mixed load a tag edit spent a tenth
// of its CPU preparing the same few statements again (the contact update, BEGIN, COMMIT, the data-version bump).
import type Sqlite from 'better-sqlite3';

/** Statements kept per connection: serve runs a few hundred distinct texts; an import's bulk texts come and go. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * prepare(sql), answered from the statements already prepared on `database` when it can. A kept statement still
 * iterating (a stream over its rows) is busy: it is not handed out again; a new one is prepared for that call. The
 * oldest kept text goes first when the cache is full.
 */
export function statementCache(database: Sqlite.Database, size = STATEMENT_CACHE_SIZE): (sql: string) => Sqlite.Statement {
  const statements = new Map<string, Sqlite.Statement>();
  return (sql) => {
    const kept = statements.get(sql);
    if (kept && !kept.busy) return kept;
    const statement = database.prepare(sql);
    if (kept) return statement;
    if (statements.size >= size) statements.delete(statements.keys().next().value!);
    statements.set(sql, statement);
    return statement;
  };
}
