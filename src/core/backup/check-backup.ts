// A backup checked whole before anything is deleted: its format and version, every table, row and value, the keys,
// and every reference between rows. Pure: the same answer for the CLI and the API, and no database needed.
import { BACKUP_TABLES, type BackupTable } from './backup-tables.ts';

export const BACKUP_FORMAT = 'referable-backup' as const;

export type BackupRow = Record<string, string | number | null>;

export interface CheckedBackup {
  schema: string;
  /** Every table of the format in restore order, each row with every column (left-out ones given their default). */
  tables: Record<string, BackupRow[]>;
}

export interface BackupCheckOptions {
  /** The schema versions this program can read, oldest first (the migration names). */
  schemas: readonly string[];
  /** The tables to check against; the format's own by default (tests pass smaller ones). */
  tables?: Readonly<Record<string, BackupTable>>;
  /** Stop collecting after this many problems: the first ones say what is wrong. */
  maxProblems?: number;
}

export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; problems: string[] };

const OWNER_TABLE = 'members';
const OWNER_COLUMN = 'is_me';
const CONTACTS_TABLE = 'contacts';

class Problems {
  readonly list: string[] = [];
  constructor(private readonly max: number) {}
  add(problem: string): void {
    if (this.list.length < this.max) this.list.push(problem);
  }
  get full(): boolean {
    return this.list.length >= this.max;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "tables.contacts[3] (contact_id "c1")": where a row is, and which row it is when its key is readable. */
function rowName(table: string, index: number, spec: BackupTable, row: Record<string, unknown>): string {
  const keys = spec.key.filter((column) => typeof row[column] === 'string' && row[column] !== '').map((column) => `${column} ${JSON.stringify(row[column])}`);
  return `tables.${table}[${index}]${keys.length ? ` (${keys.join(', ')})` : ''}`;
}

function keyOf(spec: BackupTable, row: BackupRow): string {
  return spec.key.map((column) => String(row[column])).join(':');
}

/** The first problem found in the envelope (format, version, tables), or the tables to check row by row. */
function checkEnvelope(value: unknown, options: BackupCheckOptions, tables: Readonly<Record<string, BackupTable>>, problems: Problems): { schema: string; raw: Record<string, unknown> } | null {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    problems.add(`it is not a Referable backup (no "format": "${BACKUP_FORMAT}"); restore takes a backup Referable wrote (the Backup page, or export at the command line)`);
    return null;
  }
  const schema = value.schema;
  if (typeof schema !== 'string' || !options.schemas.includes(schema)) {
    problems.add(
      typeof schema === 'string' && /^\d{3}-/.test(schema)
        ? `it was written by a newer Referable (schema ${schema}); upgrade before restoring it`
        : `"schema" is ${JSON.stringify(schema) ?? 'missing'}, not a version of the backup format (${options.schemas.join(', ')})`,
    );
    return null;
  }
  if (!isRecord(value.tables)) {
    problems.add(`"tables" must be an object of tables (each table name with its list of rows); got ${Array.isArray(value.tables) ? 'a list' : JSON.stringify(value.tables) ?? 'nothing'}`);
    return null;
  }
  const raw = value.tables;
  for (const name of Object.keys(value)) {
    if (!['format', 'schema', 'tables'].includes(name)) problems.add(`"${name}" is not part of a backup (a backup holds "format", "schema" and "tables")`);
  }
  for (const name of Object.keys(raw)) {
    if (!Object.hasOwn(tables, name)) problems.add(`tables.${name} is not a table Referable keeps (the tables are ${Object.keys(tables).join(', ')})`);
  }
  const version = options.schemas.indexOf(schema);
  for (const [name, spec] of Object.entries(tables)) {
    const since = options.schemas.indexOf(spec.since);
    if (raw[name] === undefined) {
      if (since <= version) problems.add(`tables.${name} is missing: a backup of schema ${schema} holds it (a list of rows, empty when there are none)`);
    } else if (!Array.isArray(raw[name])) {
      problems.add(`tables.${name} must be a list of rows; got ${typeof raw[name] === 'object' ? 'an object' : JSON.stringify(raw[name])}`);
    }
  }
  return problems.list.length > 0 ? null : { schema, raw };
}

/** Each row alone: an object with exactly the table's columns, every value in its column's domain. */
function checkRows(name: string, spec: BackupTable, rows: unknown[], problems: Problems): BackupRow[] {
  const columns = Object.entries(spec.columns);
  const out: BackupRow[] = [];
  rows.forEach((row, index) => {
    if (problems.full) return;
    if (!isRecord(row)) {
      problems.add(`tables.${name}[${index}] is not a row (an object of columns)`);
      return;
    }
    const where = rowName(name, index, spec, row);
    for (const column of Object.keys(row)) {
      if (Object.hasOwn(spec.columns, column)) continue;
      problems.add(
        column === 'workspace_id'
          ? `tables.${name}[${index}] has a column "workspace_id": a backup restores into the workspace being written, never into one it names`
          : `tables.${name}[${index}] has a column "${column}" that ${name} does not have`,
      );
    }
    const clean: BackupRow = {};
    for (const [column, rule] of columns) {
      if (!Object.hasOwn(row, column) || row[column] === undefined) {
        if (rule.fallback === undefined) problems.add(`${where} has no column "${column}"`);
        else clean[column] = rule.fallback;
        continue;
      }
      const problem = rule.check(row[column]);
      if (problem) problems.add(`${where} ${column}: ${problem}`);
      else clean[column] = row[column] as string | number | null;
    }
    out.push(clean);
  });
  return out;
}

/** Across rows: keys and unique columns not repeated, every reference names a row, one owner, one active market. */
function checkLinks(tables: Readonly<Record<string, BackupTable>>, rows: Record<string, BackupRow[]>, problems: Problems): void {
  const keys = new Map<string, Map<string, number>>();
  for (const [name, spec] of Object.entries(tables)) {
    const seen = new Map<string, number>();
    rows[name].forEach((row, index) => {
      const key = keyOf(spec, row);
      const first = seen.get(key);
      if (first !== undefined) problems.add(`${rowName(name, index, spec, row)} repeats the key of tables.${name}[${first}]`);
      else seen.set(key, index);
    });
    keys.set(name, seen);
    for (const columns of spec.unique ?? []) {
      const used = new Map<string, number>();
      rows[name].forEach((row, index) => {
        const value = columns.map((column) => String(row[column])).join(':');
        const first = used.get(value);
        if (first !== undefined) problems.add(`${rowName(name, index, spec, row)} ${columns.join(' + ')} ${JSON.stringify(value)} is already used by tables.${name}[${first}]`);
        else used.set(value, index);
      });
    }
    if (spec.single) {
      const { column, value, meaning } = spec.single;
      const holders = rows[name].flatMap((row, index) => (row[column] === value ? [index] : []));
      if (holders.length > 1) problems.add(`tables.${name}[${holders[1]}] is ${meaning} as well as tables.${name}[${holders[0]}]; there is only one`);
    }
  }
  for (const [name, spec] of Object.entries(tables)) {
    for (const reference of spec.references ?? []) {
      const targets = keys.get(reference.table);
      if (!targets) continue;
      rows[name].forEach((row, index) => {
        if (reference.when && row[reference.when.column] !== reference.when.equals) return;
        const value = row[reference.column];
        if (reference.optional && (value === '' || value === null)) return;
        if (!targets.has(String(value))) problems.add(`${rowName(name, index, spec, row)} ${reference.column} ${JSON.stringify(value)} names no row of tables.${reference.table}`);
      });
    }
  }
  const members = rows[OWNER_TABLE];
  if (members) {
    const owners = members.flatMap((row, index) => (row[OWNER_COLUMN] === 1 ? [index] : []));
    if (owners.length > 1) {
      problems.add(`tables.${OWNER_TABLE} has ${owners.length} owners (${OWNER_COLUMN} = 1, rows ${owners.join(', ')}); a workspace has exactly one, the person whose network it is`);
    } else if (owners.length === 0 && (members.length > 0 || (rows[CONTACTS_TABLE]?.length ?? 0) > 0)) {
      problems.add(`tables.${OWNER_TABLE} has no owner (a member with ${OWNER_COLUMN} = 1); a workspace with contacts or members has exactly one, the person whose network it is`);
    }
  }
}

/**
 * Checks a parsed backup whole. On success the rows come back complete and in restore order, ready to write; on
 * failure, the problems in the order found (the first one says best what is wrong), nothing else.
 */
export function checkBackup(value: unknown, options: BackupCheckOptions): BackupCheck {
  const tables = options.tables ?? BACKUP_TABLES;
  const problems = new Problems(options.maxProblems ?? 50);
  const envelope = checkEnvelope(value, options, tables, problems);
  if (!envelope) return { ok: false, problems: problems.list };
  const rows: Record<string, BackupRow[]> = {};
  for (const [name, spec] of Object.entries(tables)) rows[name] = checkRows(name, spec, (envelope.raw[name] as unknown[] | undefined) ?? [], problems);
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  if (Object.values(rows).every((list) => list.length === 0)) {
    return { ok: false, problems: ['it holds no rows at all: restoring it would only empty the workspace'] };
  }
  checkLinks(tables, rows, problems);
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return { ok: true, backup: { schema: envelope.schema, tables: rows } };
}
