// Table types of the account tables (migration 006). Kept apart from schema.ts: these tables are global, not per
// workspace, and only the accounts repositories use them (through `accountsDb`).
import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface OrganisationsTable {
  org_id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  user_id: string;
  email: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface SessionsTable {
  session_hash: string;
  user_id: string;
  csrf_secret: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string;
}

export interface ApiTokensTable {
  token_id: string;
  token_hash: string;
  user_id: string;
  label: string;
  created_at: string;
  last_used_at: string;
  revoked_at: string;
}

export interface CohortsTable {
  cohort_id: string;
  org_id: string;
  name: string;
  created_at: string;
  /** Moved on by PostgreSQL's triggers whenever what the cohort's roster shows changes (migration 013). */
  roster_version: ColumnType<string, never, never>;
}

export interface CohortMembershipsTable {
  cohort_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface UserWorkspacesTable {
  workspace_id: string;
  user_id: string;
  created_at: string;
}

export interface InvitationsTable {
  invitation_id: string;
  token_hash: string;
  cohort_id: string;
  email: string;
  role: string;
  created_at: string;
  expires_at: string;
  used_at: string;
}

export interface AuditLogTable {
  event_id: string;
  at: string;
  actor_id: string;
  action: string;
  subject: string;
  detail: string;
  ip: string;
}

export interface CohortConsentsTable {
  cohort_id: string;
  user_id: string;
  level: string;
  /** The member's workspace the cohort sees; '' for their first (as before migration 011). */
  shared_workspace: string;
  changed_by: string;
  changed_at: string;
}

export interface PathRequestsTable {
  request_id: string;
  cohort_id: string;
  seeker_id: string;
  seeker_workspace: string;
  member_id: string;
  member_workspace: string;
  company: string;
  company_key: string;
  message: string;
  state: string;
  created_at: string;
  expires_at: string;
  history: string;
  revealed: string;
}

export interface AccountTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  cohorts: CohortsTable;
  cohort_memberships: CohortMembershipsTable;
  user_workspaces: UserWorkspacesTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  cohort_consents: CohortConsentsTable;
  path_requests: PathRequestsTable;
}

export type AccountsDatabase = AccountTables & Pick<Database, 'workspaces'>;
export type AccountsDb = Kysely<AccountsDatabase>;

/** The store's connection seen with the account tables (same pool, same transactions). */
export function accountsDb(db: Kysely<Database>): AccountsDb {
  return db as unknown as AccountsDb;
}
