// One contact's page, read once. The page's use cases (the contact, needs, offers, the ledger, introductions...) each
// read what they need, and several need the same things. On PostgreSQL every statement is a round trip (and a context
// switch on a busy machine) that 50 other requests wait behind, so the page reads everything it shows in one read
// (store/contact-page-repo.ts: one statement there) and hands its use cases a workspace that answers from it.
import type { Contact } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import type { ContactPageRows } from '../store/contact-page-repo.ts';
import type { Workspace } from '../store/workspace-store.ts';
import type { AppContext } from './app-context.ts';
import { resolveContact } from './contact-lookup.ts';
import { SETTINGS_NAME } from './settings.ts';

/** The settings documents a contact page reads (the settings file: cadence tiers, introductions' expiry). */
const PAGE_SETTINGS = [SETTINGS_NAME];

type TieFilter = NonNullable<Parameters<Workspace['ties']['list']>[0]>;

/** Whether a filter asks for nothing but the given keys (a key set to undefined asks for nothing). */
const onlyKeys = (filter: object, keys: readonly string[]) => Object.entries(filter).every(([key, value]) => value === undefined || keys.includes(key));

/**
 * The context whose workspace answers the page's reads about this one contact from `rows`: the reads made for one
 * page, and narrower filters of them (a status, one holder's ties) filtered here. Anything else (another contact, a
 * wider list) is read from the store as usual. Read-only use: writes through it reach the store, but nothing read
 * before them is read again. Each caller gets its own copy of a list: one sorting it must not reorder another's.
 */
export function pageReads(context: AppContext, rows: ContactPageRows): AppContext {
  const ws = context.store.workspace;
  const id = rows.contact.id;
  const parties = new Set(rows.introductions.flatMap((intro) => [intro.seekerId, intro.helperId]));
  const introNeedIds = new Set(rows.introductions.map((intro) => intro.needId).filter(Boolean));
  const named = new Set(rows.referralEvents.flatMap((event) => [event.contact_id, event.other_contact_id]));
  const ties = async (filter: TieFilter = {}) => {
    if (filter.contactId !== id) return ws.ties.list(filter);
    return rows.ties.filter((tie) => (!filter.fromType || tie.fromType === filter.fromType) && (!filter.fromId || tie.fromId === filter.fromId));
  };
  const workspace: Workspace = {
    ...ws,
    contacts: {
      ...ws.contacts,
      get: async (contactId) => (contactId === id ? rows.contact : parties.has(contactId) ? (rows.introContacts.get(contactId) ?? null) : ws.contacts.get(contactId)),
    },
    members: { ...ws.members, list: async () => [...rows.members] },
    history: { ...ws.history, events: async (contactId?: string) => (contactId === id ? [...rows.events] : ws.history.events(contactId)) },
    ties: { ...ws.ties, list: ties },
    interactions: { ...ws.interactions, ofContact: async (contactId) => (contactId === id ? [...rows.interactions] : ws.interactions.ofContact(contactId)) },
    needs: {
      ...ws.needs,
      list: async (filter = {}) => (filter.contactId === id && onlyKeys(filter, ['contactId', 'status']) ? rows.needs.filter((need) => !filter.status || need.status === filter.status) : ws.needs.list(filter)),
      get: async (needId) => (introNeedIds.has(needId) ? (rows.introNeeds.get(needId) ?? null) : (rows.needs.find((need) => need.id === needId) ?? ws.needs.get(needId))),
    },
    offers: {
      ...ws.offers,
      list: async (filter = {}) => (filter.contactId === id && onlyKeys(filter, ['contactId', 'status']) ? rows.offers.filter((offer) => !filter.status || offer.status === filter.status) : ws.offers.list(filter)),
    },
    referralEvents: {
      ...ws.referralEvents,
      list: async (query = {}) => (query.contactId === id && onlyKeys(query, ['contactId']) ? [...rows.referralEvents] : ws.referralEvents.list(query)),
      contactNames: async (ids) =>
        ids.every((contactId) => !contactId || named.has(contactId))
          ? new Map(ids.flatMap((contactId) => (rows.referralNames.has(contactId) ? [[contactId, rows.referralNames.get(contactId)!] as const] : [])))
          : ws.referralEvents.contactNames(ids),
    },
    introductions: {
      ...ws.introductions,
      list: async (filter = {}) => (filter.contactId === id && onlyKeys(filter, ['contactId']) ? [...rows.introductions] : ws.introductions.list(filter)),
    },
    markets: { ...ws.markets, list: async () => [...rows.markets] },
    settings: { ...ws.settings, read: async (name: string) => (PAGE_SETTINGS.includes(name) ? rows.settings.get(name) : ws.settings.read(name)) },
  };
  return { ...context, store: { ...context.store, workspace } };
}

/**
 * The contact a page is about and the context to build it in, from one read of the store when `reference` is an id
 * (as the dashboard asks); a name, an email or a LinkedIn URL is resolved first, as everywhere else.
 */
export async function readContactPage(context: AppContext, reference: string): Promise<{ contact: Contact; context: AppContext }> {
  const ws = context.store.workspace;
  const ref = reference.trim();
  let rows = ref ? await ws.contactPage.read(ref, PAGE_SETTINGS) : null;
  if (!rows) {
    const found = await resolveContact(context, reference);
    rows = await ws.contactPage.read(found.id, PAGE_SETTINGS);
    if (!rows) throw new ReferableError('NOT_FOUND', `contact ${found.id} was removed while its page was being read`);
  }
  return { contact: rows.contact, context: pageReads(context, rows) };
}
