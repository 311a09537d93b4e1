// Private workspaces: each person owns theirs; who may open a workspace is decided here, once, for every route.
import { consentRank, type ConsentLevel } from '../../core/accounts/consent.ts';
import { OVERSEEING_ROLES, workspaceAccess, type WorkspaceAccess } from '../../core/accounts/workspace-access.ts';
import { workspacesSharedWith } from '../../store/accounts/consents-repo.ts';
import { ReferableError } from '../../core/errors.ts';
import { insertOwnership, workspaceOwner, workspaceRelation, workspacesOwnedBy, type OwnedWorkspace } from '../../store/accounts/user-workspaces-repo.ts';
import { findUserById } from '../../store/accounts/users-repo.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { requireUser } from './users.ts';

/** What a workspace name may be: it is also the CLI's --workspace value and the API's ?workspace= parameter. */
const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * Creates a member's private workspace, owned by `ownerEmail`. A workspace already there with no owner (data an
 * administrator imported with --workspace NAME) is given to them; one owned by someone else is a conflict.
 */
export async function createOwnedWorkspace(ctx: AccountsContext, actor: Actor, name: string, ownerEmail: string): Promise<OwnedWorkspace & { owner: string }> {
  if (!WORKSPACE_NAME.test(name)) {
    throw new ReferableError('INVALID_INPUT', `workspace name "${name}": use 1 to 80 letters, digits, dots, dashes or underscores, starting with a letter or digit`);
  }
  const owner = await requireUser(ctx, ownerEmail);
  const at = ctx.now().toISOString();
  const existingOwner = await workspaceOwner(ctx.db, name);
  if (existingOwner) {
    const holder = existingOwner === owner.id ? 'them already' : 'another account';
    throw new ReferableError('CONFLICT', `the workspace "${name}" belongs to ${holder}; pick another name`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('workspaces').values({ workspace_id: name, name, created_at: at }).onConflict((c) => c.column('workspace_id').doNothing()).execute();
    await insertOwnership(trx, name, owner.id, at);
    await audit({ ...ctx, db: trx }, actor, 'workspace-create', name, { owner: owner.email });
  });
  return { id: name, name, createdAt: at, owner: owner.email };
}

/** The workspaces a person owns: the ones the workspace routes open for them. */
export async function workspacesFor(ctx: AccountsContext, userId: string): Promise<(OwnedWorkspace & { access: 'owner' })[]> {
  return (await workspacesOwnedBy(ctx.db, userId)).map((workspace) => ({ ...workspace, access: 'owner' as const }));
}

export type VisibleWorkspace = OwnedWorkspace & { access: 'owner' | Exclude<ConsentLevel, 'nothing'>; cohort: string | null };

/**
 * Every workspace a person may see: their own, and those of members they oversee who share with that cohort (read-only,
 * through GET /api/cohorts/COHORT/members/WORKSPACE, as far as the level says). One entry per workspace, its highest level.
 */
export async function visibleWorkspaces(ctx: AccountsContext, userId: string): Promise<VisibleWorkspace[]> {
  const own: VisibleWorkspace[] = (await workspacesFor(ctx, userId)).map((workspace) => ({ ...workspace, cohort: null }));
  const seen = new Set(own.map((workspace) => workspace.id));
  const shared = (await workspacesSharedWith(ctx.db, userId, OVERSEEING_ROLES)).sort((a, b) => a.name.localeCompare(b.name) || consentRank(b.level) - consentRank(a.level));
  for (const workspace of shared) {
    if (seen.has(workspace.id) || workspace.level === 'nothing') continue;
    seen.add(workspace.id);
    own.push({ id: workspace.id, name: workspace.name, createdAt: workspace.createdAt, access: workspace.level, cohort: workspace.cohortId });
  }
  return own;
}

export async function accessToWorkspace(ctx: AccountsContext, userId: string, workspaceId: string): Promise<WorkspaceAccess> {
  return workspaceAccess(await workspaceRelation(ctx.db, userId, workspaceId));
}

/**
 * Throws the refusal a route answers with: NOT_FOUND for strangers (existence is private), FORBIDDEN otherwise. The
 * workspace routes are the owner's: a coach allowed a filtered view reads it through the cohort's member view, which
 * shows only what the member's consent allows (app/accounts/pooled-views.ts), never through these routes.
 */
export async function requireWorkspace(ctx: AccountsContext, userId: string, workspaceId: string): Promise<void> {
  const access = await accessToWorkspace(ctx, userId, workspaceId);
  if (access.allowed && access.level === 'owner') return;
  if (access.allowed) {
    throw new ReferableError('FORBIDDEN', `workspace "${workspaceId}": its owner shares ${access.level} with your cohort, read-only: GET /api/cohorts/${access.cohortId}/members/${workspaceId} shows that view`);
  }
  if (access.status === 'not-found') throw new ReferableError('NOT_FOUND', `there is no workspace "${workspaceId}" among yours; GET /api/workspaces lists them`);
  throw new ReferableError('FORBIDDEN', `workspace "${workspaceId}": ${access.reason}`);
}

export async function emailOf(ctx: AccountsContext, userId: string): Promise<string> {
  return (await findUserById(ctx.db, userId))?.email ?? '';
}
