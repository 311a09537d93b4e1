// Everything one contact's page reads, in one read: the contact, their ties, job changes, interactions, needs, offers,
// ledger rows and introductions (with the people and needs those name), the members, the markets and the settings.
// On PostgreSQL each statement is a round trip to the server and a context switch on a busy machine, and the page
// made eleven of them; here it is one statement of JSON aggregates. SQLite has no round trip: there the repositories'
// own reads run as they are. Both map rows through the same row-to-domain functions, so the answers are identical.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Contact } from '../core/contacts/contact.ts';
import type { ContactEvent } from '../core/contacts/contact-event.ts';
import type { Introduction } from '../core/referrals/intro-workflow.ts';
import type { Need } from '../core/referrals/need.ts';
import type { Offer } from '../core/referrals/offer.ts';
import type { Tie } from '../core/ties/tie.ts';
import { contactsRepo, rowToContact } from './contacts-repo.ts';
import { historyRepo, rowToContactEvent } from './history-repo.ts';
import { interactionsRepo, rowToInteraction, type InteractionRow } from './interactions-repo.ts';
import { introductionsRepo, rowToIntroduction } from './introductions-repo.ts';
import { marketsRepo, rowToMarket, type StoredMarket } from './markets-repo.ts';
import { membersRepo, rowToMember, type Member } from './members-repo.ts';
import { needsRepo, rowToNeed } from './needs-repo.ts';
import { offersRepo, rowToOffer } from './offers-repo.ts';
import { contactNameOf, referralEventsRepo, toRow as rowToReferralEvent, type ReferralEventRow } from './referral-events-repo.ts';
import { namedStatement } from './dialects/named-statements.ts';
import type { RepoScope } from './repo-scope.ts';
import type * as Tables from './schema.ts';
import type { Database } from './schema.ts';
import { settingsRepo } from './settings-repo.ts';
import { tiesRepo, rowToTie } from './ties-repo.ts';

/** One contact's page as the repositories would answer each read (same order, same mapping). */
export interface ContactPageRows {
  contact: Contact;
  /** Every tie to the contact (ties.list({ contactId })). */
  ties: Tie[];
  /** Their job changes (history.events(contactId)). */
  events: ContactEvent[];
  /** members.list(). */
  members: Member[];
  /** interactions.ofContact(contactId). */
  interactions: InteractionRow[];
  /** Their needs, open and closed (needs.list({ contactId })). */
  needs: Need[];
  /** Their stated offers, open and closed (offers.list({ contactId })). */
  offers: Offer[];
  /** Ledger rows with them on either side (referralEvents.list({ contactId })). */
  referralEvents: ReferralEventRow[];
  /** referralEvents.contactNames of every contact those rows name (the ones that still exist). */
  referralNames: Map<string, { name: string; company: string }>;
  /** Introductions with them as seeker or helper (introductions.list({ contactId })). */
  introductions: Introduction[];
  /** The seekers and helpers of those introductions that still exist, by id. */
  introContacts: Map<string, Contact>;
  /** The needs those introductions are for that still exist, by id. */
  introNeeds: Map<string, Need>;
  /** markets.list(). */
  markets: StoredMarket[];
  /** The settings documents asked for that are stored, by name. */
  settings: Map<string, string>;
}

type Json<T> = Selectable<T>[];

interface PageRow {
  contact: Selectable<Tables.ContactsTable> | null;
  ties: Json<Tables.TiesTable>;
  events: Json<Tables.ContactEventsTable>;
  members: Json<Tables.MembersTable>;
  interactions: Json<Tables.InteractionsTable>;
  needs: Json<Tables.NeedsTable>;
  offers: Json<Tables.OffersTable>;
  referrals: Json<Tables.ReferralEventsTable>;
  referral_names: Json<Tables.ContactsTable>;
  introductions: Json<Tables.IntroductionsTable>;
  intro_contacts: Json<Tables.ContactsTable>;
  intro_needs: Json<Tables.NeedsTable>;
  markets: Json<Tables.TargetMarketsTable>;
  settings: Json<Tables.SettingsTable>;
}

/**
 * PostgreSQL: one statement. Each list is its repository's query as a JSON aggregate, ordered as that query orders
 * (the same columns and collation), and every table it reads is narrowed to the workspace (statement-log.test.ts).
 */
async function readOnPostgres(db: Kysely<Database>, workspaceId: string, contactId: string, settingNames: readonly string[]): Promise<ContactPageRows | null> {
  const page = sql<PageRow>`
    with contact as (select * from contacts where workspace_id = ${workspaceId} and contact_id = ${contactId}),
    intros as (select * from introductions where workspace_id = ${workspaceId} and (seeker_id = ${contactId} or helper_id = ${contactId})),
    ledger as (select * from referral_events where workspace_id = ${workspaceId} and (contact_id = ${contactId} or other_contact_id = ${contactId}))
    select
      (select row_to_json(contact) from contact) as contact,
      (select coalesce(json_agg(t), '[]') from ties t where t.workspace_id = ${workspaceId} and t.contact_id = ${contactId}) as ties,
      (select coalesce(json_agg(e order by e.observed_at, e.event_id), '[]') from contact_events e where e.workspace_id = ${workspaceId} and e.contact_id = ${contactId}) as events,
      (select coalesce(json_agg(m order by m.is_me desc, m.created_at, m.member_id), '[]') from members m where m.workspace_id = ${workspaceId}) as members,
      (select coalesce(json_agg(i order by i.occurred_at desc, i.interaction_id), '[]') from interactions i where i.workspace_id = ${workspaceId} and i.contact_id = ${contactId}) as interactions,
      (select coalesce(json_agg(n order by n.created_at, n.need_id), '[]') from needs n where n.workspace_id = ${workspaceId} and n.contact_id = ${contactId}) as needs,
      (select coalesce(json_agg(o order by o.created_at, o.offer_id), '[]') from offers o where o.workspace_id = ${workspaceId} and o.contact_id = ${contactId}) as offers,
      (select coalesce(json_agg(r order by r.occurred_on, r.recorded_at, r.event_id), '[]') from ledger r) as referrals,
      (select coalesce(json_agg(json_build_object('contact_id', p.contact_id, 'first_name', p.first_name, 'last_name', p.last_name, 'company', p.company)), '[]')
         from contacts p where p.workspace_id = ${workspaceId} and p.contact_id in (select contact_id from ledger union select other_contact_id from ledger)) as referral_names,
      (select coalesce(json_agg(x order by x.created_at, x.intro_id), '[]') from intros x) as introductions,
      (select coalesce(json_agg(p), '[]') from contacts p where p.workspace_id = ${workspaceId} and p.contact_id in (select seeker_id from intros union select helper_id from intros)) as intro_contacts,
      (select coalesce(json_agg(n), '[]') from needs n where n.workspace_id = ${workspaceId} and n.need_id in (select need_id from intros)) as intro_needs,
      (select coalesce(json_agg(k order by k.name), '[]') from target_markets k where k.workspace_id = ${workspaceId}) as markets,
      (select coalesce(json_agg(s), '[]') from settings s where s.workspace_id = ${workspaceId} and s.name = any(${[...settingNames]}::text[])) as settings
  `;
  // Named: long to plan, quick to run, and the same text every time (dialects/named-statements.ts).
  const { rows } = await db.executeQuery(namedStatement('referable_contact_page', page.compile(db)));
  const row = rows[0];
  if (!row?.contact) return null;
  return {
    contact: rowToContact(row.contact),
    ties: row.ties.map(rowToTie),
    events: row.events.map(rowToContactEvent),
    members: row.members.map(rowToMember),
    interactions: row.interactions.map(rowToInteraction),
    needs: row.needs.map(rowToNeed),
    offers: row.offers.map(rowToOffer),
    referralEvents: row.referrals.map(rowToReferralEvent),
    referralNames: new Map(row.referral_names.map((name) => [name.contact_id, contactNameOf(name)])),
    introductions: row.introductions.map(rowToIntroduction),
    introContacts: new Map(row.intro_contacts.map((contact) => [contact.contact_id, rowToContact(contact)])),
    introNeeds: new Map(row.intro_needs.map((need) => [need.need_id, rowToNeed(need)])),
    markets: row.markets.map(rowToMarket),
    settings: new Map(row.settings.map((setting) => [setting.name, setting.value])),
  };
}

/** SQLite: the repositories' own reads (no round trip to save; each is a few microseconds on an indexed table). */
async function readOnSqlite(scope: RepoScope, contactId: string, settingNames: readonly string[]): Promise<ContactPageRows | null> {
  const contact = await contactsRepo(scope).get(contactId);
  if (!contact) return null;
  const ledger = referralEventsRepo(scope);
  const [ties, events, members, interactions, needs, offers, referralEvents, introductions, markets, settings] = await Promise.all([
    tiesRepo(scope).list({ contactId }),
    historyRepo(scope).events(contactId),
    membersRepo(scope).list(),
    interactionsRepo(scope).ofContact(contactId),
    needsRepo(scope).list({ contactId }),
    offersRepo(scope).list({ contactId }),
    ledger.list({ contactId }),
    introductionsRepo(scope).list({ contactId }),
    marketsRepo(scope).list(),
    Promise.all(settingNames.map(async (name) => [name, await settingsRepo(scope).read(name)] as const)),
  ]);
  const needIds = [...new Set(introductions.map((intro) => intro.needId).filter(Boolean))];
  const [referralNames, introContacts, introNeeds] = await Promise.all([
    ledger.contactNames(referralEvents.flatMap((event) => [event.contact_id, event.other_contact_id])),
    contactsRepo(scope).getMany([...new Set(introductions.flatMap((intro) => [intro.seekerId, intro.helperId]))]),
    Promise.all(needIds.map((id) => needsRepo(scope).get(id))),
  ]);
  return {
    contact,
    ties,
    events,
    members,
    interactions,
    needs,
    offers,
    referralEvents,
    referralNames,
    introductions,
    introContacts: new Map(introContacts.map((party) => [party.id, party])),
    introNeeds: new Map(introNeeds.flatMap((need) => (need ? [[need.id, need] as const] : []))),
    markets,
    settings: new Map(settings.flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const]))),
  };
}

/** One contact's page bound to one workspace. */
export function contactPageRepo(scope: RepoScope) {
  return {
    /** The page of the contact with this id, or null when there is none; `settingNames`: the settings documents it reads. */
    read: (contactId: string, settingNames: readonly string[]) =>
      scope.dialect.name === 'postgres' ? readOnPostgres(scope.db, scope.workspaceId, contactId, settingNames) : readOnSqlite(scope, contactId, settingNames),
  };
}
export type ContactPageRepo = ReturnType<typeof contactPageRepo>;
