// The one migration list for both dialects. Every primary key starts with workspace_id (shardable by workspace).
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { ACCOUNTS_MIGRATION } from './accounts/accounts-migration.ts';
import { POOLING_MIGRATION } from './accounts/pooling-migration.ts';
import { CONSENT_WORKSPACE_MIGRATION } from './accounts/consent-workspace-migration.ts';
import { POOLED_READ_MIGRATION } from './accounts/pooled-read-migration.ts';
import { ROSTER_VERSION_MIGRATION } from './accounts/roster-version-migration.ts';
import { PERSON_KEY_MIGRATION } from './accounts/person-key-migration.ts';
import { COMPANY_KEYS_MIGRATION } from './company-keys-migration.ts';
import { COMPUTED_RESULTS_MIGRATION } from './computed-results-migration.ts';
import { mergeDuplicateContacts } from './duplicate-contacts.ts';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** The tenant tables when migration 007 ran (a migration is history: it never follows later schema changes). */
const RLS_TABLES_007 = [
  'members', 'contacts', 'ties', 'contact_events', 'content_items', 'imports', 'target_markets', 'needs', 'offers',
  'introductions', 'referral_events', 'asks', 'interactions', 'plans', 'plan_items', 'settings', 'snapshots',
] as const;

export const MIGRATIONS: readonly Migration[] = [
  {
    name: '001-foundation',
    async up(db) {
      await db.schema
        .createTable('workspaces')
        .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('is_me', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('linkedin_slug', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_id', 'text')
        .addColumn('profile', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('members_pk', ['workspace_id', 'member_id'])
        .addUniqueConstraint('members_name_unique', ['workspace_id', 'name'])
        .execute();
      let contacts = db.schema
        .createTable('contacts')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull());
      for (const column of ['first_name', 'last_name', 'name_key', 'linkedin_url', 'linkedin_slug', 'company', 'company_key', 'title', 'location', 'industry', 'connected_on', 'notes', 'source']) {
        contacts = contacts.addColumn(column, 'text', (c) => c.notNull().defaultTo(''));
      }
      await contacts
        .addColumn('emails', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('rating', 'integer')
        .addColumn('locked_fields', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('contacts_pk', ['workspace_id', 'contact_id'])
        .execute();
      await db.schema.createIndex('contacts_slug').on('contacts').columns(['workspace_id', 'linkedin_slug']).execute();
      await db.schema.createIndex('contacts_company').on('contacts').columns(['workspace_id', 'company_key']).execute();
      await db.schema
        .createTable('ties')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('from_type', 'text', (c) => c.notNull())
        .addColumn('from_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('connected_on', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('signals', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ties_pk', ['workspace_id', 'from_type', 'from_id', 'contact_id', 'kind'])
        .execute();
      await db.schema.createIndex('ties_contact').on('ties').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('contact_events')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('before_value', 'text', (c) => c.notNull())
        .addColumn('after_value', 'text', (c) => c.notNull())
        .addColumn('observed_at', 'text', (c) => c.notNull())
        .addColumn('import_id', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('contact_events_pk', ['workspace_id', 'event_id'])
        .execute();
      await db.schema.createIndex('contact_events_contact').on('contact_events').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('content_items')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('published_on', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('shared_url', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('content_items_pk', ['workspace_id', 'member_id', 'url'])
        .execute();
      await db.schema
        .createTable('imports')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('import_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('added', 'integer', (c) => c.notNull())
        .addColumn('updated', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('skipped', 'integer', (c) => c.notNull())
        .addColumn('issues', 'text', (c) => c.notNull().defaultTo('[]'))
        .addPrimaryKeyConstraint('imports_pk', ['workspace_id', 'import_id'])
        .execute();
    },
  },
  {
    name: '002-target-markets',
    async up(db) {
      // The YAML text is kept as written (comments included), so `target show` gives back the user's own file.
      await db.schema
        .createTable('target_markets')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('market_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('target_markets_pk', ['workspace_id', 'market_id'])
        .addUniqueConstraint('target_markets_name_unique', ['workspace_id', 'name'])
        .execute();
    },
  },
  {
    name: '003-referability',
    async up(db) {
      // The referability loop and the weekly planner: needs, offers, introductions, the referral ledger,
      // asks (well rotation), interactions (cadence), plans, settings and metric snapshots.
      await db.schema
        .createTable('needs')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('need_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('deadline', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('close_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('needs_pk', ['workspace_id', 'need_id'])
        .execute();
      await db.schema.createIndex('needs_contact').on('needs').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('offers')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('offer_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('offers_pk', ['workspace_id', 'offer_id'])
        .execute();
      await db.schema.createIndex('offers_contact').on('offers').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('introductions')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('intro_id', 'text', (c) => c.notNull())
        .addColumn('need_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('seeker_id', 'text', (c) => c.notNull())
        .addColumn('helper_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('history', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('introductions_pk', ['workspace_id', 'intro_id'])
        .execute();
      await db.schema
        .createTable('referral_events')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('other_contact_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('intro_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('referral_events_pk', ['workspace_id', 'event_id'])
        .addUniqueConstraint('referral_events_dedupe', ['workspace_id', 'dedupe_key'])
        .execute();
      await db.schema.createIndex('referral_events_contact').on('referral_events').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('asks')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('ask_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('intro_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('asked_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('asks_pk', ['workspace_id', 'ask_id'])
        .execute();
      await db.schema.createIndex('asks_contact').on('asks').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('interactions')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('interaction_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull().defaultTo('logged'))
        .addColumn('plan_item_id', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('interactions_pk', ['workspace_id', 'interaction_id'])
        .execute();
      await db.schema.createIndex('interactions_contact').on('interactions').columns(['workspace_id', 'contact_id']).execute();
      await db.schema
        .createTable('plans')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('week_start', 'text', (c) => c.notNull())
        .addColumn('budget_minutes', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('plans_pk', ['workspace_id', 'plan_id'])
        .execute();
      await db.schema
        .createTable('plan_items')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('other_contact_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('need_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('content_url', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('minutes', 'integer', (c) => c.notNull())
        .addColumn('value', 'real', (c) => c.notNull().defaultTo(0))
        .addColumn('why', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
        .addColumn('done_at', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('plan_items_pk', ['workspace_id', 'plan_id', 'item_id'])
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('settings_pk', ['workspace_id', 'name'])
        .execute();
      await db.schema
        .createTable('snapshots')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('taken_on', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('taken_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('snapshots_pk', ['workspace_id', 'kind', 'taken_on'])
        .execute();
      // Topics set by hand on a content item (detected topics are computed, not stored).
      await db.schema.alterTable('content_items').addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    },
  },
  {
    name: '004-contact-identity',
    async up(db) {
      // Who a contact is, enforced by the database and not only by the importer's merge: one contact per LinkedIn
      // profile, and among contacts without one, one per (first) email, in each workspace. Emails are not unique
      // across profiles: two profiles may share an address, and the merge keeps them apart. Phones are never
      // identity (families share them). Copies stored by concurrent imports before writers took turns are merged first.
      await mergeDuplicateContacts(db);
      await sql`create unique index contacts_slug_unique on contacts (workspace_id, linkedin_slug) where linkedin_slug <> ''`.execute(db);
      const firstEmail = db.getExecutor().adapter instanceof PostgresAdapter ? sql`((emails::jsonb) ->> 0)` : sql`json_extract(emails, '$[0]')`;
      await sql`create unique index contacts_email_unique on contacts (workspace_id, ${firstEmail}) where linkedin_slug = '' and emails <> '[]'`.execute(db);
    },
  },
  {
    // The phones' match keys (E.164 where the number could be read), so a re-import matches a phone-only card. Only a
    // plain column: a phone is a match key, never a unique one (families share a landline, offices a switchboard).
    // Rows written before have '[]': the merge derives keys from their phones, and stores them on their next change.
    name: '005-phone-keys',
    async up(db) {
      await db.schema.alterTable('contacts').addColumn('phone_keys', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      // Imports before this one stored any link of a profile column as the contact's LinkedIn profile, shown as one
      // ("https://www.linkedin.com@evil.com/in/x"). A stored URL without a slug is such a link: it is no profile.
      await sql`update contacts set linkedin_url = '' where linkedin_slug = '' and linkedin_url <> ''`.execute(db);
    },
  },
  // Numbered 006 although it may run before 004/005: migrations are applied and recorded by name, in list order.
  ACCOUNTS_MIGRATION,
  {
    // PostgreSQL's second wall between workspaces, behind the bound repositories (workspace-store.ts): every tenant
    // table shows and accepts only the rows of the workspace the connection has set (app.workspace_id, set by
    // postgres-dialect.ts on each connection and again in each transaction). It binds roles that do not own the
    // tables: the server runs as such a role (README, "Scaling out"); the owner, which runs migrations, is not held
    // by it. SQLite has no row-level security: there the bound handle is the wall. Tables added later add their own.
    name: '007-row-level-security',
    async up(db) {
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      for (const table of RLS_TABLES_007) {
        await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
        await sql`create policy workspace_isolation on ${sql.table(table)} using (workspace_id = current_setting('app.workspace_id', true)) with check (workspace_id = current_setting('app.workspace_id', true))`.execute(db);
      }
    },
  },
  POOLING_MIGRATION,
  COMPUTED_RESULTS_MIGRATION,
  COMPANY_KEYS_MIGRATION,
  CONSENT_WORKSPACE_MIGRATION,
  POOLED_READ_MIGRATION,
  ROSTER_VERSION_MIGRATION,
  PERSON_KEY_MIGRATION,
];

/** Names of the migrations this database has not had yet (all of them for a new database). */
async function pendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  let applied: Set<string>;
  try {
    applied = new Set((await sql<{ name: string }>`select name from referable_migrations`.execute(db)).rows.map((row) => row.name));
  } catch {
    return MIGRATIONS.map((migration) => migration.name);
  }
  return MIGRATIONS.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
}

/**
 * Applies pending migrations in order, in one transaction, recording them in referable_migrations. `lock` holds other
 * processes off (PostgreSQL: an advisory lock; SQLite's BEGIN IMMEDIATE already does), and what is pending is read
 * again inside it, so processes that start together on a new database upgrade it once. A database already up to
 * date is only read.
 */
export async function migrate(db: Kysely<unknown>, now: string, lock: (trx: Kysely<unknown>) => Promise<void> = async () => {}): Promise<string[]> {
  if ((await pendingMigrations(db)).length === 0) return [];
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    await trx.schema
      .createTable('referable_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.notNull().primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const pending = new Set(await pendingMigrations(trx));
    const ran: string[] = [];
    for (const migration of MIGRATIONS) {
      if (!pending.has(migration.name)) continue;
      await migration.up(trx);
      await sql`insert into referable_migrations (name, applied_at) values (${migration.name}, ${now})`.execute(trx);
      ran.push(migration.name);
    }
    return ran;
  });
}
