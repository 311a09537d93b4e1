// Ties in the store: load one holder's ties for merging, upsert changed ones.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import { TIE_HOLDERS, TIE_KINDS, type Tie, type TieKind, type TieLink } from '../core/ties/tie.ts';
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
 * The signals texts of ties with no message, endorsement or interaction, as tieToRow writes them: most of a network
 * (a LinkedIn connection with nothing else known, invited by either side or not said).
 */
const COMMON_SIGNALS: readonly string[] = ['', 'me', 'them'].map((invitedBy) => JSON.stringify({ ...emptySignals(), invitedBy }));

/**
 * The workspace's ties (or one holder's) without their bookkeeping columns: what scoring and the network graph read.
 * Leaving out source and updated_at, and reading rows as arrays, halves the read of a 30,000-connection network.
 */
async function loadTieLinks(store: StoreHandle, holder?: { fromType: string; fromId: string }): Promise<TieLink[]> {
  const where = holder ? { from_type: holder.fromType, from_id: holder.fromId } : undefined;
  // Holders, kinds and the commonest signals come back as their number in these lists (see readColumns' `known`):
  // a 30,000-tie network is mostly my LinkedIn connections with nothing else known, so no copy of the same few texts
  // is built per tie, and no 200-byte signals text looked up.
  const members = (await store.dialect.readColumns(store.db, 'members', ['member_id'], store.workspaceId)).map((row) => row[0] as string);
  const known = { from_type: TIE_HOLDERS, from_id: members, kind: TIE_KINDS, signals: COMMON_SIGNALS };
  const rows = await store.dialect.readColumns(store.db, 'ties', ['from_type', 'from_id', 'contact_id', 'kind', 'connected_on', 'signals'], store.workspaceId, { where, known });
  const links: TieLink[] = new Array(rows.length);
  // Most ties carry the same signals text (two thirds of a 30,000-connection export: no message, no endorsement), so
  // each distinct text is parsed once and its frozen result shared: links are read, never edited (imports use list()).
  const common = COMMON_SIGNALS.map((text) => deepFreeze(parseSignals(text)));
  const parsed = new Map<string, TieSignals>();
  for (let i = 0; i < rows.length; i++) {
    // Indexed reads, not a destructuring: this loop runs once per load, often before it is optimized, and an
    // unoptimized array destructuring walks the row through the iterator protocol.
    const row = rows[i] as [string | number, string | number, string, string | number, string, string | number];
    const holder = row[0];
    const holderId = row[1];
    const kindOrIndex = row[3];
    const text = row[5];
    let signals = typeof text === 'number' ? common[text] : parsed.get(text);
    if (!signals) parsed.set(text as string, (signals = deepFreeze(parseSignals(text as string))));
    const fromType = typeof holder === 'number' ? TIE_HOLDERS[holder] : holder === 'contact' ? 'contact' : 'member';
    const fromId = typeof holderId === 'number' ? members[holderId] : holderId;
    const kind = (typeof kindOrIndex === 'number' ? TIE_KINDS[kindOrIndex] : kindOrIndex) as TieKind;
    links[i] = { fromType, fromId, contactId: row[2], kind, connectedOn: row[4], signals };
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
