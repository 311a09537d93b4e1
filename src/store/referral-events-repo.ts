// The referral ledger in the store: append-only rows (never updated or deleted), one per referral event.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import { ReferableError } from '../core/errors.ts';
import type { Database, ReferralEventsTable } from './schema.ts';

export type ReferralEventRow = Omit<ReferralEventsTable, 'workspace_id'>;

function describe(row: Pick<ReferralEventRow, 'direction' | 'kind' | 'contact_id' | 'occurred_on' | 'outcome'>): string {
  const outcome = row.outcome === '' ? '' : ` (outcome ${row.outcome})`;
  return `${row.direction} ${row.kind} referral with contact ${row.contact_id} on ${row.occurred_on}${outcome}`;
}

function conflict(row: ReferralEventRow, existingId: string): ReferableError {
  return new ReferableError(
    'CONFLICT',
    `The ledger already holds this event: ${describe(row)} is event ${existingId}. Nothing was added; if this is a different event, give its own date (--on) or outcome.`,
    { eventId: existingId, dedupeKey: row.dedupe_key },
  );
}

/** A unique-constraint violation from either dialect (SQLite: SQLITE_CONSTRAINT_UNIQUE, PostgreSQL: 23505). */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Appends one event. Refuses a duplicate (same dedupe_key) with CONFLICT naming the stored event; the check runs
 * first inside the caller's transaction, and the unique constraint backs it up against a concurrent writer.
 */
async function insertReferralEvent(db: Kysely<Database>, workspaceId: string, row: ReferralEventRow): Promise<void> {
  const existing = await db
    .selectFrom('referral_events')
    .select('event_id')
    .where('workspace_id', '=', workspaceId)
    .where('dedupe_key', '=', row.dedupe_key)
    .executeTakeFirst();
  if (existing) throw conflict(row, existing.event_id);
  try {
    await db
      .insertInto('referral_events')
      .values({ workspace_id: workspaceId, ...toRow(row) })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(row, '(written concurrently)');
    throw error;
  }
}

export interface ReferralEventQuery {
  /** Only events with this contact (as the main contact or as the other party). */
  contactId?: string;
  direction?: 'given' | 'received';
  introId?: string;
}

/** Events in ledger order: by date, then by the order they were recorded. */
async function listReferralEvents(db: Kysely<Database>, workspaceId: string, query: ReferralEventQuery = {}): Promise<ReferralEventRow[]> {
  let select = db.selectFrom('referral_events').selectAll().where('workspace_id', '=', workspaceId);
  if (query.contactId !== undefined) {
    const id = query.contactId;
    select = select.where((eb) => eb.or([eb('contact_id', '=', id), eb('other_contact_id', '=', id)]));
  }
  if (query.direction !== undefined) select = select.where('direction', '=', query.direction);
  if (query.introId !== undefined) select = select.where('intro_id', '=', query.introId);
  const rows = await select.orderBy('occurred_on').orderBy('recorded_at').orderBy('event_id').execute();
  return rows.map(toRow);
}

async function getReferralEvent(db: Kysely<Database>, workspaceId: string, eventId: string): Promise<ReferralEventRow | undefined> {
  const row = await db.selectFrom('referral_events').selectAll().where('workspace_id', '=', workspaceId).where('event_id', '=', eventId).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

async function countReferralEvents(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('referral_events').select((eb) => eb.fn.countAll<string | number>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Exactly the ledger's columns, without workspace_id (PostgreSQL and SQLite rows alike). */
export function toRow(row: ReferralEventRow | ReferralEventsTable): ReferralEventRow {
  return {
    event_id: row.event_id,
    direction: row.direction,
    kind: row.kind,
    contact_id: row.contact_id,
    other_contact_id: row.other_contact_id,
    intro_id: row.intro_id,
    company: row.company,
    outcome: row.outcome,
    note: row.note,
    occurred_on: row.occurred_on,
    recorded_at: row.recorded_at,
    dedupe_key: row.dedupe_key,
  };
}

/** The interaction kind that records a thank-you; `ledger thanks` and the planner read it. */
export const THANK_YOU_INTERACTION = 'thank-you';

/** Thank-you dates (YYYY-MM-DD) per contact, from interactions of kind 'thank-you' (logged by hand or from a plan). */
async function thankYouDates(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('interactions')
    .select(['contact_id', 'occurred_at'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', THANK_YOU_INTERACTION)
    .execute();
  const dates = new Map<string, string[]>();
  for (const row of rows) {
    const list = dates.get(row.contact_id) ?? [];
    list.push(row.occurred_at.slice(0, 10));
    dates.set(row.contact_id, list);
  }
  return dates;
}

/** Appends a thank-you as an interaction (it also counts as a touch for cadence). */
async function insertThankYou(db: Kysely<Database>, workspaceId: string, row: { interactionId: string; contactId: string; occurredAt: string; note: string; minutes: number }): Promise<void> {
  await db
    .insertInto('interactions')
    .values({
      workspace_id: workspaceId,
      interaction_id: row.interactionId,
      contact_id: row.contactId,
      kind: THANK_YOU_INTERACTION,
      minutes: row.minutes,
      note: row.note,
      occurred_at: row.occurredAt,
      source: 'logged',
      plan_item_id: '',
    })
    .execute();
}

/** A contact's display name and company, as the ledger shows them. */
export function contactNameOf(row: { first_name: string; last_name: string; company: string }): { name: string; company: string } {
  return { name: `${row.first_name} ${row.last_name}`.trim(), company: row.company };
}

/** Display names for a few contacts by id (ids not found are left out). */
async function contactNames(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Map<string, { name: string; company: string }>> {
  const names = new Map<string, { name: string; company: string }>();
  const unique = [...new Set(ids.filter(Boolean))];
  // Chunked: PostgreSQL and SQLite both cap the number of bound parameters.
  for (let start = 0; start < unique.length; start += 500) {
    const rows = await db
      .selectFrom('contacts')
      .select(['contact_id', 'first_name', 'last_name', 'company'])
      .where('workspace_id', '=', workspaceId)
      .where('contact_id', 'in', unique.slice(start, start + 500))
      .execute();
    for (const row of rows) names.set(row.contact_id, contactNameOf(row));
  }
  return names;
}

/** The referral ledger bound to one workspace. */
export function referralEventsRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (row: ReferralEventRow) => insertReferralEvent(db, workspaceId, row),
    list: (query: ReferralEventQuery = {}) => listReferralEvents(db, workspaceId, query),
    get: (eventId: string) => getReferralEvent(db, workspaceId, eventId),
    count: () => countReferralEvents(db, workspaceId),
    thankYouDates: () => thankYouDates(db, workspaceId),
    insertThankYou: (row: { interactionId: string; contactId: string; occurredAt: string; note: string; minutes: number }) => insertThankYou(db, workspaceId, row),
    contactNames: (ids: readonly string[]) => contactNames(db, workspaceId, ids),
  };
}
export type ReferralEventsRepo = ReturnType<typeof referralEventsRepo>;
