// The JSON shapes of the multi-user server's cohort routes (serve --multi-user), as src/http/multi-user/*-routes.ts
// declare them. Written here because web/src/api-schema.d.ts is generated from the single-user document only.

export type CohortRole = 'owner' | 'coach' | 'member' | 'viewer';
export type ConsentLevel = 'nothing' | 'aggregates' | 'companies' | 'contacts';

export interface Consent {
  cohort: { id: string; name: string; organisation: string };
  role: CohortRole;
  level: ConsentLevel;
  means: string;
  changedAt: string;
  changedBy: string;
}

export interface ConsentsResponse {
  consents: Consent[];
  /** Every level in order, with what it shows and to whom. */
  levels: { level: ConsentLevel; means: string; seenBy: string }[];
}

export interface CohortSummary {
  id: string;
  name: string;
  organisation: string;
}

export interface CohortRoster {
  cohort: CohortSummary;
  role: CohortRole;
  canManage: boolean;
  members: { userId: string; email: string; role: CohortRole; disabled: boolean; since: string }[];
  invitations: { id: string; email: string; role: CohortRole; createdAt: string; expiresAt: string }[];
}

export interface CohortInvitation {
  cohort: CohortSummary;
  email: string;
  role: CohortRole;
  expiresAt: string;
  path: string;
  link: string;
}

export interface RoleCount {
  label: string;
  count: number;
}

export interface MemberShare {
  member: string;
  level: Exclude<ConsentLevel, 'nothing'>;
  counts: { connections: number; inMarket: number | null; companies: number };
  companies?: { company: string; people: number; roles: RoleCount[]; titles: string[] }[];
  contacts?: { name: string; company: string; title: string; linkedinUrl: string }[];
}

export interface PooledWarmPath {
  member: string;
  company: string;
  people: number;
  roles: RoleCount[];
  sentence: string;
  /** The request's message as the template drafts it. */
  draft: string;
}

export type PathRequestState = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

export interface PathRequest {
  id: string;
  direction: 'sent' | 'received';
  cohort: string;
  seeker: string;
  member: string;
  company: string;
  message: string;
  state: PathRequestState;
  createdAt: string;
  expiresAt: string;
  history: { state: PathRequestState; at: string; by: 'seeker' | 'member' | 'clock'; note: string }[];
  revealed: { name: string; title: string; company: string; linkedinUrl: string }[];
}
