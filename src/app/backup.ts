// Use cases: a JSON backup of everything in the workspace, a contacts CSV, and restore from a backup.
import { BACKUP_FORMAT } from '../core/backup/check-backup.ts';
import { companyKey } from '../core/companies/company-key.ts';
import { ReferableError } from '../core/errors.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import { type WorkspaceRows } from '../store/workspace-dump.ts';
import type { AppContext } from './app-context.ts';
import type { LoadedBackup } from './backup-file.ts';
import { mergeBackupDuplicates } from './backup-duplicates.ts';
import { summarize } from './contacts.ts';
import { csvCell } from './csv-cell.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
import { activeTarget } from './target.ts';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The schema the rows follow (the last migration applied). */
  schema: string;
  tables: WorkspaceRows;
}

/** Deterministic: the same data always gives the same bytes (no timestamp inside), so backups can be compared. */
export async function createBackup(context: AppContext): Promise<string> {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schema: MIGRATIONS[MIGRATIONS.length - 1].name,
    tables: await context.store.workspace.rows.dump(),
  };
  return JSON.stringify(backup, null, 1) + '\n';
}

export const CSV_COLUMNS = ['id', 'firstName', 'lastName', 'company', 'title', 'location', 'emails', 'linkedinUrl', 'connectedOn', 'tags', 'rating'] as const;
/** What the engine knows of each contact, after their own fields: market fit 0-100, in market yes/no, tie strength 0-1. */
export const CSV_SCORE_COLUMNS = ['fit', 'inMarket', 'tieStrength'] as const;

export async function exportContactsCsv(context: AppContext): Promise<string> {
  const contacts = (await context.store.workspace.contacts.list()).map(summarize);
  const target = await activeTarget(context);
  const scored = await scoreWorkspaceLean(context, target);
  const lines = [[...CSV_COLUMNS, ...CSV_SCORE_COLUMNS].join(',')];
  for (const contact of contacts) {
    const facts = scored.facts.get(contact.id);
    // Without a market, fit and in-market are unknown (empty), not 0 and "no".
    const market = target !== null && facts !== undefined;
    const scores = [market ? String(Math.round(facts.fit * 10) / 10) : '', market ? (facts.inMarket ? 'yes' : 'no') : '', facts?.strength == null ? '' : facts.strength.toFixed(2)];
    lines.push(
      [
        ...CSV_COLUMNS.map((column) => {
          const value = contact[column];
          return csvCell(Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value));
        }),
        ...scores.map(csvCell),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * Replaces the workspace with a backup already read and checked whole (loadBackup: a backup with any problem never
 * gets here, so nothing is deleted for it), in one transaction; refuses to overwrite data unless asked to.
 */
/**
 * A company key is derived from the company name, and the key has learned legal forms since older backups were written
 * ("Woodgrove Bank, S.A." and "Woodgrove Bank" are one company): restored contacts get today's key, as migration 010
 * gave stored ones, so an old backup does not split a company in two again.
 */
function withCurrentCompanyKeys(tables: WorkspaceRows): WorkspaceRows {
  const contacts = tables.contacts as { company?: unknown; company_key?: unknown }[] | undefined;
  if (!contacts) return tables;
  return { ...tables, contacts: contacts.map((row) => (typeof row.company === 'string' ? { ...row, company_key: companyKey(row.company) } : row)) } as WorkspaceRows;
}

export async function restoreBackup(context: AppContext, loaded: LoadedBackup, options: { replace?: boolean } = {}): Promise<Record<string, number>> {
  const { name, backup } = loaded;
  // Copies of one person (written by concurrent imports before writers took turns) restore as one contact.
  const { tables } = mergeBackupDuplicates(withCurrentCompanyKeys(backup.tables as WorkspaceRows));
  const ws = context.store.workspace;
  return ws.transaction(async (tx) => {
    const current = await tx.rows.dump();
    const hasData = Object.values(current).some((rows) => rows.length > 0);
    if (hasData && !options.replace) {
      throw new ReferableError('CONFLICT', `workspace "${ws.id}" already holds data; confirm the replacement to overwrite it with the backup, after making a backup of it`, undefined, {
        text: 'Replace everything in the workspace with the backup',
        command: 'referable restore FILE --replace',
      });
    }
    await tx.rows.clear();
    try {
      await tx.rows.load(tables);
    } catch (error) {
      // A full disk or a failing server says so; anything else is the backup's fault (the check let it through).
      if (error instanceof ReferableError) throw error;
      throw new ReferableError('INVALID_INPUT', `${name} could not be restored (${(error as Error).message}); nothing was changed`);
    }
    return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]));
  });
}
