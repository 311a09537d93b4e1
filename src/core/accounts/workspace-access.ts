// Who may open a workspace: private by default. The owner sees everything; whoever guides the owner in a cohort (its
// owner, a coach, a viewer) sees a read-only view filtered to the owner's consent in that cohort; anyone else nothing.
import { consentRank, type ConsentLevel } from './consent.ts';
import type { CohortRole } from './roles.ts';

export type { ConsentLevel } from './consent.ts';

/** One cohort the caller shares with the workspace's owner: the caller's role there and the owner's consent to it. */
export interface SharedCohort {
  cohortId: string;
  role: CohortRole;
  consent: ConsentLevel;
}

/** How the caller stands to one workspace, as the store found it. */
export interface WorkspaceRelation {
  exists: boolean;
  /** The caller owns it (their private workspace). */
  owns: boolean;
  /** The cohorts the caller shares with the owner (a coach of that member, a fellow member...). */
  shared: readonly SharedCohort[];
}

/** Roles that look after a cohort's members and so may see a member's own view, as far as consent allows. */
export const OVERSEEING_ROLES: readonly CohortRole[] = ['owner', 'coach', 'viewer'];

export type WorkspaceAccess =
  | { allowed: true; level: 'owner' }
  | { allowed: true; level: Exclude<ConsentLevel, 'nothing'>; readOnly: true; cohortId: string }
  | { allowed: false; status: 'not-found' | 'forbidden'; reason: string };

/**
 * The decision. A stranger gets not-found (whether the workspace exists is itself private); a fellow member gets
 * forbidden (teammates see pooled views, never each other's workspace); an overseer gets the highest level the owner
 * consented to in a cohort they oversee, read-only, or forbidden while that is 'nothing'.
 */
export function workspaceAccess(relation: WorkspaceRelation): WorkspaceAccess {
  if (relation.exists && relation.owns) return { allowed: true, level: 'owner' };
  if (!relation.exists || relation.shared.length === 0) return { allowed: false, status: 'not-found', reason: 'no such workspace among yours' };
  const overseen = relation.shared.filter((entry) => OVERSEEING_ROLES.includes(entry.role));
  const best = [...overseen].sort((a, b) => consentRank(b.consent) - consentRank(a.consent) || a.cohortId.localeCompare(b.cohortId))[0];
  if (!best) return { allowed: false, status: 'forbidden', reason: "this workspace is a teammate's private network; the cohort's pooled views show what they share" };
  if (best.consent === 'nothing') return { allowed: false, status: 'forbidden', reason: "this workspace is its owner's private network; they have not shared it" };
  return { allowed: true, level: best.consent, readOnly: true, cohortId: best.cohortId };
}
