// Ties in the store: load one holder's ties for merging, upsert changed ones.
import type { Kysely, Selectable } from 'kysely';
import type { Tie, TieKind } from '../core/ties/tie.ts';
import { emptySignals, type TieSignals } from '../core/ties/tie-signals.ts';
import type { Database, TiesTable } from './schema.ts';

function parseSignals(text: string): TieSignals {
  try {
    return { ...emptySignals(), ...(JSON.parse(text) as Partial<TieSignals>) };
  } catch {
    return emptySignals();
  }
}

export function rowToTie(row: Selectable<TiesTable>): Tie {
  return {
    fromType: row.from_type === 'contact' ? 'contact' : 'member',
    fromId: row.from_id,
    contactId: row.contact_id,
    kind: row.kind as TieKind,
    connectedOn: row.connected_on,
    signals: parseSignals(row.signals),
    source: row.source,
    updatedAt: row.updated_at,
  };
}

function tieToRow(workspaceId: string, tie: Tie): TiesTable {
  return {
    workspace_id: workspaceId,
    from_type: tie.fromType,
    from_id: tie.fromId,
    contact_id: tie.contactId,
    kind: tie.kind,
    connected_on: tie.connectedOn,
    signals: JSON.stringify(tie.signals),
    source: tie.source,
    updated_at: tie.updatedAt,
  };
}

export async function loadTies(db: Kysely<Database>, workspaceId: string, filter: { fromType?: string; fromId?: string; contactId?: string } = {}): Promise<Tie[]> {
  let query = db.selectFrom('ties').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.fromType) query = query.where('from_type', '=', filter.fromType);
  if (filter.fromId) query = query.where('from_id', '=', filter.fromId);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  return (await query.execute()).map(rowToTie);
}

export async function upsertTies(db: Kysely<Database>, workspaceId: string, ties: Tie[], maxParameters: number): Promise<void> {
  const rows = ties.map((tie) => tieToRow(workspaceId, tie));
  const perChunk = Math.max(1, Math.floor(maxParameters / 9));
  for (let start = 0; start < rows.length; start += perChunk) {
    await db
      .insertInto('ties')
      .values(rows.slice(start, start + perChunk))
      .onConflict((conflict) =>
        conflict.columns(['workspace_id', 'from_type', 'from_id', 'contact_id', 'kind']).doUpdateSet((eb) => ({
          connected_on: eb.ref('excluded.connected_on'),
          signals: eb.ref('excluded.signals'),
          source: eb.ref('excluded.source'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}
