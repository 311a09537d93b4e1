// The contact list the API pages through: scored once per data version, sorted once per order, filtered per request,
// each item serialised once (a page of 50 is then a join of 50 cached strings).
import { summarize, type ContactListItem, type ContactSummary } from '../app/contacts.ts';
import { scoreWorkspace } from '../app/market-scoring.ts';
import type { ScoredContact } from '../core/market/market-report.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import type { TieLink } from '../core/ties/tie.ts';
import { tieStrengthValue } from '../core/ties/tie-strength.ts';
import { activeTarget } from '../app/target.ts';
import {
  CONTACT_SORTS,
  DEFAULT_ORDER,
  filterContacts,
  marketNeededBy,
  queryRow,
  searchText,
  sortContacts,
  type ContactFilter as QueryFilter,
  type ContactSort,
  type QueryRow,
  type SortOrder,
} from '../core/contacts/contact-query.ts';
import { ReferableError } from '../core/errors.ts';
import type { ApiDeps } from './api-deps.ts';
import { DEFINE_MARKET } from '../app/next-steps.ts';

/** What a list item shows: the contact and where it stands in the active market. */
export type ContactItem = Omit<ContactListItem, 'firstName' | 'lastName' | 'companyKey'>;

/** A row of the one contact query (core/contacts/contact-query.ts), with its JSON made once. */
export interface ContactRow extends QueryRow<ContactItem> {
  /** Where its scored entry is in the table's `scored`. */
  index: number;
  json: string;
}

export interface ContactTable {
  /** Every contact, A to Z. */
  rows: ContactRow[];
  byId: Map<string, ContactRow>;
  hasMarket: boolean;
  market: TargetMarket | null;
  /** Every contact scored, in load order: what the report is made from. */
  scored: ScoredContact[];
  /** My tie to each contact, and the time strengths were measured at: a rating edit rescores one contact with them. */
  ties: ReadonlyMap<string, TieLink>;
  scoredAt: number;
}

/** The query's filters as the API names them (?q= is the CLI's --search). */
export interface ContactFilter extends Omit<QueryFilter, 'search'> {
  q?: string;
  sort: ContactSort;
  order?: SortOrder;
}

/**
 * The scored-list computation in flight for a server, and the tag and rating edits committed while it runs: it may
 * have read those contacts before the edit, so it applies them when it ends instead of the edit throwing it away. Under
 * a stream of tag edits, dropping the list at each one meant it was never computed to the end.
 */
interface Computing {
  counter: number;
  current: number | null;
  edits: Map<string, { contact: ContactSummary; rating: boolean }>;
}
const computing = new WeakMap<ApiDeps, Computing>();

function computingOf(deps: ApiDeps): Computing {
  let state = computing.get(deps);
  if (!state) computing.set(deps, (state = { counter: 0, current: null, edits: new Map() }));
  return state;
}

/** One row rescored where it stands (every sorted order holds the same row objects). */
function patchRow(table: ContactTable, row: ContactRow, contact: ContactSummary, rating: boolean): void {
  let { strength } = row.item;
  if (rating) {
    const tie = table.ties.get(contact.id);
    strength = tie ? tieStrengthValue({ kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, rating: contact.rating }, table.scoredAt) : null;
    table.scored[row.index] = { ...table.scored[row.index], strength };
  }
  row.item = { ...row.item, tags: contact.tags, rating: contact.rating, strength };
  row.json = JSON.stringify(row.item);
  row.haystack = searchText(contact);
}

function applyEdit(deps: ApiDeps, contact: ContactSummary, rating: boolean): boolean {
  const table = deps.peek<ContactTable>('contacts');
  if (!table) {
    const state = computingOf(deps);
    // Nothing computed and nothing computing: nothing to update (the caller drops what depends on it).
    if (state.current === null) return false;
    const earlier = state.edits.get(contact.id);
    state.edits.set(contact.id, { contact, rating: rating || Boolean(earlier?.rating) });
    return true;
  }
  const row = table.byId.get(contact.id);
  if (row) patchRow(table, row, contact, rating);
  return true;
}

/**
 * A tag edit changes one row of the scored list, not anyone's score: the row is updated where it stands instead of
 * scoring everyone again. False when there is no list computed or computing to update.
 */
export function applyTagEdit(deps: ApiDeps, contact: ContactSummary): boolean {
  return applyEdit(deps, contact, false);
}

/**
 * A rating edit changes one contact's tie strength and nobody's fit: that row and its scored entry are rescored where
 * they stand, so the list stays warm and the report is remade from it without rescoring everyone. False when there
 * is no list computed or computing to update.
 */
export function applyRatingEdit(deps: ApiDeps, contact: ContactSummary): boolean {
  return applyEdit(deps, contact, true);
}

export function contactTable(deps: ApiDeps): Promise<ContactTable> {
  return deps.read('contacts', async () => {
    const state = computingOf(deps);
    const mine = ++state.counter;
    state.current = mine;
    // Edits committed before this starts reading are in what it reads.
    state.edits.clear();
    try {
      const table = await computeTable(deps);
      if (state.current === mine) {
        for (const { contact, rating } of state.edits.values()) {
          const row = table.byId.get(contact.id);
          if (row) patchRow(table, row, contact, rating);
        }
        state.edits.clear();
      }
      return table;
    } finally {
      if (state.current === mine) state.current = null;
    }
  });
}

async function computeTable(deps: ApiDeps): Promise<ContactTable> {
  {
    const market = await activeTarget(deps.context);
    const { contacts, facts, scored, ties, scoredAt } = await scoreWorkspace(deps.context, market);
    const rows: ContactRow[] = [];
    for (const [index, contact] of contacts.entries()) {
      const fact = facts.get(contact.id)!;
      const summary = summarize(contact);
      const item: ContactItem = {
        id: summary.id,
        name: summary.name,
        company: summary.company,
        title: summary.title,
        location: summary.location,
        linkedinUrl: summary.linkedinUrl,
        emails: summary.emails,
        connectedOn: summary.connectedOn,
        tags: summary.tags,
        rating: summary.rating,
        seniority: fact.seniority,
        function: fact.function,
        fit: fact.fit,
        inMarket: fact.inMarket,
        fitReasons: fact.fitReasons,
        strength: fact.strength,
        targetCompany: fact.targetCompany,
      };
      rows.push({ ...queryRow(contact, item), index, json: JSON.stringify(item) });
    }
    const sorted = sortContacts(rows, 'name', 'asc');
    return { rows: sorted, byId: new Map(sorted.map((row) => [row.item.id, row])), hasMarket: market !== null, market, scored, ties, scoredAt };
  }
}

const sortedKey = (sort: ContactSort, order: SortOrder) => `contacts sorted ${sort} ${order}`;

function sortedRows(deps: ApiDeps, table: ContactTable, sort: ContactSort, order: SortOrder): Promise<readonly ContactRow[]> | readonly ContactRow[] {
  if (sort === 'name' && order === 'asc') return table.rows;
  return deps.read(sortedKey(sort, order), async () => sortContacts(table.rows, sort, order));
}

/**
 * What a rating edit leaves current once applyRatingEdit has patched its row: the scored list, and every sorted order
 * but by strength (they hold the same row objects, and a rating changes no name, company, date or fit). Re-sorting
 * 2,000 rows after each rating took tens of milliseconds of the event loop.
 */
export const KEPT_BY_RATING_EDIT: readonly string[] = [
  'contacts',
  ...CONTACT_SORTS.filter((sort) => sort !== 'strength').flatMap((sort) => [sortedKey(sort, 'asc'), sortedKey(sort, 'desc')]),
];

const NEEDS_MARKET = { inMarket: 'inMarket', fit: 'sort=fit' } as const;

/** GET /api/contacts: the one contact query, over the scored list sorted once per order. */
export async function findContacts(deps: ApiDeps, filter: ContactFilter): Promise<readonly ContactRow[]> {
  const table = await contactTable(deps);
  const needed = marketNeededBy(filter);
  if (needed && !table.hasMarket) {
    throw new ReferableError('NOT_FOUND', `${NEEDS_MARKET[needed]} needs a target market: define one first (PUT /api/target/market)`, undefined, DEFINE_MARKET);
  }
  const { q, ...rest } = filter;
  const rows = await sortedRows(deps, table, filter.sort, filter.order ?? DEFAULT_ORDER[filter.sort]);
  return filterContacts(rows, { ...rest, search: q });
}

/** A page as JSON text, from the items' cached JSON. */
export function pageJson(rows: readonly ContactRow[], limit: number, offset: number): string {
  const items = rows.slice(offset, offset + limit).map((row) => row.json);
  return `{"items":[${items.join(',')}],"total":${rows.length},"limit":${limit},"offset":${offset}}`;
}
