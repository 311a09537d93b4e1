// Use cases: a JSON backup of everything in the workspace, a contacts CSV, and restore from a backup.
import { readFileSync, writeFileSync } from 'node:fs';
import { ReferableError } from '../core/errors.ts';
import { loadContacts } from '../store/contacts-repo.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import { checkWorkspaceRows, clearWorkspace, dumpWorkspace, loadWorkspace, WORKSPACE_TABLES, type WorkspaceRows } from '../store/workspace-dump.ts';
import type { AppContext } from './app-context.ts';
import { summarize } from './contacts.ts';
import { csvCell } from './csv-cell.ts';

const FORMAT = 'referable-backup';

export interface Backup {
  format: typeof FORMAT;
  /** The schema the rows follow (the last migration applied). */
  schema: string;
  tables: WorkspaceRows;
}

/** Deterministic: the same data always gives the same bytes (no timestamp inside), so backups can be compared. */
export async function createBackup(context: AppContext): Promise<string> {
  const backup: Backup = {
    format: FORMAT,
    schema: MIGRATIONS[MIGRATIONS.length - 1].name,
    tables: await dumpWorkspace(context.store.db, context.store.workspaceId),
  };
  return JSON.stringify(backup, null, 1) + '\n';
}

export const CSV_COLUMNS = ['id', 'firstName', 'lastName', 'company', 'title', 'location', 'emails', 'linkedinUrl', 'connectedOn', 'tags', 'rating'] as const;

export async function exportContactsCsv(context: AppContext): Promise<string> {
  const contacts = (await loadContacts(context.store.db, context.store.workspaceId)).map(summarize);
  const lines = [CSV_COLUMNS.join(',')];
  for (const contact of contacts) {
    lines.push(
      CSV_COLUMNS.map((column) => {
        const value = contact[column];
        return csvCell(Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value));
      }).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot write ${path}: ${(error as Error).message}`);
  }
}

function parseBackup(path: string, name: string): Backup {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ReferableError('NOT_FOUND', `${name}: no such backup file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReferableError('INVALID_INPUT', `${name} is not JSON (${(error as Error).message}); restore takes a file written by "referable export --format json"`);
  }
  const backup = value as Partial<Backup>;
  if (backup?.format !== FORMAT || typeof backup.tables !== 'object' || backup.tables === null) {
    throw new ReferableError('INVALID_INPUT', `${name} is not a Referable backup (no "format": "${FORMAT}")`);
  }
  const known = new Set(MIGRATIONS.map((migration) => migration.name));
  if (!backup.schema || !known.has(backup.schema)) {
    throw new ReferableError('INVALID_INPUT', `${name} was written by a newer Referable (schema ${backup.schema}); upgrade before restoring it`);
  }
  for (const table of Object.keys(WORKSPACE_TABLES)) {
    const rows = (backup.tables as Record<string, unknown>)[table];
    if (rows !== undefined && !Array.isArray(rows)) throw new ReferableError('INVALID_INPUT', `${name}: "tables.${table}" must be a list of rows`);
  }
  return backup as Backup;
}

/**
 * Replaces the workspace with the backup in one transaction; refuses to overwrite data unless asked to.
 * `displayName` names the backup in messages (the API passes the uploaded file's name, never a server path).
 */
export async function restoreBackup(context: AppContext, path: string, options: { replace?: boolean; displayName?: string } = {}): Promise<Record<string, number>> {
  const name = options.displayName ?? path;
  const backup = parseBackup(path, name);
  const { db, workspaceId, dialect } = context.store;
  return db.transaction().execute(async (trx) => {
    const problems = await checkWorkspaceRows(trx, backup.tables);
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).map((problem) => `  ${problem}`).join('\n');
      throw new ReferableError('INVALID_INPUT', `${name} does not fit this version's tables; nothing was changed:\n${shown}${problems.length > 5 ? `\n  ... and ${problems.length - 5} more` : ''}`, { problems });
    }
    const current = await dumpWorkspace(trx, workspaceId);
    const hasData = Object.values(current).some((rows) => rows.length > 0);
    if (hasData && !options.replace) {
      throw new ReferableError('CONFLICT', `workspace "${workspaceId}" already holds data; restore with replace (--replace) to overwrite it with the backup, after making a backup of it`);
    }
    await clearWorkspace(trx, workspaceId);
    try {
      await loadWorkspace(trx, dialect, workspaceId, backup.tables);
    } catch (error) {
      throw new ReferableError('INVALID_INPUT', `${name} could not be restored (${(error as Error).message}); nothing was changed`);
    }
    return Object.fromEntries(Object.entries(backup.tables).map(([table, rows]) => [table, rows.length]));
  });
}
