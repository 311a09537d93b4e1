// Contacts in the store: row mapping, bulk load for merging, inserts, updates, lookups.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Contact, ImportedField } from '../core/contacts/contact.ts';
import { nameKey } from '../core/contacts/identity.ts';
import type { NameEntry } from '../core/contacts/name-index.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database, ContactsTable } from './schema.ts';

function parseList<T = string>(text: string): T[] {
  // Most contacts have no phones, tags or locked fields: skip the parser for the empty list.
  if (text === '[]' || text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** The scoring fields of a row, shared by the full and the lean load. */
function rowToScoringContact(row: Pick<Selectable<ContactsTable>, 'contact_id' | 'first_name' | 'last_name' | 'company' | 'company_key' | 'title' | 'location' | 'industry' | 'connected_on' | 'rating'>): ScoringContact {
  return {
    id: row.contact_id,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    companyKey: row.company_key,
    title: row.title,
    location: row.location,
    industry: row.industry,
    connectedOn: row.connected_on,
    rating: row.rating === null ? null : Number(row.rating),
  };
}

export function rowToContact(row: Selectable<ContactsTable>): Contact {
  return {
    ...rowToScoringContact(row),
    linkedinUrl: row.linkedin_url,
    linkedinSlug: row.linkedin_slug,
    emails: parseList(row.emails),
    phones: parseList(row.phones),
    phoneKeys: parseList(row.phone_keys),
    notes: row.notes,
    tags: parseList(row.tags),
    lockedFields: parseList<ImportedField>(row.locked_fields),
    source: row.source,
    firstSeen: row.first_seen,
    updatedAt: row.updated_at,
  };
}

/** A list column's text; most contacts have no phones, tags or locked fields, and '[]' needs no serializer. */
function listText(list: readonly unknown[]): string {
  return list.length === 0 ? '[]' : JSON.stringify(list);
}

export function contactToRow(workspaceId: string, contact: Contact): ContactsTable {
  return {
    workspace_id: workspaceId,
    contact_id: contact.id,
    first_name: contact.firstName,
    last_name: contact.lastName,
    name_key: nameKey(contact.firstName, contact.lastName),
    linkedin_url: contact.linkedinUrl,
    linkedin_slug: contact.linkedinSlug,
    emails: listText(contact.emails),
    phones: listText(contact.phones),
    phone_keys: listText(contact.phoneKeys),
    company: contact.company,
    company_key: contact.companyKey,
    title: contact.title,
    location: contact.location,
    industry: contact.industry,
    connected_on: contact.connectedOn,
    notes: contact.notes,
    tags: listText(contact.tags),
    rating: contact.rating,
    locked_fields: listText(contact.lockedFields),
    source: contact.source,
    first_seen: contact.firstSeen,
    updated_at: contact.updatedAt,
  };
}

async function loadContacts(db: Kysely<Database>, workspaceId: string): Promise<Contact[]> {
  const rows = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).orderBy('contact_id').execute();
  return rows.map(rowToContact);
}

/** What scoring and the network need of a contact: no emails, phones, notes or lists to parse. */
export type ScoringContact = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'company' | 'companyKey' | 'title' | 'location' | 'industry' | 'connectedOn' | 'rating'>;

/** The parts of an open store a fast read needs (Store has them). */
export interface StoreHandle {
  db: Kysely<Database>;
  dialect: StoreDialect;
  workspaceId: string;
}

const SCORING_COLUMNS = ['contact_id', 'first_name', 'last_name', 'company', 'company_key', 'title', 'location', 'industry', 'connected_on', 'rating'] as const;

/**
 * The order the network is built in: by who people are (profile, name, employer), not by their random ids, so the same
 * network imported into two databases gives the same graph, and a seeded word-of-mouth run the same numbers.
 */
const STABLE_ORDER = ['linkedin_slug', 'name_key', 'company_key', 'connected_on', 'contact_id'] as const;

/** A lean projection for the network and reports: about half the columns, nothing to JSON-parse, rows as arrays. */
async function loadScoringContacts(store: StoreHandle): Promise<ScoringContact[]> {
  const rows = await store.dialect.readColumns(store.db, 'contacts', SCORING_COLUMNS, store.workspaceId, { orderBy: STABLE_ORDER });
  const contacts: ScoringContact[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    // Indexed reads, not a destructuring: this loop runs once per load, often before it is optimized, and an
    // unoptimized array destructuring walks the row through the iterator protocol.
    const row = rows[i] as [string, string, string, string, string, string, string, string, string, number | string | null];
    const rating = row[9];
    contacts[i] = { id: row[0], firstName: row[1], lastName: row[2], company: row[3], companyKey: row[4], title: row[5], location: row[6], industry: row[7], connectedOn: row[8], rating: rating === null ? null : Number(rating) };
  }
  return contacts;
}

/** What finding a contact by name needs, for every contact in id order: see core/contacts/name-index.ts. */
async function loadNameEntries(store: StoreHandle): Promise<NameEntry[]> {
  const rows = await store.dialect.readColumns(store.db, 'contacts', ['contact_id', 'first_name', 'last_name', 'name_key', 'company', 'emails'], store.workspaceId, { orderBy: ['contact_id'] });
  const entries: NameEntry[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, firstName, lastName, nameKey, company, emails] = rows[i] as [string, string, string, string, string, string];
    entries[i] = { id, name: `${firstName} ${lastName}`.trim(), nameKey, company, emails: parseList(emails) };
  }
  return entries;
}

/** The contact with this LinkedIn profile (slug), if any: an indexed lookup. */
async function findContactBySlug(db: Kysely<Database>, workspaceId: string, slug: string): Promise<Contact | null> {
  const row = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('linkedin_slug', '=', slug).orderBy('contact_id').executeTakeFirst();
  return row ? rowToContact(row) : null;
}

/** These contacts, in the order of `ids` (missing ones left out). */
async function getContacts(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('contact_id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((row) => [row.contact_id, rowToContact(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function getContact(db: Kysely<Database>, workspaceId: string, contactId: string): Promise<Contact | null> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  return row ? rowToContact(row) : null;
}

async function insertContacts(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, contacts: Contact[]): Promise<void> {
  await dialect.writeRows(db, 'contacts', contacts.map((contact) => ({ ...contactToRow(workspaceId, contact) })));
}

async function updateContacts(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, contacts: Contact[]): Promise<void> {
  await dialect.updateRows(db, 'contacts', contacts.map((contact) => ({ ...contactToRow(workspaceId, contact) })), ['workspace_id', 'contact_id']);
}

async function countContacts(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Contacts bound to one workspace. */
export function contactsRepo(scope: RepoScope) {
  const { db, dialect, workspaceId } = scope;
  return {
    list: () => loadContacts(db, workspaceId),
    scoring: () => loadScoringContacts(scope),
    nameEntries: () => loadNameEntries(scope),
    findBySlug: (slug: string) => findContactBySlug(db, workspaceId, slug),
    getMany: (ids: readonly string[]) => getContacts(db, workspaceId, ids),
    get: (contactId: string) => getContact(db, workspaceId, contactId),
    insert: (contacts: Contact[]) => insertContacts(db, dialect, workspaceId, contacts),
    update: (contacts: Contact[]) => updateContacts(db, dialect, workspaceId, contacts),
    count: () => countContacts(db, workspaceId),
  };
}
export type ContactsRepo = ReturnType<typeof contactsRepo>;
