// Table types for Kysely: the one schema both dialects share. JSON values are stored as text in both.
import type { Generated } from 'kysely';

export interface WorkspacesTable {
  workspace_id: string;
  name: string;
  created_at: string;
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
}
