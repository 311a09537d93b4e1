// Organisations hold cohorts; a cohort's members each hold one role in it.
import type { CohortRole } from '../../core/accounts/roles.ts';
import type { AccountsDb } from './account-schema.ts';

export interface CohortRecord {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  createdAt: string;
}

export interface CohortMember {
  userId: string;
  email: string;
  role: CohortRole;
  disabled: boolean;
  since: string;
}

export async function findOrganisation(db: AccountsDb, name: string): Promise<{ id: string; name: string } | null> {
  const row = await db.selectFrom('organisations').select(['org_id as id', 'name']).where('name', '=', name).executeTakeFirst();
  return row ?? null;
}

export async function insertOrganisation(db: AccountsDb, id: string, name: string, at: string): Promise<void> {
  await db.insertInto('organisations').values({ org_id: id, name, created_at: at }).execute();
}

export async function insertCohort(db: AccountsDb, cohort: Omit<CohortRecord, 'orgName'>): Promise<void> {
  await db.insertInto('cohorts').values({ cohort_id: cohort.id, org_id: cohort.orgId, name: cohort.name, created_at: cohort.createdAt }).execute();
}

/** Cohorts named `name` (or with that id), in any organisation: the caller decides what several mean. */
export async function findCohorts(db: AccountsDb, name: string): Promise<CohortRecord[]> {
  return db
    .selectFrom('cohorts')
    .innerJoin('organisations', 'organisations.org_id', 'cohorts.org_id')
    .select(['cohorts.cohort_id as id', 'cohorts.org_id as orgId', 'organisations.name as orgName', 'cohorts.name as name', 'cohorts.created_at as createdAt'])
    .where((eb) => eb.or([eb('cohorts.name', '=', name), eb('cohorts.cohort_id', '=', name)]))
    .orderBy('organisations.name')
    .execute();
}

/** Cohorts named `name` (or with that id), each with `userId`'s role there (null when not in it): one round trip. */
export async function findCohortsWithRole(db: AccountsDb, name: string, userId: string): Promise<(CohortRecord & { role: CohortRole | null })[]> {
  const rows = await db
    .selectFrom('cohorts')
    .innerJoin('organisations', 'organisations.org_id', 'cohorts.org_id')
    .leftJoin('cohort_memberships', (join) => join.onRef('cohort_memberships.cohort_id', '=', 'cohorts.cohort_id').on('cohort_memberships.user_id', '=', userId))
    .select(['cohorts.cohort_id as id', 'cohorts.org_id as orgId', 'organisations.name as orgName', 'cohorts.name as name', 'cohorts.created_at as createdAt', 'cohort_memberships.role as role'])
    .where((eb) => eb.or([eb('cohorts.name', '=', name), eb('cohorts.cohort_id', '=', name)]))
    .orderBy('organisations.name')
    .execute();
  return rows.map((row) => ({ ...row, role: (row.role as CohortRole | null) ?? null }));
}

export async function findCohortById(db: AccountsDb, id: string): Promise<CohortRecord | null> {
  const row = await db
    .selectFrom('cohorts')
    .innerJoin('organisations', 'organisations.org_id', 'cohorts.org_id')
    .select(['cohorts.cohort_id as id', 'cohorts.org_id as orgId', 'organisations.name as orgName', 'cohorts.name as name', 'cohorts.created_at as createdAt'])
    .where('cohorts.cohort_id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export async function membershipRole(db: AccountsDb, cohortId: string, userId: string): Promise<CohortRole | null> {
  const row = await db.selectFrom('cohort_memberships').select('role').where('cohort_id', '=', cohortId).where('user_id', '=', userId).executeTakeFirst();
  return (row?.role as CohortRole | undefined) ?? null;
}

/** Adds the person or changes their role. */
export async function putMembership(db: AccountsDb, cohortId: string, userId: string, role: CohortRole, at: string): Promise<void> {
  await db
    .insertInto('cohort_memberships')
    .values({ cohort_id: cohortId, user_id: userId, role, created_at: at })
    .onConflict((conflict) => conflict.columns(['cohort_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export async function deleteMembership(db: AccountsDb, cohortId: string, userId: string): Promise<number> {
  const result = await db.deleteFrom('cohort_memberships').where('cohort_id', '=', cohortId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function cohortMembers(db: AccountsDb, cohortId: string): Promise<CohortMember[]> {
  const rows = await db
    .selectFrom('cohort_memberships')
    .innerJoin('users', 'users.user_id', 'cohort_memberships.user_id')
    .select(['users.user_id as userId', 'users.email as email', 'cohort_memberships.role as role', 'users.disabled as disabled', 'cohort_memberships.created_at as since'])
    .where('cohort_memberships.cohort_id', '=', cohortId)
    .orderBy('users.email')
    .execute();
  return rows.map((row) => ({ ...row, role: row.role as CohortRole, disabled: Number(row.disabled) === 1 }));
}

/** The roles a person holds in the cohorts of one organisation (none when they are in none of them). */
export async function rolesInOrganisation(db: AccountsDb, orgId: string, userId: string): Promise<CohortRole[]> {
  const rows = await db
    .selectFrom('cohort_memberships')
    .innerJoin('cohorts', 'cohorts.cohort_id', 'cohort_memberships.cohort_id')
    .select('cohort_memberships.role as role')
    .where('cohorts.org_id', '=', orgId)
    .where('cohort_memberships.user_id', '=', userId)
    .execute();
  return rows.map((row) => row.role as CohortRole);
}
