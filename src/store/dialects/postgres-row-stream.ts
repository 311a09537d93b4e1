// Rows of one large read handed over as they arrive, as arrays, on PostgreSQL: the pooled graph's one statement reads
// 480,000 rows of a 200-member cohort. Through Kysely each is an object, all of them alive until the last arrives
// (about a second of garbage collection, and half a second building the objects); here each row is an array its
// reader turns into numbers at once and drops, so it dies young.
import { createRequire } from 'node:module';
import type { Pool } from 'pg';
import type { RowStatement } from './store-dialect.ts';
import { storeFailure } from './store-failure.ts';

/**
 * Runs `statement` in a transaction of its own on one of `pool`'s connections, after setting `settings` for that
 * transaction alone (set_config(name, value, true): row-level security's list, planner switches), and calls `onRow`
 * with each row's columns in order as text (or null). The connection's session set-up (its workspace for row-level
 * security) is the pool's, as for every other statement.
 */
export async function streamRowsOn(pool: Pool, location: string, settings: Readonly<Record<string, string>>, statement: RowStatement, onRow: (row: (string | null)[]) => void): Promise<void> {
  const { Query } = createRequire(import.meta.url)('pg') as typeof import('pg');
  const client = await pool.connect().catch((error: unknown) => {
    throw storeFailure(error, location);
  });
  let broken: unknown;
  try {
    await client.query('begin');
    const names = Object.keys(settings);
    if (names.length > 0) {
      const calls = names.map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`).join(', ');
      await client.query(`select ${calls}`, names.flatMap((name) => [name, settings[name]]));
    }
    await new Promise<void>((resolve, reject) => {
      const query = new Query({ text: statement.sql, values: [...statement.parameters], rowMode: 'array' } as import('pg').QueryArrayConfig);
      // With a 'row' listener node-postgres keeps no rows of its own: each is the listener's alone.
      query.on('row', (row: (string | null)[]) => {
        try {
          onRow(row);
        } catch (error) {
          // The reader failed: the rest of the rows are drained unread, and the failure reported at the end.
          broken ??= error;
        }
      });
      query.on('error', reject);
      query.on('end', () => resolve());
      client.query(query);
    });
    await client.query(broken === undefined ? 'commit' : 'rollback');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    client.release();
    throw storeFailure(error, location);
  }
  client.release();
  if (broken !== undefined) throw broken;
}
