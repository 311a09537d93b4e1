// Ties in the store: load one holder's ties for merging, upsert changed ones.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Tie, TieKind, TieLink } from '../core/ties/tie.ts';
import { emptySignals, type TieSignals } from '../core/ties/tie-signals.ts';
import type { StoreHandle } from './contacts-repo.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database, TiesTable } from './schema.ts';

function parseSignals(text: string): TieSignals {
  try {
    // Defaults first, stored values on top (older rows lack newer signals).
    return Object.assign(emptySignals(), JSON.parse(text) as Partial<TieSignals>);
  } catch {
    return emptySignals();
  }
}

function deepFreeze(signals: TieSignals): TieSignals {
  Object.freeze(signals.endorsedSkills);
  Object.freeze(signals.endorsedByMe);
  return Object.freeze(signals);
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

async function loadTies(db: Kysely<Database>, workspaceId: string, filter: { fromType?: string; fromId?: string; contactId?: string } = {}): Promise<Tie[]> {
  let query = db.selectFrom('ties').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.fromType) query = query.where('from_type', '=', filter.fromType);
  if (filter.fromId) query = query.where('from_id', '=', filter.fromId);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  return (await query.execute()).map(rowToTie);
}

/**
 * The workspace's ties (or one holder's) without their bookkeeping columns: what scoring and the network graph read.
 * Leaving out source and updated_at, and reading rows as arrays, halves the read of a 30,000-connection network.
 */
async function loadTieLinks(store: StoreHandle, holder?: { fromType: string; fromId: string }): Promise<TieLink[]> {
  const where = holder ? { from_type: holder.fromType, from_id: holder.fromId } : undefined;
  const rows = await store.dialect.readColumns(store.db, 'ties', ['from_type', 'from_id', 'contact_id', 'kind', 'connected_on', 'signals'], store.workspaceId, { where });
  const links: TieLink[] = new Array(rows.length);
  // Most ties carry the same signals text (two thirds of a 30,000-connection export: no message, no endorsement), so
  // each distinct text is parsed once and its frozen result shared: links are read, never edited (imports use list()).
  const parsed = new Map<string, TieSignals>();
  for (let i = 0; i < rows.length; i++) {
    const [fromType, fromId, contactId, kind, connectedOn, text] = rows[i] as string[];
    let signals = parsed.get(text);
    if (!signals) parsed.set(text, (signals = deepFreeze(parseSignals(text))));
    links[i] = { fromType: fromType === 'contact' ? 'contact' : 'member', fromId, contactId, kind: kind as TieKind, connectedOn, signals };
  }
  return links;
}

async function upsertTies(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, ties: Tie[]): Promise<void> {
  await dialect.writeRows(
    db,
    'ties',
    ties.map((tie) => ({ ...tieToRow(workspaceId, tie) })),
    { keys: ['workspace_id', 'from_type', 'from_id', 'contact_id', 'kind'], update: ['connected_on', 'signals', 'source', 'updated_at'] },
  );
}

async function deleteTie(db: Kysely<Database>, workspaceId: string, tie: Pick<Tie, 'fromType' | 'fromId' | 'contactId' | 'kind'>): Promise<number> {
  const result = await db
    .deleteFrom('ties')
    .where('workspace_id', '=', workspaceId)
    .where('from_type', '=', tie.fromType)
    .where('from_id', '=', tie.fromId)
    .where('contact_id', '=', tie.contactId)
    .where('kind', '=', tie.kind)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ties bound to one workspace. */
export function tiesRepo(scope: RepoScope) {
  const { db, dialect, workspaceId } = scope;
  return {
    list: (filter: { fromType?: string; fromId?: string; contactId?: string } = {}) => loadTies(db, workspaceId, filter),
    /** Every tie, or one holder's, as links (no source or updatedAt): the fast read for scoring and the network. */
    links: (holder?: { fromType: string; fromId: string }) => loadTieLinks(scope, holder),
    upsert: (ties: Tie[]) => upsertTies(db, dialect, workspaceId, ties),
    delete: (tie: Pick<Tie, 'fromType' | 'fromId' | 'contactId' | 'kind'>) => deleteTie(db, workspaceId, tie),
  };
}
export type TiesRepo = ReturnType<typeof tiesRepo>;
