// Multi-row inserts chunked under the dialect's parameter limit: one statement per chunk, not per row.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

export async function insertChunked<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  maxParameters: number,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const perChunk = Math.max(1, Math.floor(maxParameters / columns));
  for (let start = 0; start < rows.length; start += perChunk) {
    // Kysely's generic insert types cannot follow a table name chosen at run time; the rows are typed by the caller.
    await db.insertInto(table).values(rows.slice(start, start + perChunk) as never).execute();
  }
}
