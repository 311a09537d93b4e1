// Bulk inserts and updates on PostgreSQL as one statement per table: each column's values travel as one array parameter, and
// `insert ... select * from unnest($1::text[], $2::integer[], ...)` turns them back into rows. A multi-row VALUES list
// of 3,000 contacts is 69,000 parameters that node-postgres sends one by one and PostgreSQL parses, binds and plans as
// a 3,000-row VALUES node, in chunks under the protocol's 65,535-parameter cap: about half of a first import's write
// time into a database of 200 workspaces went there, not into the rows and their indexes. The rows stored are the same.
// Updates the same way: `update ... from unnest(...) as v(...)` in place of one statement (one round trip) per row.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ConflictUpdate, Row, TableName } from './store-dialect.ts';

/** A table's columns and their types as PostgreSQL spells them (`text`, `integer`, `real`), for the arrays' casts. */
export type ColumnTypes = ReadonlyMap<string, string>;

/** Reads the column types of `table` from the catalog (one short read, once per table and store: see columnTypeCache). */
async function readColumnTypes(db: Kysely<Database>, table: TableName): Promise<ColumnTypes> {
  const { rows } = await sql<{ name: string; type: string }>`
    select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
    where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped`.execute(db);
  return new Map(rows.map((row) => [row.name, row.type]));
}

/** The column types of each table, read on first use: the schema does not change under an open store once migrated. */
export function columnTypeCache(): (db: Kysely<Database>, table: TableName) => Promise<ColumnTypes> {
  const known = new Map<TableName, ColumnTypes>();
  return async (db, table) => {
    let types = known.get(table);
    if (!types) {
      types = await readColumnTypes(db, table);
      // A table the catalog does not know (yet) is not remembered: the caller falls back, and asks again next time.
      if (types.size > 0) known.set(table, types);
    }
    return types;
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The statement inserting `rows` (upserting on `conflict`) through unnest, or null when the rows do not fit it: a row
 * whose columns differ from the first row's (a multi-row VALUES fills a missing column with its default, an array
 * cannot), a value that is not a string, number or null, or a column the table lacks. The caller then writes them as
 * before, and gets the same result or the same error.
 */
export function unnestInsert(table: TableName, rows: readonly Row[], types: ColumnTypes, conflict?: ConflictUpdate): CompiledQuery | null {
  if (conflict && conflict.update.length === 0) return null;
  const arrays = columnArrays(rows, types);
  if (!arrays) return null;
  const names = arrays.columns.map(quote).join(', ');
  let text = `insert into ${quote(table)} (${names}) select * from unnest(${arrays.casts})`;
  if (conflict) {
    const updates = conflict.update.map((column) => `${quote(column)} = excluded.${quote(column)}`).join(', ');
    text += ` on conflict (${conflict.keys.map(quote).join(', ')}) do update set ${updates}`;
  }
  return CompiledQuery.raw(text, arrays.literals);
}

/**
 * The statement setting each row's other columns on the row its `keys` columns name, or null when the rows do not fit
 * (as for unnestInsert, and when two rows name the same row: one after the other, the last would win; in one
 * statement, either might). A row that names no stored row changes nothing, as its own UPDATE would.
 */
export function unnestUpdate(table: TableName, rows: readonly Row[], types: ColumnTypes, keys: readonly string[]): CompiledQuery | null {
  const arrays = columnArrays(rows, types);
  if (!arrays) return null;
  const values = arrays.columns.filter((column) => !keys.includes(column));
  if (values.length === 0 || keys.some((key) => !arrays.columns.includes(key))) return null;
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keys.map((column) => String(row[column])).join('\u0000');
    if (seen.has(key)) return null;
    seen.add(key);
  }
  const sets = values.map((column) => `${quote(column)} = v.${quote(column)}`).join(', ');
  const matches = keys.map((column) => `t.${quote(column)} = v.${quote(column)}`).join(' and ');
  const text = `update ${quote(table)} as t set ${sets} from unnest(${arrays.casts}) as v(${arrays.columns.map(quote).join(', ')}) where ${matches}`;
  return CompiledQuery.raw(text, arrays.literals);
}

/**
 * The rows' columns (the first row's), each as one array literal and its cast, or null when the rows do not fit one
 * statement: a row whose columns differ from the first row's (a multi-row VALUES fills a missing column with its
 * default, an array cannot), a value that is not a string, number or null, or a column the table lacks.
 */
function columnArrays(rows: readonly Row[], types: ColumnTypes): { columns: string[]; literals: string[]; casts: string } | null {
  const columns = Object.keys(rows[0]);
  if (columns.some((column) => !types.has(column))) return null;
  // A row with a column more than the first (one fewer shows as a value that is undefined, below).
  for (const row of rows) {
    let count = 0;
    for (const _ in row) count++;
    if (count !== columns.length) return null;
  }
  const literals: string[] = [];
  for (const column of columns) {
    const literal = arrayLiteral(rows, column);
    if (literal === null) return null;
    literals.push(literal);
  }
  return { columns, literals, casts: columns.map((column, index) => `$${index + 1}::${types.get(column)}[]`).join(', ') };
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * One column of `rows` as a PostgreSQL array literal, exactly as node-postgres writes a JS array parameter (every
 * element quoted, backslashes and quotes escaped, NULL bare), or null if a value is not a string, number or null.
 * Built here from parts joined once: node-postgres's two replaces per element and its growing string cost several
 * times more (a 3,000-contact import's 23 columns: about 100 ms against 20 on a busy host).
 */
function arrayLiteral(rows: readonly Row[], column: string): string | null {
  const parts: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r][column];
    if (value === null) parts[r] = 'NULL';
    else if (typeof value === 'string') parts[r] = NEEDS_ESCAPE.test(value) ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${value}"`;
    else if (typeof value === 'number') parts[r] = `"${String(value)}"`;
    else return null;
  }
  return `{${parts.join(',')}}`;
}
