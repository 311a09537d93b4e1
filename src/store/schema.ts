// Table types for Kysely: the one schema both dialects share. JSON values are stored as text in both.
import type { Generated } from 'kysely';

export interface WorkspacesTable {
  workspace_id: string;
  name: string;
  created_at: string;
  /** Moved on by every write to the workspace's data (migration 009, data-version.ts); bigint: text on PostgreSQL. */
  data_version: Generated<number | string>;
}

export interface MembersTable {
  workspace_id: string;
  member_id: string;
  name: string;
  is_me: number;
  linkedin_slug: string;
  /** The contact that stands for this member in other members' networks, once known. */
  contact_id: string | null;
  profile: string;
  created_at: string;
}

export interface ContactsTable {
  workspace_id: string;
  contact_id: string;
  first_name: string;
  last_name: string;
  name_key: string;
  linkedin_url: string;
  linkedin_slug: string;
  emails: string;
  phones: string;
  /** JSON list of the phones' match keys (migration 005); never unique: families share a landline. */
  phone_keys: string;
  company: string;
  company_key: string;
  title: string;
  location: string;
  industry: string;
  connected_on: string;
  notes: string;
  tags: string;
  rating: number | null;
  locked_fields: string;
  source: string;
  first_seen: string;
  updated_at: string;
}

export interface TiesTable {
  workspace_id: string;
  /** 'member' or 'contact': who holds the tie. */
  from_type: string;
  from_id: string;
  contact_id: string;
  /** 'connected' | 'knows' | 'manual' (later: 'coworker-inferred' is computed, not stored). */
  kind: string;
  connected_on: string;
  signals: string;
  source: string;
  updated_at: string;
}

export interface ContactEventsTable {
  workspace_id: string;
  event_id: string;
  contact_id: string;
  kind: string;
  before_value: string;
  after_value: string;
  observed_at: string;
  import_id: string;
}

export interface ContentItemsTable {
  workspace_id: string;
  member_id: string;
  url: string;
  kind: string;
  title: string;
  published_on: string;
  body: string;
  shared_url: string;
  source: string;
  created_at: string;
  /** JSON list of topics set by hand. */
  topics: string;
}

export interface ImportsTable {
  workspace_id: string;
  import_id: string;
  member_id: string;
  file_name: string;
  sha256: string;
  source: string;
  started_at: string;
  finished_at: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: string;
}

export interface TargetMarketsTable {
  workspace_id: string;
  market_id: string;
  name: string;
  /** The YAML as the user wrote it. */
  definition: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface NeedsTable {
  workspace_id: string;
  need_id: string;
  /** The contact who has the need. */
  contact_id: string;
  text: string;
  topic: string;
  /** YYYY-MM-DD or ''. */
  deadline: string;
  /** 'open' | 'closed'. */
  status: string;
  close_note: string;
  created_at: string;
  closed_at: string;
}

export interface OffersTable {
  workspace_id: string;
  offer_id: string;
  contact_id: string;
  text: string;
  status: string;
  created_at: string;
  closed_at: string;
}

export interface IntroductionsTable {
  workspace_id: string;
  intro_id: string;
  need_id: string;
  /** A: the contact with the need. */
  seeker_id: string;
  /** B: the contact who could help. */
  helper_id: string;
  state: string;
  /** JSON list of { state, at, note }. */
  history: string;
  outcome: string;
  created_at: string;
  updated_at: string;
}

export interface ReferralEventsTable {
  workspace_id: string;
  event_id: string;
  /** 'given' | 'received'. */
  direction: string;
  kind: string;
  contact_id: string;
  other_contact_id: string;
  intro_id: string;
  company: string;
  outcome: string;
  note: string;
  occurred_on: string;
  recorded_at: string;
  /** Same facts, same key: a duplicate event is refused. */
  dedupe_key: string;
}

export interface AsksTable {
  workspace_id: string;
  ask_id: string;
  contact_id: string;
  purpose: string;
  intro_id: string;
  asked_at: string;
}

export interface InteractionsTable {
  workspace_id: string;
  interaction_id: string;
  contact_id: string;
  kind: string;
  minutes: number;
  note: string;
  occurred_at: string;
  /** 'logged' | 'plan' | 'imported'. */
  source: string;
  plan_item_id: string;
}

export interface PlansTable {
  workspace_id: string;
  plan_id: string;
  /** Monday of the week, YYYY-MM-DD. */
  week_start: string;
  budget_minutes: number;
  created_at: string;
}

export interface PlanItemsTable {
  workspace_id: string;
  plan_id: string;
  item_id: string;
  position: number;
  kind: string;
  contact_id: string;
  other_contact_id: string;
  need_id: string;
  content_url: string;
  minutes: number;
  value: number;
  why: string;
  /** 'planned' | 'done' | 'skipped'. */
  status: string;
  done_at: string;
}

export interface SettingsTable {
  workspace_id: string;
  name: string;
  /** JSON. */
  value: string;
  updated_at: string;
}

export interface SnapshotsTable {
  workspace_id: string;
  /** e.g. 'index'. */
  kind: string;
  /** YYYY-MM-DD: one snapshot per kind per day, the latest wins. */
  taken_on: string;
  payload: string;
  taken_at: string;
}

/** The last result of a costly computation, with the data version and day it is current for (migration 009). */
export interface ComputedResultsTable {
  workspace_id: string;
  name: string;
  data_version: number | string;
  day: string;
  body: string;
  computed_at: string;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
  seq: Generated<number>;
}

export interface Database {
  workspaces: WorkspacesTable;
  members: MembersTable;
  contacts: ContactsTable;
  ties: TiesTable;
  contact_events: ContactEventsTable;
  content_items: ContentItemsTable;
  imports: ImportsTable;
  target_markets: TargetMarketsTable;
  needs: NeedsTable;
  offers: OffersTable;
  introductions: IntroductionsTable;
  referral_events: ReferralEventsTable;
  asks: AsksTable;
  interactions: InteractionsTable;
  plans: PlansTable;
  plan_items: PlanItemsTable;
  settings: SettingsTable;
  snapshots: SnapshotsTable;
  computed_results: ComputedResultsTable;
}
