// One contact query for every shell: the filters and the sort the CLI's `contacts list` and GET /api/contacts share.
// Pure: rows in, rows out. Keys (folded name, company key, search text) are made once per row, never in a comparator:
// folding inside a sort costs seconds on 30,000 contacts.
import { nameKey } from './identity.ts';
import { companyKey } from '../companies/company-key.ts';
import { foldText } from '../text/fold.ts';

export const CONTACT_SORTS = ['name', 'company', 'connected', 'recent', 'fit', 'strength'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** The natural direction of each sort: best fit, strongest tie and most recent first; names A to Z. */
export const DEFAULT_ORDER: Record<ContactSort, SortOrder> = { name: 'asc', company: 'asc', connected: 'asc', recent: 'desc', fit: 'desc', strength: 'desc' };

export interface ContactFilter {
  /** Words that must all appear in the name, company, title, location, emails or tags (accents and case ignored). */
  search?: string;
  /** A tag the contact has, any case. */
  tag?: string;
  /** Any spelling of a company: "Acme Inc" = "ACME". */
  company?: string;
  /** Only contacts in the active target market. */
  inMarket?: boolean;
  /** Seniority and function as the taxonomy names them ("director", "engineering"), any case. */
  seniority?: string;
  function?: string;
}

export interface ContactOrder {
  sort?: ContactSort;
  /** Default: DEFAULT_ORDER of the sort. */
  order?: SortOrder;
}

/** What the query reads of a contact and its standing in the market. */
export interface QueryItem {
  id: string;
  connectedOn: string;
  tags: readonly string[];
  fit: number;
  inMarket: boolean;
  seniority: string;
  function: string;
  strength: number | null;
}

/** A contact ready to query: the item a shell shows, and its keys made once. */
export interface QueryRow<T extends QueryItem = QueryItem> {
  item: T;
  nameKey: string;
  companyKey: string;
  /** Folded name, company, title, location, emails and tags. */
  haystack: string;
}

export interface QueryableContact {
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  location: string;
  emails: readonly string[];
  tags: readonly string[];
  /** The stored key when the contact has one (the same as companyKey(company)). */
  companyKey?: string;
}

export function searchText(contact: QueryableContact): string {
  return foldText([contact.firstName, contact.lastName, contact.company, contact.title, contact.location, ...contact.emails, ...contact.tags].join(' '));
}

export function queryRow<T extends QueryItem>(contact: QueryableContact, item: T): QueryRow<T> {
  return { item, nameKey: nameKey(contact.firstName, contact.lastName), companyKey: contact.companyKey ?? companyKey(contact.company), haystack: searchText(contact) };
}

/** Which flag cannot be answered without a target market (fit is 0 for everyone without one), or null. */
export function marketNeededBy(query: ContactFilter & ContactOrder): 'inMarket' | 'fit' | null {
  if (query.inMarket) return 'inMarket';
  if (query.sort === 'fit') return 'fit';
  return null;
}

// Names compare as people expect ("Émile" beside "Emile", not after "Zoe"); ids break ties so the order is total.
const collator = new Intl.Collator('en');
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows in the order asked; ties stay A to Z by name in both directions (only the key is reversed). */
export function sortContacts<R extends QueryRow>(rows: readonly R[], sort: ContactSort = 'name', order: SortOrder = DEFAULT_ORDER[sort]): R[] {
  const byName = [...rows].sort((a, b) => collator.compare(a.nameKey, b.nameKey) || codeUnits(a.item.id, b.item.id));
  if (sort === 'name') return order === 'asc' ? byName : byName.reverse();
  const rank = new Map(byName.map((row, index) => [row, index]));
  const key: Record<Exclude<ContactSort, 'name'>, (a: R, b: R) => number> = {
    company: (a, b) => collator.compare(a.companyKey, b.companyKey),
    connected: (a, b) => codeUnits(a.item.connectedOn, b.item.connectedOn),
    recent: (a, b) => codeUnits(a.item.connectedOn, b.item.connectedOn),
    fit: (a, b) => a.item.fit - b.item.fit,
    strength: (a, b) => (a.item.strength ?? -1) - (b.item.strength ?? -1),
  };
  const direction = order === 'asc' ? 1 : -1;
  const compare = key[sort];
  return byName.sort((a, b) => direction * compare(a, b) || rank.get(a)! - rank.get(b)!);
}

/** The rows every filter given accepts, in the order they came. */
export function filterContacts<R extends QueryRow>(rows: readonly R[], filter: ContactFilter): readonly R[] {
  const words = filter.search ? foldText(filter.search).split(' ').filter(Boolean) : [];
  const tag = filter.tag?.toLowerCase();
  const company = filter.company ? companyKey(filter.company) : undefined;
  const seniority = filter.seniority?.toLowerCase();
  const role = filter.function?.toLowerCase();
  if (words.length === 0 && !tag && company === undefined && !filter.inMarket && !seniority && !role) return rows;
  return rows.filter(({ item, companyKey: rowCompany, haystack }) => {
    if (filter.inMarket && !item.inMarket) return false;
    if (company !== undefined && rowCompany !== company) return false;
    if (seniority && item.seniority.toLowerCase() !== seniority) return false;
    if (role && item.function.toLowerCase() !== role) return false;
    if (tag && !item.tags.some((value) => value.toLowerCase() === tag)) return false;
    for (const word of words) if (!haystack.includes(word)) return false;
    return true;
  });
}

export function queryContacts<R extends QueryRow>(rows: readonly R[], query: ContactFilter & ContactOrder): readonly R[] {
  return filterContacts(sortContacts(rows, query.sort, query.order), query);
}
