// The contact list the API pages through: scored once per data version, sorted once per order, filtered per request,
// each item serialised once (a page of 50 is then a join of 50 cached strings).
import { summarize, type ContactListItem, type ContactSort, type ContactSummary } from '../app/contacts.ts';
import { scoreWorkspace } from '../app/market-scoring.ts';
import type { ScoredContact } from '../core/market/market-report.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import type { TieLink } from '../core/ties/tie.ts';
import { tieStrength } from '../core/ties/tie-strength.ts';
import { activeTarget } from '../app/target.ts';
import { companyKey } from '../core/companies/company-key.ts';
import { nameKey } from '../core/contacts/identity.ts';
import { ReferableError } from '../core/errors.ts';
import { foldText } from '../core/text/fold.ts';
import type { ApiDeps } from './api-deps.ts';

/** What a list item shows: the contact and where it stands in the active market. */
export type ContactItem = Omit<ContactListItem, 'firstName' | 'lastName' | 'companyKey'>;

export interface ContactRow {
  item: ContactItem;
  /** Where its scored entry is in the table's `scored`. */
  index: number;
  /** The item as JSON, made once. */
  json: string;
  nameKey: string;
  companyKey: string;
  /** Folded name, company, title, location, emails and tags, for ?q= search. */
  haystack: string;
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

export type SortOrder = 'asc' | 'desc';

export interface ContactFilter {
  q?: string;
  tag?: string;
  company?: string;
  inMarket?: boolean;
  seniority?: string;
  function?: string;
  sort: ContactSort;
  order?: SortOrder;
}

/** The natural direction of each sort: best fit, strongest tie and most recent first; names A to Z. */
export const DEFAULT_ORDER: Record<ContactSort, SortOrder> = { name: 'asc', company: 'asc', connected: 'asc', recent: 'desc', fit: 'desc', strength: 'desc' };

const collator = new Intl.Collator('en');

function haystackOf(contact: ContactSummary): string {
  return foldText([contact.firstName, contact.lastName, contact.company, contact.title, contact.location, ...contact.emails, ...contact.tags].join(' '));
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
    strength = tie ? tieStrength({ kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, rating: contact.rating }, table.scoredAt).strength : null;
    table.scored[row.index] = { ...table.scored[row.index], strength };
  }
  row.item = { ...row.item, tags: contact.tags, rating: contact.rating, strength };
  row.json = JSON.stringify(row.item);
  row.haystack = haystackOf(contact);
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
      rows.push({ item, index, json: JSON.stringify(item), nameKey: nameKey(contact.firstName, contact.lastName), companyKey: contact.companyKey, haystack: haystackOf(summary) });
    }
    // Keys are computed once per contact above: folding inside the comparator would cost seconds on 30,000.
    rows.sort((a, b) => collator.compare(a.nameKey, b.nameKey) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
    return { rows, byId: new Map(rows.map((row) => [row.item.id, row])), hasMarket: market !== null, market, scored, ties, scoredAt };
  }
}

async function sortedRows(deps: ApiDeps, sort: ContactSort, order: SortOrder): Promise<ContactRow[]> {
  const table = await contactTable(deps);
  if (sort === 'name' && order === 'asc') return table.rows;
  return deps.read(`contacts sorted ${sort} ${order}`, async () => {
    const rank = new Map(table.rows.map((row, index) => [row, index]));
    const byName = (a: ContactRow, b: ContactRow) => rank.get(a)! - rank.get(b)!;
    const key: Record<ContactSort, (a: ContactRow, b: ContactRow) => number> = {
      name: byName,
      company: (a, b) => collator.compare(a.companyKey, b.companyKey),
      connected: (a, b) => collator.compare(a.item.connectedOn, b.item.connectedOn),
      recent: (a, b) => collator.compare(a.item.connectedOn, b.item.connectedOn),
      fit: (a, b) => a.item.fit - b.item.fit,
      strength: (a, b) => (a.item.strength ?? -1) - (b.item.strength ?? -1),
    };
    // Ties stay A to Z in both directions: only the key is reversed.
    const direction = order === 'asc' ? 1 : -1;
    const compare = key[sort];
    return [...table.rows].sort((a, b) => direction * compare(a, b) || byName(a, b));
  });
}

export async function findContacts(deps: ApiDeps, filter: ContactFilter): Promise<ContactRow[]> {
  const table = await contactTable(deps);
  if ((filter.inMarket || filter.sort === 'fit') && !table.hasMarket) {
    throw new ReferableError('NOT_FOUND', `${filter.inMarket ? 'inMarket' : 'sort=fit'} needs a target market: set one with PUT /api/target (or "referable target set target.yaml")`);
  }
  const rows = await sortedRows(deps, filter.sort, filter.order ?? DEFAULT_ORDER[filter.sort]);
  const words = filter.q ? foldText(filter.q).split(' ').filter(Boolean) : [];
  const tag = filter.tag?.toLowerCase();
  const key = filter.company ? companyKey(filter.company) : undefined;
  const seniority = filter.seniority?.toLowerCase();
  const role = filter.function?.toLowerCase();
  if (words.length === 0 && !tag && key === undefined && !filter.inMarket && !seniority && !role) return rows;
  return rows.filter(({ item, companyKey: rowCompany, haystack }) => {
    if (filter.inMarket && !item.inMarket) return false;
    if (key !== undefined && rowCompany !== key) return false;
    if (seniority && item.seniority.toLowerCase() !== seniority) return false;
    if (role && item.function.toLowerCase() !== role) return false;
    if (tag && !item.tags.some((value) => value.toLowerCase() === tag)) return false;
    for (const word of words) if (!haystack.includes(word)) return false;
    return true;
  });
}

/** A page as JSON text, from the items' cached JSON. */
export function pageJson(rows: readonly ContactRow[], limit: number, offset: number): string {
  const items = rows.slice(offset, offset + limit).map((row) => row.json);
  return `{"items":[${items.join(',')}],"total":${rows.length},"limit":${limit},"offset":${offset}}`;
}
