// Stated offers in the store (derived offers are computed, never stored): insert, list, get one, close.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Offer, OfferStatus } from '../core/referrals/offer.ts';
import type { Database, OffersTable } from './schema.ts';

export function rowToOffer(row: Selectable<OffersTable>): Offer {
  return { id: row.offer_id, contactId: row.contact_id, text: row.text, status: row.status === 'closed' ? 'closed' : 'open', createdAt: row.created_at, closedAt: row.closed_at };
}

async function insertOffer(db: Kysely<Database>, workspaceId: string, offer: Offer): Promise<void> {
  await db
    .insertInto('offers')
    .values({ workspace_id: workspaceId, offer_id: offer.id, contact_id: offer.contactId, text: offer.text, status: offer.status, created_at: offer.createdAt, closed_at: offer.closedAt })
    .execute();
}

async function listOffers(db: Kysely<Database>, workspaceId: string, filter: { status?: OfferStatus; contactId?: string } = {}): Promise<Offer[]> {
  let query = db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  return (await query.orderBy('created_at').orderBy('offer_id').execute()).map(rowToOffer);
}

async function getOffer(db: Kysely<Database>, workspaceId: string, offerId: string): Promise<Offer | null> {
  const row = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('offer_id', '=', offerId).executeTakeFirst();
  return row ? rowToOffer(row) : null;
}

async function closeOffer(db: Kysely<Database>, workspaceId: string, offerId: string, closedAt: string): Promise<void> {
  await db.updateTable('offers').set({ status: 'closed', closed_at: closedAt }).where('workspace_id', '=', workspaceId).where('offer_id', '=', offerId).execute();
}

/** Tags by contact, for the contacts that have any: derived offers need them, and most contacts have none. */
async function loadContactTags(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('contacts').select(['contact_id', 'tags']).where('workspace_id', '=', workspaceId).where('tags', '<>', '[]').where('tags', '<>', '').execute();
  const tags = new Map<string, string[]>();
  for (const row of rows) {
    try {
      const value: unknown = JSON.parse(row.tags);
      if (Array.isArray(value) && value.length) tags.set(row.contact_id, value.map(String));
    } catch {
      // unreadable tags are no evidence of anything
    }
  }
  return tags;
}

/** Offers bound to one workspace. */
export function offersRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (offer: Offer) => insertOffer(db, workspaceId, offer),
    list: (filter: { status?: OfferStatus; contactId?: string } = {}) => listOffers(db, workspaceId, filter),
    get: (offerId: string) => getOffer(db, workspaceId, offerId),
    close: (offerId: string, closedAt: string) => closeOffer(db, workspaceId, offerId, closedAt),
    /** Tags by contact, for the contacts that have any. */
    contactTags: () => loadContactTags(db, workspaceId),
  };
}
export type OffersRepo = ReturnType<typeof offersRepo>;
