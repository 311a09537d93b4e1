// Who may open a workspace: private by default. The owner sees everything; anyone else sees nothing until consent
// (issue #14 section 3) says otherwise.
import type { CohortRole } from './roles.ts';

/** How the caller stands to one workspace, as the store found it. */
export interface WorkspaceRelation {
  exists: boolean;
  /** The caller owns it (their private workspace). */
  owns: boolean;
  /** The caller's roles in cohorts the workspace's owner belongs to (a coach of that member, a fellow member...). */
  sharedRoles: readonly CohortRole[];
}

/** What the owner lets a cohort see; section 3 (consent-based pooling) fills this in. Today: nothing. */
export type ConsentLevel = 'nothing' | 'aggregates' | 'companies' | 'contacts';

export type WorkspaceAccess =
  | { allowed: true; level: 'owner' }
  | { allowed: false; status: 'not-found' | 'forbidden'; reason: string };

/**
 * The decision. A stranger gets not-found (whether the workspace exists is itself private); someone who shares a
 * cohort with the owner gets forbidden until the owner's consent allows more. The extension point for section 3 is
 * `consent`: when a coach's view of a member is built, a level above 'nothing' will allow a read-only, filtered view.
 */
export function workspaceAccess(relation: WorkspaceRelation, consent: ConsentLevel = 'nothing'): WorkspaceAccess {
  if (relation.exists && relation.owns) return { allowed: true, level: 'owner' };
  if (!relation.exists || relation.sharedRoles.length === 0) return { allowed: false, status: 'not-found', reason: 'no such workspace among yours' };
  return {
    allowed: false,
    status: 'forbidden',
    reason: consent === 'nothing' ? "this workspace is its owner's private network; they have not shared it" : 'shared views of a workspace are not built yet',
  };
}
