// Roles a person holds in a cohort, and the audit log's vocabulary.

/** owner: runs the cohort; coach: guides its members; member: a job seeker with a private workspace; viewer: reads. */
export const COHORT_ROLES = ['owner', 'coach', 'member', 'viewer'] as const;
export type CohortRole = (typeof COHORT_ROLES)[number];

export function isCohortRole(value: string): value is CohortRole {
  return (COHORT_ROLES as readonly string[]).includes(value);
}

/** What the audit log records: who signed in (or failed to), and every change to who may see what. */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failure',
  'sign-out',
  'user-add',
  'user-disable',
  'role-change',
  'consent-change',
  'export',
  'token-create',
  'token-revoke',
  'workspace-create',
  'invitation-create',
  'invitation-accept',
  'invitation-revoke',
  'path-request',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
