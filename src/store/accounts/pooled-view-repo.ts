// The one audited way across workspaces: a cohort's pooled views read consenting members' workspaces here, and
// nowhere else. A single workspace is read in a transaction with row-level security pinned to it (app.workspace_id);
// a whole cohort is read in one statement, in a transaction that lists the workspaces it may read
// (app.pooled_workspaces, migration 012). Every statement names its workspace_id. Only the columns the member's
// consent allows are read: counts and companies never read a name; a person's identity leaves this file only as a
// one-way key (to count a person once), never as an id or name.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { consentReveals, type ConsentLevel, type ConsentReveals } from '../../core/accounts/consent.ts';
import type { StoreDialect } from '../dialects/store-dialect.ts';
import type { Database } from '../schema.ts';

/** A person in a member's network as a pooled view may see them. `named` only at consent 'contacts'. */
export interface SharedPerson {
  /** One-way: the same person has the same key in every member's network, and the key names nobody. '' at 'aggregates'. */
  key: string;
  company: string;
  companyKey: string;
  title: string;
  location: string;
  industry: string;
  named: { contactId: string; firstName: string; lastName: string; linkedinUrl: string } | null;
}

export interface SharedNetwork {
  /** The member's active target market (its text), for their own in-market count; null when none is set. */
  market: { name: string; definition: string } | null;
  people: SharedPerson[];
}

/**
 * The key two workspaces agree on for one person: their LinkedIn profile, else their name at their company. Its twin
 * in SQL is contacts.person_key on PostgreSQL (person-key-migration.ts); pooled-view-repo.test.ts holds them equal.
 */
export function sharedPersonKey(slug: string, nameKey: string, companyKey: string): string {
  const identity = personIdentity(slug, nameKey, companyKey);
  return identity ? keyOfIdentity(identity) : '';
}

function personIdentity(slug: string, nameKey: string, companyKey: string): string {
  return slug ? `in:${slug}` : nameKey ? `name:${nameKey}|${companyKey}` : '';
}

function keyOfIdentity(identity: string): string {
  return createHash('sha256').update(identity).digest('base64url').slice(0, 22);
}

export interface SharedNetworkFilter {
  /** Only the people at these companies (company keys); the counts then cover them alone. */
  companyKeys?: readonly string[];
  /**
   * No people at all when the member has no active target market: for a reader that only counts who is in market
   * (the coach's page), whose count is then null anyway, 3,000 rows per member are not worth reading.
   */
  peopleOnlyWithMarket?: boolean;
}

/** A row as a pooled view may see it; `keys` remembers each identity's key (people recur across a cohort's networks). */
function personOf(row: Record<string, string>, reveals: ConsentReveals, keys: Map<string, string>): SharedPerson {
  let key = '';
  if (reveals.anonymousPeople) {
    const identity = personIdentity(row.linkedin_slug, row.name_key, row.company_key);
    if (identity) {
      key = keys.get(identity) ?? '';
      if (!key) keys.set(identity, (key = keyOfIdentity(identity)));
    }
  }
  return {
    key,
    company: row.company,
    companyKey: row.company_key,
    title: row.title,
    location: row.location,
    industry: row.industry,
    named: reveals.names ? { contactId: row.contact_id, firstName: row.first_name, lastName: row.last_name, linkedinUrl: row.linkedin_url } : null,
  };
}

const ANONYMOUS = ['c.company', 'c.company_key', 'c.title', 'c.location', 'c.industry'] as const;

/** The columns `level` lets a read see, beyond nothing. */
function columnsAt(level: ConsentLevel): string[] {
  const reveals = consentReveals(level);
  const columns: string[] = [...ANONYMOUS];
  if (reveals.anonymousPeople) columns.push('c.linkedin_slug', 'c.name_key');
  if (reveals.names) columns.push('c.contact_id', 'c.first_name', 'c.last_name', 'c.linkedin_url');
  return columns;
}

/**
 * The first-degree network of one workspace's owner ("me": contacts with a tie from the member who is me), read as
 * far as `level` allows. 'nothing' reads nothing.
 */
export async function readSharedNetwork(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name'>, workspaceId: string, level: ConsentLevel, options: SharedNetworkFilter = {}): Promise<SharedNetwork> {
  const reveals = consentReveals(level);
  if (!reveals.counts) return { market: null, people: [] };
  const only = options.companyKeys;
  return db.transaction().execute(async (trx) => {
    // Row-level security admits this workspace alone for the rest of the transaction (migration 007).
    if (dialect.name === 'postgres') await sql`select set_config('app.workspace_id', ${workspaceId}, true)`.execute(trx);
    const market = await trx
      .selectFrom('target_markets')
      .select(['name', 'definition'])
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!market && options.peopleOnlyWithMarket) return { market: null, people: [] };
    const columns = columnsAt(level);
    const rows = (await trx
      .selectFrom('contacts as c')
      .innerJoin('ties as t', (join) => join.onRef('t.workspace_id', '=', 'c.workspace_id').onRef('t.contact_id', '=', 'c.contact_id'))
      .innerJoin('members as m', (join) => join.onRef('m.workspace_id', '=', 't.workspace_id').onRef('m.member_id', '=', 't.from_id'))
      .select(columns as never)
      .distinct()
      .where('c.workspace_id', '=', workspaceId)
      .where('t.from_type', '=', 'member')
      .where('m.is_me', '=', 1)
      // Warm paths want the people at a few companies: filtered here, not after reading thousands of rows per member.
      .$if(only !== undefined, (query) => query.where('c.company_key', 'in', only!.length > 0 ? [...only!] : ['']))
      .execute()) as Record<string, string>[];
    const keys = new Map<string, string>();
    const people = rows.map((row) => personOf(row, reveals, keys));
    // Stable order (the database's is not): by company, then title, then key. Compared by code unit, not by locale:
    // the order only has to be the same every time, and localeCompare cost ~30 ms per 3,000-person network, seconds
    // over a cohort of 200.
    const byUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    people.sort((a, b) => byUnit(a.companyKey, b.companyKey) || byUnit(a.title, b.title) || byUnit(a.key, b.key));
    return { market: market ?? null, people };
  });
}

/** One consenting member's workspace, at the level they share it. */
export interface SharedRead {
  workspaceId: string;
  level: ConsentLevel;
}

/**
 * A whole-cohort read on PostgreSQL: one transaction that row-level security lets read `workspaceIds` (migration
 * 012), with the planner told what it cannot know. It multiplies the workspace's and the member's selectivity as if
 * independent, expects 15 ties where a member has 3,000, and would look each contact up by its key, thousands of
 * times per member; a hash join reads the member's ties once instead (7.3 s -> 2.8 s for 160 members, same load).
 * Those settings cost the plan the look of a huge one, which would start the JIT compiler (1.3 s): it is off too.
 * Null when the read has to go one workspace at a time: SQLite, or an id the list cannot carry.
 */
async function acrossWorkspaces<T>(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name'>, workspaceIds: readonly string[], work: (trx: Kysely<Database>) => Promise<T>): Promise<T | null> {
  if (dialect.name !== 'postgres' || workspaceIds.some((id) => id.includes(','))) return null;
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.pooled_workspaces', ${workspaceIds.join(',')}, true), set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true)`.execute(trx);
    return work(trx);
  });
}

/** The contacts with a tie from the workspace's owner (the member who is me), for a lateral join over `w`. */
const MY_CONTACT_IDS = sql`select t.contact_id from ties t join members m on m.workspace_id = t.workspace_id and m.member_id = t.from_id where t.workspace_id = w.workspace_id and t.from_type = 'member' and m.is_me = 1`;

/**
 * Many members' first-degree networks, each as far as its level allows, in one statement per level (PostgreSQL) where
 * readSharedNetwork takes a transaction per member. What the pooled graph needs, fast: one entry per contact in no
 * particular order, where readSharedNetwork merges look-alike rows and sorts them for display. Networks come back in
 * the order of `reads`; a read at 'nothing' is empty.
 */
export async function readSharedNetworks(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name'>, reads: readonly SharedRead[]): Promise<SharedNetwork[]> {
  const out: SharedNetwork[] = reads.map(() => ({ market: null, people: [] }));
  const visible = reads.map((read, index) => ({ ...read, index })).filter((read) => consentReveals(read.level).counts);
  const keys = new Map<string, string>();
  const read = await acrossWorkspaces(db, dialect, visible.map((entry) => entry.workspaceId), async (trx) => {
    for (const level of new Set(visible.map((entry) => entry.level))) {
      const group = visible.filter((entry) => entry.level === level);
      const columns = columnsAt(level).map((column) => sql.raw(column));
      const rows = (
        await sql<Record<string, string>>`select w.n, c.* from unnest(${group.map((entry) => entry.workspaceId)}::text[]) with ordinality as w(workspace_id, n) cross join lateral (select ${sql.join(columns)} from contacts c where c.workspace_id = w.workspace_id and c.contact_id in (${MY_CONTACT_IDS})) c`.execute(trx)
      ).rows;
      const reveals = consentReveals(level);
      for (const row of rows) out[group[Number(row.n) - 1].index].people.push(personOf(row, reveals, keys));
    }
    const markets = visible.length === 0 ? [] : await trx.selectFrom('target_markets').select(['workspace_id', 'name', 'definition']).where('workspace_id', 'in', visible.map((entry) => entry.workspaceId)).where('active', '=', 1).execute();
    for (const market of markets) {
      for (const entry of visible) if (entry.workspaceId === market.workspace_id) out[entry.index].market = { name: market.name, definition: market.definition };
    }
    return out;
  });
  if (read) return read;
  for (const entry of visible) out[entry.index] = await readSharedNetwork(db, dialect, entry.workspaceId, entry.level);
  return out;
}

/** How many people a member knows at one company with one title: what a warm path shows, never who. */
export interface SharedTitleCount {
  companyKey: string;
  title: string;
  people: number;
}

/**
 * For each read, how many people its owner knows at each of `companyKeys`, by title: a count, in one statement over
 * the whole cohort (PostgreSQL), served by the company index alone (migration 012). Reads below 'companies' get
 * nothing: counts only never reveal a company. One person per contact of the owner's.
 */
export async function countSharedTitlesAt(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name'>, reads: readonly SharedRead[], companyKeys: readonly string[]): Promise<SharedTitleCount[][]> {
  const out: SharedTitleCount[][] = reads.map(() => []);
  const visible = reads.map((read, index) => ({ ...read, index })).filter((read) => consentReveals(read.level).companiesAndTitles);
  if (visible.length === 0 || companyKeys.length === 0) return out;
  const read = await acrossWorkspaces(db, dialect, visible.map((entry) => entry.workspaceId), async (trx) => {
    const rows = (
      await sql<{ n: string; company_key: string; title: string; people: string }>`select w.n, c.company_key, c.title, count(*) as people from unnest(${visible.map((entry) => entry.workspaceId)}::text[]) with ordinality as w(workspace_id, n) cross join lateral (select c.company_key, c.title from contacts c where c.workspace_id = w.workspace_id and c.company_key = any(${[...companyKeys]}::text[]) and c.contact_id in (${MY_CONTACT_IDS})) c group by w.n, c.company_key, c.title`.execute(trx)
    ).rows;
    for (const row of rows) out[visible[Number(row.n) - 1].index].push({ companyKey: row.company_key, title: row.title, people: Number(row.people) });
    return out;
  });
  if (read) return read;
  for (const entry of visible) {
    const counts = new Map<string, SharedTitleCount>();
    for (const person of (await readSharedNetwork(db, dialect, entry.workspaceId, entry.level, { companyKeys })).people) {
      const id = `${person.companyKey}\n${person.title}`;
      const count = counts.get(id) ?? { companyKey: person.companyKey, title: person.title, people: 0 };
      count.people++;
      counts.set(id, count);
    }
    out[entry.index] = [...counts.values()];
  }
  return out;
}

/** A read for the pooled graph: the people of one workspace's owner, by key; `names` too where the level reveals them. */
export interface PooledRead extends SharedRead {
  names?: boolean;
}

/**
 * One person as the pooled graph reads them: their key, and what the seeker's in-market test looks at. A name only
 * for a read that asked for names at a level that reveals them; null otherwise.
 */
export interface PooledRow extends Omit<SharedPerson, 'named'> {
  firstName: string | null;
  lastName: string | null;
}

/**
 * One row of a pooled read as an array: [read, key, company, companyKey, title, location, industry, firstName,
 * lastName] (read: its index in `reads`). Kept as the database hands it over: an object per row for 480,000 rows
 * cost the load a second and a half of building and collecting them.
 */
export type PooledRowArray = [read: number, key: string, company: string, companyKey: string, title: string, location: string, industry: string, firstName: string | null, lastName: string | null];

/**
 * Which of a person's title, location and industry a pooled read reads: one the reader never looks at (the seeker's
 * market does not score it) comes as '' rather than 480,000 strings parsed and compared for nothing.
 */
export interface PooledFields {
  title: boolean;
  location: boolean;
  industry: boolean;
}

const ALL_FIELDS: PooledFields = { title: true, location: true, industry: true };

/** What a streamed pooled read hands its rows to; `done` gives the reader's answer after the last row. */
export interface PooledRowReader<T> {
  row(row: PooledRowArray): void;
  done(): T;
}

/**
 * The people of many members' first-degree networks for the pooled graph, in one statement (PostgreSQL): only reads
 * that reveal anonymous people read anyone (counts reach nobody person by person), only the columns a key and an
 * in-market test need, and each person's key as stored beside the contact (migration 014: the statement used to hash
 * 480,000 identities, about half its time). Rows go to a reader as they arrive: every row of reads[i] before any of
 * reads[i + 1], within one read in no particular order; people with no key are left out. The database hands the rows
 * over read after read (the lateral join walks the list in order); should it ever not, the rows seen are dropped and
 * the statement is read again with an ORDER BY, by a fresh reader from `reader`.
 */
export async function streamPooledPeople<T>(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name' | 'streamRows'>, reads: readonly PooledRead[], reader: () => PooledRowReader<T>, fields: PooledFields = ALL_FIELDS): Promise<T> {
  const visible = reads.map((read, index) => ({ ...read, index })).filter((read) => consentReveals(read.level).anonymousPeople);
  const named = visible.map((read) => read.names === true && consentReveals(read.level).names);
  const ids = visible.map((entry) => entry.workspaceId);
  if (visible.length > 0 && dialect.name === 'postgres' && dialect.streamRows && !ids.some((id) => id.includes(','))) {
    // Row-level security's list of readable workspaces and the planner's settings: as acrossWorkspaces sets them.
    const settings = { 'app.pooled_workspaces': ids.join(','), enable_nestloop: 'off', jit: 'off' };
    const column = (name: keyof PooledFields) => (fields[name] ? sql.raw(`c.${name}`) : sql`''`);
    const statement = (ordered: boolean) =>
      sql`select w.n::int - 1 as n, c.* from unnest(${ids}::text[], ${named}::boolean[]) with ordinality as w(workspace_id, named, n) cross join lateral (select c.person_key, c.company, c.company_key, ${column('title')}, ${column('location')}, ${column('industry')}, case when w.named then c.first_name end, case when w.named then c.last_name end from contacts c where c.workspace_id = w.workspace_id and c.person_key <> '' and c.contact_id in (${MY_CONTACT_IDS})) c ${ordered ? sql`order by w.n` : sql``}`.compile(db);
    for (const ordered of [false, true]) {
      const into = reader();
      let last = 0;
      let inOrder = true;
      await dialect.streamRows(settings, statement(ordered), (row) => {
        if (!inOrder) return;
        const at = visible[row[0] as unknown as number].index;
        if (at < last) inOrder = false;
        last = at;
        row[0] = at as never;
        if (inOrder) into.row(row as PooledRowArray);
      });
      if (inOrder) return into.done();
    }
    throw new Error('unreachable: an ordered read is in order');
  }
  const into = reader();
  for (const [at, entry] of visible.entries()) {
    const network = await readSharedNetwork(db, dialect, entry.workspaceId, entry.level);
    for (const person of network.people) {
      if (person.key) into.row([entry.index, person.key, person.company, person.companyKey, fields.title ? person.title : '', fields.location ? person.location : '', fields.industry ? person.industry : '', named[at] ? (person.named?.firstName ?? null) : null, named[at] ? (person.named?.lastName ?? null) : null]);
    }
  }
  return into.done();
}

/** The same read's rows as objects, network by network (tests, small callers). */
export async function readPooledPeople(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name' | 'streamRows'>, reads: readonly PooledRead[]): Promise<PooledRow[][]> {
  return streamPooledPeople(db, dialect, reads, () => {
    const out: PooledRow[][] = reads.map(() => []);
    return {
      row: ([read, key, company, companyKey, title, location, industry, firstName, lastName]) => out[read].push({ key, company, companyKey, title, location, industry, firstName, lastName }),
      done: () => out,
    };
  });
}
