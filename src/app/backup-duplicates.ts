// A backup written while concurrent imports stored people twice (before writers took turns, issue #13) holds copies the
// database now refuses. Restoring it merges them the way migration 004 merges a stored database: one contact per
// LinkedIn profile (or, without one, per first email), everything that named a copy names the kept contact.
import { BACKUP_TABLES } from '../core/backup/backup-tables.ts';
import { findDuplicateGroups, type DuplicateRow } from '../store/duplicate-contacts.ts';
import type { WorkspaceRows } from '../store/workspace-dump.ts';

type Rows = Record<string, unknown>[];

/** The backup's tables with copies of one person merged, and how many contact rows went. Pure: `tables` is not changed. */
export function mergeBackupDuplicates(tables: WorkspaceRows): { tables: WorkspaceRows; merged: number } {
  const contacts = (tables.contacts ?? []) as Rows;
  const groups = findDuplicateGroups(contacts.map((row) => ({ ...row, workspace_id: '' }) as unknown as DuplicateRow));
  if (groups.length === 0) return { tables, merged: 0 };
  const keptAs = new Map<string, string>();
  const merged = new Map<string, Record<string, unknown>>();
  for (const { kept, dropped } of groups) {
    const { workspace_id: _w, ...values } = kept;
    merged.set(kept.contact_id, values);
    for (const id of dropped) keptAs.set(id, kept.contact_id);
  }
  const out = {} as Record<string, Rows>;
  for (const [table, rows] of Object.entries(tables) as [string, Rows][]) {
    if (table === 'contacts') {
      out[table] = rows.filter((row) => !keptAs.has(String(row.contact_id))).map((row) => ({ ...row, ...(merged.get(String(row.contact_id)) ?? {}) }));
      continue;
    }
    const spec = BACKUP_TABLES[table];
    const references = (spec?.references ?? []).filter((reference) => reference.table === 'contacts');
    const seen = new Set<string>();
    out[table] = [];
    for (const row of rows) {
      const next = { ...row };
      for (const { column, when } of references) {
        if (when && next[when.column] !== when.equals) continue;
        const target = keptAs.get(String(next[column]));
        if (target) next[column] = target;
      }
      // Two copies' ties to the same person become one tie (the first kept); a tie between two copies goes.
      if (table === 'ties' && next.from_type === 'contact' && next.from_id === next.contact_id) continue;
      const key = JSON.stringify((spec?.key ?? []).map((column) => next[column]));
      if (spec?.key && seen.has(key)) continue;
      seen.add(key);
      out[table].push(next);
    }
  }
  return { tables: out as WorkspaceRows, merged: keptAs.size };
}
