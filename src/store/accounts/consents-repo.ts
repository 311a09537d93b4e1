// Consent grants: what each member shares with each cohort. No row is 'nothing' (private by default).
import { isConsentLevel, type ConsentLevel } from '../../core/accounts/consent.ts';
import type { AccountsDb } from './account-schema.ts';

export interface ConsentGrant {
  cohortId: string;
  userId: string;
  level: ConsentLevel;
  /** The workspace the member chose to show the cohort; '' for their first (sharedWorkspace() resolves it). */
  workspace: string;
  /** '' when never set, or set by an administrator at the CLI. */
  changedBy: string;
  /** '' when never set. */
  changedAt: string;
}

/**
 * The one workspace of a member's that a cohort sees: the one they chose while it is still theirs, else their first
 * (`owned` by name, as ownedWorkspaceIds lists them); null when they have none. Every pooled read goes through this.
 */
export function sharedWorkspace(chosen: string, owned: readonly string[]): string | null {
  return chosen && owned.includes(chosen) ? chosen : (owned[0] ?? null);
}

export function levelOf(text: string | undefined): ConsentLevel {
  // An unreadable level reveals nothing: the safe reading of a row this version does not understand.
  return text !== undefined && isConsentLevel(text) ? text : 'nothing';
}

export async function consentOf(db: AccountsDb, cohortId: string, userId: string): Promise<ConsentGrant> {
  const row = await db.selectFrom('cohort_consents').selectAll().where('cohort_id', '=', cohortId).where('user_id', '=', userId).executeTakeFirst();
  return { cohortId, userId, level: levelOf(row?.level), workspace: row?.shared_workspace ?? '', changedBy: row?.changed_by ?? '', changedAt: row?.changed_at ?? '' };
}

export async function putConsent(db: AccountsDb, grant: ConsentGrant): Promise<void> {
  await db
    .insertInto('cohort_consents')
    .values({ cohort_id: grant.cohortId, user_id: grant.userId, level: grant.level, shared_workspace: grant.workspace, changed_by: grant.changedBy, changed_at: grant.changedAt })
    .onConflict((conflict) => conflict.columns(['cohort_id', 'user_id']).doUpdateSet({ level: grant.level, shared_workspace: grant.workspace, changed_by: grant.changedBy, changed_at: grant.changedAt }))
    .execute();
}

/** A person's grants to every cohort they belong to (cohorts with no grant show 'nothing'). */
export async function consentsOfUser(db: AccountsDb, userId: string): Promise<(ConsentGrant & { cohortName: string; organisation: string; role: string })[]> {
  const rows = await db
    .selectFrom('cohort_memberships')
    .innerJoin('cohorts', 'cohorts.cohort_id', 'cohort_memberships.cohort_id')
    .innerJoin('organisations', 'organisations.org_id', 'cohorts.org_id')
    .leftJoin('cohort_consents', (join) => join.onRef('cohort_consents.cohort_id', '=', 'cohort_memberships.cohort_id').onRef('cohort_consents.user_id', '=', 'cohort_memberships.user_id'))
    .select(['cohorts.cohort_id as cohortId', 'cohorts.name as cohortName', 'organisations.name as organisation', 'cohort_memberships.role as role', 'cohort_consents.level as level', 'cohort_consents.shared_workspace as workspace', 'cohort_consents.changed_by as changedBy', 'cohort_consents.changed_at as changedAt'])
    .where('cohort_memberships.user_id', '=', userId)
    .orderBy('cohorts.name')
    .execute();
  return rows.map((row) => ({ cohortId: row.cohortId, cohortName: row.cohortName, organisation: row.organisation, role: row.role, userId, level: levelOf(row.level ?? undefined), workspace: row.workspace ?? '', changedBy: row.changedBy ?? '', changedAt: row.changedAt ?? '' }));
}

/** Everyone in a cohort who shares more than nothing, with the one workspace the cohort sees (null: none yet). */
export async function sharingMembers(db: AccountsDb, cohortId: string): Promise<{ userId: string; email: string; level: ConsentLevel; workspace: string | null }[]> {
  const rows = await db
    .selectFrom('cohort_consents')
    .innerJoin('cohort_memberships', (join) => join.onRef('cohort_memberships.cohort_id', '=', 'cohort_consents.cohort_id').onRef('cohort_memberships.user_id', '=', 'cohort_consents.user_id'))
    .innerJoin('users', 'users.user_id', 'cohort_consents.user_id')
    .select(['users.user_id as userId', 'users.email as email', 'users.disabled as disabled', 'cohort_consents.level as level', 'cohort_consents.shared_workspace as chosen'])
    .where('cohort_consents.cohort_id', '=', cohortId)
    .where('cohort_consents.level', '!=', 'nothing')
    .orderBy('users.email')
    .execute();
  // A disabled account shares nothing: its owner can no longer change their mind.
  const sharing = rows.filter((row) => Number(row.disabled) !== 1 && levelOf(row.level) !== 'nothing');
  const owned = await ownedWorkspaceIds(db, sharing.map((row) => row.userId));
  return sharing.map((row) => ({ userId: row.userId, email: row.email, level: levelOf(row.level), workspace: sharedWorkspace(row.chosen, owned.get(row.userId) ?? []) }));
}

/** Forgets a grant (someone leaving a cohort): rejoining later starts private again. */
export async function deleteConsent(db: AccountsDb, cohortId: string, userId: string): Promise<void> {
  await db.deleteFrom('cohort_consents').where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
}

/**
 * Workspaces of members who share more than nothing with a cohort where `userId` oversees them (owner, coach, viewer):
 * for each member and cohort, only the one workspace they show it.
 */
export async function workspacesSharedWith(db: AccountsDb, userId: string, overseeing: readonly string[]): Promise<{ id: string; name: string; createdAt: string; cohortId: string; level: ConsentLevel }[]> {
  const rows = await db
    .selectFrom('cohort_memberships as mine')
    .innerJoin('cohort_consents as consent', 'consent.cohort_id', 'mine.cohort_id')
    .innerJoin('cohort_memberships as theirs', (join) => join.onRef('theirs.cohort_id', '=', 'consent.cohort_id').onRef('theirs.user_id', '=', 'consent.user_id'))
    .innerJoin('users', 'users.user_id', 'consent.user_id')
    .innerJoin('user_workspaces', 'user_workspaces.user_id', 'consent.user_id')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
    .select(['workspaces.workspace_id as id', 'workspaces.name as name', 'user_workspaces.created_at as createdAt', 'consent.cohort_id as cohortId', 'consent.level as level', 'consent.user_id as userId', 'consent.shared_workspace as chosen'])
    .where('mine.user_id', '=', userId)
    .where('mine.role', 'in', [...overseeing])
    .where('consent.user_id', '!=', userId)
    .where('consent.level', '!=', 'nothing')
    .where('users.disabled', '=', 0)
    .orderBy('workspaces.name')
    .orderBy('consent.cohort_id')
    .execute();
  const owned = await ownedWorkspaceIds(db, [...new Set(rows.map((row) => row.userId))]);
  return rows
    .filter((row) => sharedWorkspace(row.chosen, owned.get(row.userId) ?? []) === row.id)
    .map((row) => ({ id: row.id, name: row.name, createdAt: row.createdAt, cohortId: row.cohortId, level: levelOf(row.level) }));
}

/** Each person's workspaces by name, as workspacesOwnedBy lists them: what sharedWorkspace() picks the first of. */
export async function ownedWorkspaceIds(db: AccountsDb, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const owned = new Map<string, string[]>();
  if (userIds.length === 0) return owned;
  const rows = await db
    .selectFrom('user_workspaces')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
    .select(['user_workspaces.user_id as userId', 'workspaces.workspace_id as id'])
    .where('user_workspaces.user_id', 'in', [...userIds])
    .orderBy('workspaces.name')
    .orderBy('workspaces.workspace_id')
    .execute();
  for (const row of rows) owned.set(row.userId, [...(owned.get(row.userId) ?? []), row.id]);
  return owned;
}
