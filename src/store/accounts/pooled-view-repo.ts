// The one audited way across workspaces: a cohort's pooled views read each consenting member's workspace here, one
// workspace per transaction, with row-level security pinned to that workspace (app.workspace_id) and every statement
// naming its workspace_id. Only the columns the member's consent allows are read: counts and companies never read a
// name; a person's identity leaves this file only as a one-way key (to count a person once), never as an id or name.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { consentReveals, type ConsentLevel } from '../../core/accounts/consent.ts';
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

/** The key two workspaces agree on for one person: their LinkedIn profile, else their name at their company. */
export function sharedPersonKey(slug: string, nameKey: string, companyKey: string): string {
  const identity = slug ? `in:${slug}` : nameKey ? `name:${nameKey}|${companyKey}` : '';
  return identity ? createHash('sha256').update(identity).digest('base64url').slice(0, 22) : '';
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

const ANONYMOUS = ['c.company', 'c.company_key', 'c.title', 'c.location', 'c.industry'] as const;

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
    const columns: string[] = [...ANONYMOUS];
    if (reveals.anonymousPeople) columns.push('c.linkedin_slug', 'c.name_key');
    if (reveals.names) columns.push('c.contact_id', 'c.first_name', 'c.last_name', 'c.linkedin_url');
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
    const people = rows.map((row) => ({
      key: reveals.anonymousPeople ? sharedPersonKey(row.linkedin_slug, row.name_key, row.company_key) : '',
      company: row.company,
      companyKey: row.company_key,
      title: row.title,
      location: row.location,
      industry: row.industry,
      named: reveals.names ? { contactId: row.contact_id, firstName: row.first_name, lastName: row.last_name, linkedinUrl: row.linkedin_url } : null,
    }));
    // Stable order (the database's is not): by company, then title, then key. Compared by code unit, not by locale:
    // the order only has to be the same every time, and localeCompare cost ~30 ms per 3,000-person network, seconds
    // over a cohort of 200.
    const byUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    people.sort((a, b) => byUnit(a.companyKey, b.companyKey) || byUnit(a.title, b.title) || byUnit(a.key, b.key));
    return { market: market ?? null, people };
  });
}
