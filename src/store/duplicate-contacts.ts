// Contacts stored twice by concurrent imports before writers took turns (issue #13): found by the identity keys the
// unique indexes of migration 004 enforce, and merged into one row each so those indexes can be created. Frozen at
// migration 004's schema (its columns and the tables that referred to contacts then): a later migration must not
// change what this one does to an old database.
import { sql, type Kysely } from 'kysely';

/** The contacts columns as of migration 004 that merging reads or writes. */
export interface DuplicateRow {
  workspace_id: string;
  contact_id: string;
  linkedin_slug: string;
  emails: string;
  phones: string;
  tags: string;
  locked_fields: string;
  first_name: string;
  last_name: string;
  linkedin_url: string;
  company: string;
  company_key: string;
  title: string;
  location: string;
  industry: string;
  connected_on: string;
  notes: string;
  rating: number | null;
  first_seen: string;
  updated_at: string;
}

const TEXT_FIELDS = ['first_name', 'last_name', 'linkedin_url', 'company', 'company_key', 'title', 'location', 'industry', 'connected_on', 'notes'] as const;
const LIST_FIELDS = ['emails', 'phones', 'tags', 'locked_fields'] as const;

/** Every column that named a contact at migration 004 (ties are handled apart: their key includes the contact). */
const CONTACT_REFERENCES: readonly [table: string, column: string][] = [
  ['members', 'contact_id'],
  ['contact_events', 'contact_id'],
  ['needs', 'contact_id'],
  ['offers', 'contact_id'],
  ['introductions', 'seeker_id'],
  ['introductions', 'helper_id'],
  ['referral_events', 'contact_id'],
  ['referral_events', 'other_contact_id'],
  ['asks', 'contact_id'],
  ['interactions', 'contact_id'],
  ['plan_items', 'contact_id'],
  ['plan_items', 'other_contact_id'],
];

function list(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The identity key the email index covers: a contact without a LinkedIn profile, by its first email. */
export function emailIdentity(row: Pick<DuplicateRow, 'linkedin_slug' | 'emails'>): string {
  return row.linkedin_slug ? '' : (list(row.emails)[0] ?? '');
}

export interface DuplicateGroup {
  workspaceId: string;
  /** The row that stays (the contact seen first), with the others' data folded in. */
  kept: DuplicateRow;
  /** The ids of the copies that go; whatever referred to them refers to `kept` instead. */
  dropped: string[];
}

/**
 * The rows that share a LinkedIn profile, then (among those left without one) a first email, within one workspace.
 * The contact seen first keeps its id; the most recently updated copy gives the field values (the newest import),
 * blanks are filled from the others, lists are united, a hand-set rating is kept.
 */
export function findDuplicateGroups(rows: readonly DuplicateRow[]): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  const gone = new Set<string>();
  const collect = (keyOf: (row: DuplicateRow) => string) => {
    const byKey = new Map<string, DuplicateRow[]>();
    for (const row of rows) {
      const key = keyOf(row);
      if (!key || gone.has(`${row.workspace_id}\u0000${row.contact_id}`)) continue;
      const full = `${row.workspace_id}\u0000${key}`;
      byKey.set(full, [...(byKey.get(full) ?? []), row]);
    }
    for (const copies of byKey.values()) {
      if (copies.length < 2) continue;
      const group = combine(copies);
      for (const id of group.dropped) gone.add(`${group.workspaceId}\u0000${id}`);
      groups.push(group);
    }
  };
  collect((row) => row.linkedin_slug);
  collect(emailIdentity);
  return groups;
}

function combine(copies: DuplicateRow[]): DuplicateGroup {
  const byAge = [...copies].sort((a, b) => a.first_seen.localeCompare(b.first_seen) || a.contact_id.localeCompare(b.contact_id));
  const byFreshness = [...copies].sort((a, b) => b.updated_at.localeCompare(a.updated_at) || a.contact_id.localeCompare(b.contact_id));
  const kept: DuplicateRow = { ...byFreshness[0], contact_id: byAge[0].contact_id, first_seen: byAge[0].first_seen };
  for (const field of TEXT_FIELDS) kept[field] = byFreshness.find((row) => row[field])?.[field] ?? '';
  for (const field of LIST_FIELDS) kept[field] = JSON.stringify([...new Set(byFreshness.flatMap((row) => list(row[field])))]);
  kept.rating = byFreshness.find((row) => row.rating !== null)?.rating ?? null;
  return { workspaceId: kept.workspace_id, kept, dropped: byAge.slice(1).map((row) => row.contact_id) };
}

/** Merges every duplicate group in the database; returns how many rows went. Runs inside migration 004's transaction. */
export async function mergeDuplicateContacts(db: Kysely<unknown>): Promise<number> {
  const columns = ['workspace_id', 'contact_id', 'linkedin_slug', 'emails', 'phones', 'tags', 'locked_fields', ...TEXT_FIELDS, 'rating', 'first_seen', 'updated_at'];
  const { rows } = await sql<DuplicateRow>`select ${sql.join(columns.map((column) => sql.ref(column)))} from contacts`.execute(db);
  const groups = findDuplicateGroups(rows.map((row) => ({ ...row, rating: row.rating === null ? null : Number(row.rating) })));
  let removed = 0;
  for (const { workspaceId: w, kept, dropped } of groups) {
    const { workspace_id: _w, contact_id: _c, linkedin_slug: _s, ...values } = kept;
    const assignments = sql.join(Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`));
    await sql`update contacts set ${assignments} where workspace_id = ${w} and contact_id = ${kept.contact_id}`.execute(db);
    for (const id of dropped) {
      // Ties to and from the copy move to the kept contact unless it has that tie already (then the kept one stays).
      await sql`delete from ties where workspace_id = ${w} and contact_id = ${id} and exists (select 1 from ties other where other.workspace_id = ties.workspace_id and other.from_type = ties.from_type and other.from_id = ties.from_id and other.kind = ties.kind and other.contact_id = ${kept.contact_id})`.execute(db);
      await sql`update ties set contact_id = ${kept.contact_id} where workspace_id = ${w} and contact_id = ${id}`.execute(db);
      await sql`delete from ties where workspace_id = ${w} and from_type = 'contact' and from_id = ${id} and exists (select 1 from ties other where other.workspace_id = ties.workspace_id and other.from_type = 'contact' and other.from_id = ${kept.contact_id} and other.kind = ties.kind and other.contact_id = ties.contact_id)`.execute(db);
      await sql`update ties set from_id = ${kept.contact_id} where workspace_id = ${w} and from_type = 'contact' and from_id = ${id}`.execute(db);
      for (const [table, column] of CONTACT_REFERENCES) {
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${kept.contact_id} where workspace_id = ${w} and ${sql.ref(column)} = ${id}`.execute(db);
      }
      await sql`delete from contacts where workspace_id = ${w} and contact_id = ${id}`.execute(db);
      removed++;
    }
    // A tie between two copies of one person is now a contact knowing itself.
    await sql`delete from ties where workspace_id = ${w} and from_type = 'contact' and from_id = ${kept.contact_id} and contact_id = ${kept.contact_id}`.execute(db);
  }
  return removed;
}
