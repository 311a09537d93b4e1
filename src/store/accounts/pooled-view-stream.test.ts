// The pooled read's stream: rows reach the reader read after read; a stream the database hands over out of order is
// dropped and read again ordered, by a fresh reader. A stand-in for PostgreSQL's streamRows (no database needed).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.ts';
import type { RowStatement } from '../dialects/store-dialect.ts';
import { streamPooledPeople, type PooledRowArray } from './pooled-view-repo.ts';

// Compiles statements only: never connects.
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: {} as never }) });
const row = (n: number, key: string) => [n, key, 'Contoso', 'contoso', 'Engineer', '', '', null, null];
const reads = [
  { workspaceId: 'mine', level: 'contacts' as const, names: true },
  { workspaceId: 'counts', level: 'aggregates' as const },
  { workspaceId: 'theirs', level: 'companies' as const },
];

function streaming(unordered: unknown[][], ordered: unknown[][]) {
  const sent: { settings: Record<string, string>; statement: RowStatement }[] = [];
  const dialect = {
    name: 'postgres' as const,
    async streamRows(settings: Readonly<Record<string, string>>, statement: RowStatement, onRow: (row: (string | null)[]) => void) {
      sent.push({ settings: { ...settings }, statement });
      for (const each of /order by/.test(statement.sql) ? ordered : unordered) onRow([...each] as never);
    },
  };
  return { dialect, sent };
}

const collect = () => {
  const rows: PooledRowArray[] = [];
  return { row: (each: PooledRowArray) => void rows.push([...each] as PooledRowArray), done: () => rows };
};

it('hands rows over with their index in reads, reading only workspaces that reveal people, in one statement', async () => {
  // The statement's first column counts the workspaces it reads (counts-only ones are not among them).
  const { dialect, sent } = streaming([row(0, 'a'), row(1, 'b'), row(1, 'a')], []);
  const rows = await streamPooledPeople(db, dialect, reads, collect);
  assert.deepEqual(rows.map((each) => [each[0], each[1]]), [[0, 'a'], [2, 'b'], [2, 'a']]);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].settings['app.pooled_workspaces'], 'mine,theirs');
  assert.deepEqual(sent[0].statement.parameters[0], ['mine', 'theirs']);
});

it('reads again in order, with a fresh reader, when rows of an earlier read come after a later one', async () => {
  const { dialect, sent } = streaming([row(1, 'b'), row(0, 'a'), row(1, 'c')], [row(0, 'a'), row(1, 'b'), row(1, 'c')]);
  let readers = 0;
  const rows = await streamPooledPeople(db, dialect, reads, () => (readers++, collect()));
  assert.equal(readers, 2);
  assert.equal(sent.length, 2);
  assert.match(sent[1].statement.sql, /order by/);
  assert.deepEqual(rows.map((each) => [each[0], each[1]]), [[0, 'a'], [2, 'b'], [2, 'c']]);
});
