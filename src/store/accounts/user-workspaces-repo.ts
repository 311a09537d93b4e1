// Which person owns which workspace (a member's private network), and how a caller stands to a workspace.
import { isConsentLevel } from '../../core/accounts/consent.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import type { WorkspaceRelation } from '../../core/accounts/workspace-access.ts';
import { ownedWorkspaceIds, sharedWorkspace } from './consents-repo.ts';
import type { AccountsDb } from './account-schema.ts';

export interface OwnedWorkspace {
  id: string;
  name: string;
  createdAt: string;
}

export async function workspaceOwner(db: AccountsDb, workspaceId: string): Promise<string | null> {
  const row = await db.selectFrom('user_workspaces').select('user_id').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row?.user_id ?? null;
}

export async function insertOwnership(db: AccountsDb, workspaceId: string, userId: string, at: string): Promise<void> {
  await db.insertInto('user_workspaces').values({ workspace_id: workspaceId, user_id: userId, created_at: at }).execute();
}

export async function workspacesOwnedBy(db: AccountsDb, userId: string): Promise<OwnedWorkspace[]> {
  const rows = await db
    .selectFrom('user_workspaces')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
    .select(['workspaces.workspace_id as id', 'workspaces.name as name', 'user_workspaces.created_at as createdAt'])
    .where('user_workspaces.user_id', '=', userId)
    .orderBy('workspaces.name')
    .orderBy('workspaces.workspace_id')
    .execute();
  return rows;
}

/** Everything the access decision needs, in two queries. */
export async function workspaceRelation(db: AccountsDb, userId: string, workspaceId: string): Promise<WorkspaceRelation> {
  const workspace = await db
    .selectFrom('workspaces')
    .leftJoin('user_workspaces', 'user_workspaces.workspace_id', 'workspaces.workspace_id')
    .select(['workspaces.workspace_id as id', 'user_workspaces.user_id as owner'])
    .where('workspaces.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!workspace) return { exists: false, owns: false, shared: [] };
  if (workspace.owner === userId) return { exists: true, owns: true, shared: [] };
  if (!workspace.owner) return { exists: true, owns: false, shared: [] };
  // The caller's roles in the cohorts the owner belongs to, and the owner's consent to each (none: 'nothing').
  const owner = workspace.owner;
  const roles = await db
    .selectFrom('cohort_memberships as mine')
    .innerJoin('cohort_memberships as theirs', 'theirs.cohort_id', 'mine.cohort_id')
    .leftJoin('cohort_consents as consent', (join) => join.onRef('consent.cohort_id', '=', 'theirs.cohort_id').onRef('consent.user_id', '=', 'theirs.user_id'))
    .select(['mine.cohort_id as cohortId', 'mine.role as role', 'consent.level as level', 'consent.shared_workspace as chosen'])
    .where('mine.user_id', '=', userId)
    .where('theirs.user_id', '=', owner)
    .orderBy('mine.cohort_id')
    .execute();
  // A cohort sees one workspace of the owner's: through any other, it sees nothing.
  const owned = (await ownedWorkspaceIds(db, [owner])).get(owner) ?? [];
  const level = (row: { level: string | null; chosen: string | null }) => (row.level && isConsentLevel(row.level) && sharedWorkspace(row.chosen ?? '', owned) === workspaceId ? row.level : 'nothing');
  return {
    exists: true,
    owns: false,
    shared: roles.map((row) => ({ cohortId: row.cohortId, role: row.role as CohortRole, consent: level(row) })),
  };
}
