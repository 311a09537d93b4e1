// Interactions in the store: logged, ticked off in the plan, or imported; the clock behind cadence and tie strength.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { Database, InteractionsTable } from './schema.ts';

export type InteractionRow = Omit<InteractionsTable, 'workspace_id'>;

async function insertInteraction(db: Kysely<Database>, workspaceId: string, row: InteractionRow): Promise<void> {
  await db.insertInto('interactions').values({ workspace_id: workspaceId, ...row }).execute();
}

/** The row without its workspace, minutes a number whichever way the driver or JSON gave it. */
export function rowToInteraction({ workspace_id: _w, ...row }: InteractionsTable): InteractionRow {
  return { ...row, minutes: Number(row.minutes) };
}

/** Latest interaction per contact (ISO timestamps compare as text), for cadence. */
async function latestInteractions(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('interactions')
    .select(['contact_id', (eb) => eb.fn.max('occurred_at').as('latest')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('contact_id')
    .execute();
  return new Map(rows.map((row) => [row.contact_id, String(row.latest)]));
}

/** Interactions with occurred_at in [from, to), oldest first. */
async function listInteractionsBetween(db: Kysely<Database>, workspaceId: string, from: string, to: string): Promise<InteractionRow[]> {
  const rows = await db
    .selectFrom('interactions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .orderBy('occurred_at')
    .orderBy('interaction_id')
    .execute();
  return rows.map(rowToInteraction);
}

/** Contacts with an interaction of `kind` since `since` (e.g. connection requests still pending). */
async function contactsWithInteractionSince(db: Kysely<Database>, workspaceId: string, kind: string, since: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('interactions')
    .select('contact_id')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('occurred_at', '>=', since)
    .execute();
  return new Set(rows.map((row) => row.contact_id));
}

async function listContactInteractions(db: Kysely<Database>, workspaceId: string, contactId: string): Promise<InteractionRow[]> {
  const rows = await db
    .selectFrom('interactions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .orderBy('occurred_at', 'desc')
    .orderBy('interaction_id')
    .execute();
  return rows.map(rowToInteraction);
}

/** Tags of the contacts that have any (most have none): cadence tiers apply by tag, and parsing every row is slow. */
async function loadContactTags(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('contacts').select(['contact_id', 'tags']).where('workspace_id', '=', workspaceId).where('tags', '!=', '[]').execute();
  const out = new Map<string, string[]>();
  for (const row of rows) {
    try {
      const tags: unknown = JSON.parse(row.tags);
      if (Array.isArray(tags) && tags.length > 0) out.set(row.contact_id, tags.map(String));
    } catch {
      // A damaged tag list is no tags, as in contacts-repo.
    }
  }
  return out;
}

/** Interactions bound to one workspace. */
export function interactionsRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (row: InteractionRow) => insertInteraction(db, workspaceId, row),
    latest: () => latestInteractions(db, workspaceId),
    between: (from: string, to: string) => listInteractionsBetween(db, workspaceId, from, to),
    contactsWithKindSince: (kind: string, since: string) => contactsWithInteractionSince(db, workspaceId, kind, since),
    ofContact: (contactId: string) => listContactInteractions(db, workspaceId, contactId),
    /** Tags of the contacts that have any (cadence tiers apply by tag). */
    contactTags: () => loadContactTags(db, workspaceId),
  };
}
export type InteractionsRepo = ReturnType<typeof interactionsRepo>;
