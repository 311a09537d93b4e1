// A cohort's job seekers, whatever its size: each member with their consent to it, the workspace the cohort sees (the
// one they chose, else their first by name: sharedWorkspace) and that workspace's data version. The coach's cohort
// page reads the roster's stamp (the cohort's roster version, in its row) on every request and the roster itself only
// when the stamp moved.
import { sql, type RawBuilder } from 'kysely';
import type { ConsentLevel } from '../../core/accounts/consent.ts';
import type { AccountsDb } from './account-schema.ts';
import { namedStatement } from '../dialects/named-statements.ts';
import { reusedStatement } from '../dialects/reused-statements.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import type { CohortRecord } from './cohorts-repo.ts';
import { levelOf, sharedWorkspace } from './consents-repo.ts';
import { sessionWithUserOf, sessionWithUserQuery, type SessionWithUser } from './sessions-repo.ts';
import { tokenWithUserOf, tokenWithUserQuery, type TokenWithUser } from './tokens-repo.ts';

export interface RosterMember {
  userId: string;
  email: string;
  /** When they joined the cohort (ISO). */
  since: string;
  level: ConsentLevel;
  /** The workspace this cohort sees, or null when they own none. */
  workspace: string | null;
  /** That workspace's data version (0 when none). */
  dataVersion: number;
}

/**
 * Members with the role 'member' (the cohort's job seekers), ordered by email as cohortMembers orders them. Two
 * statements side by side, the consents apart: joined to the members, or read per member by a subquery, PostgreSQL
 * rescans the cohort's consents once per member whichever way its statistics point (a nested loop without them, a
 * sequential scan of a small table with them): 40-70 ms of server time for 200 members on every page.
 */
export async function cohortRoster(db: AccountsDb, cohortId: string): Promise<RosterMember[]> {
  // Each member once per workspace they own (none: once, with nulls), their workspaces by name as ownedWorkspaceIds
  // lists them, so sharedWorkspace() picks the same one the pooled views do.
  const [rows, consents] = await Promise.all([
    db
      .selectFrom('cohort_memberships')
      .innerJoin('users', 'users.user_id', 'cohort_memberships.user_id')
      .leftJoin('user_workspaces', 'user_workspaces.user_id', 'cohort_memberships.user_id')
      .leftJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
      .select(['users.user_id as userId', 'users.email as email', 'cohort_memberships.created_at as since', 'workspaces.workspace_id as owned', 'workspaces.data_version as dataVersion'])
      .where('cohort_memberships.cohort_id', '=', cohortId)
      .where('cohort_memberships.role', '=', 'member')
      .orderBy('users.email')
      .orderBy('users.user_id')
      .orderBy('workspaces.name')
      .orderBy('workspaces.workspace_id')
      .execute(),
    db.selectFrom('cohort_consents').select(['user_id as userId', 'level', 'shared_workspace as chosen']).where('cohort_id', '=', cohortId).execute(),
  ]);
  const consentOf = new Map(consents.map((consent) => [consent.userId, consent]));
  const members: (typeof rows)[number][] = [];
  const owned = new Map<string, { id: string; dataVersion: number }[]>();
  for (const row of rows) {
    if (!owned.has(row.userId)) {
      owned.set(row.userId, []);
      members.push(row);
    }
    if (row.owned !== null) owned.get(row.userId)!.push({ id: row.owned, dataVersion: Number(row.dataVersion) });
  }
  return members.map((member) => {
    const consent = consentOf.get(member.userId);
    const workspaces = owned.get(member.userId)!;
    const workspace = sharedWorkspace(consent?.chosen ?? '', workspaces.map((mine) => mine.id));
    return {
      userId: member.userId,
      email: member.email,
      since: member.since,
      level: levelOf(consent?.level),
      workspace,
      dataVersion: workspaces.find((mine) => mine.id === workspace)?.dataVersion ?? 0,
    };
  });
}

/**
 * findCohortsWithRole and, in the same round trip, the roster's stamp of each cohort found where the caller holds one
 * of `stampedRoles` (null elsewhere: nothing for a cohort the caller may not see). The stamp is the cohort's roster
 * version, which PostgreSQL's triggers move on with every change to what cohortRoster reads (each member's email,
 * joining time, consent and chosen workspace, and every workspace they own with its name and data version: migration
 * 013), so the check is one row found by key. A few changes move it that change nothing shown (a write to a member's
 * workspace the cohort does not see), which only cost a reassembly.
 */
function cohortsWithStampQuery(db: AccountsDb, name: string, userId: string | RawBuilder<string>, stampedRoles: readonly CohortRole[]) {
  return db
    .selectFrom('cohorts')
    .innerJoin('organisations', 'organisations.org_id', 'cohorts.org_id')
    .leftJoin('cohort_memberships', (join) => join.onRef('cohort_memberships.cohort_id', '=', 'cohorts.cohort_id').on('cohort_memberships.user_id', '=', userId))
    .select(['cohorts.cohort_id as id', 'cohorts.org_id as orgId', 'organisations.name as orgName', 'cohorts.name as name', 'cohorts.created_at as createdAt', 'cohort_memberships.role as role'])
    .select((eb) =>
      eb
        .case()
        .when(sql<boolean>`cohort_memberships.role = any (${stampedRoles}::text[])`)
        .then(sql<string>`cohorts.roster_version::text`)
        .end()
        .as('rosterStamp'),
    )
    .where((eb) => eb.or([eb('cohorts.name', '=', name), eb('cohorts.cohort_id', '=', name)]));
}

export type CohortWithRosterStamp = CohortRecord & { role: CohortRole | null; rosterStamp: string | null };

type CohortWithStampRow = { id: string; orgId: string; orgName: string; name: string; createdAt: string; role: string | null; rosterStamp: string | null };
const withStamp = (row: CohortWithStampRow): CohortWithRosterStamp => ({ ...row, role: (row.role as CohortRole | null) ?? null, rosterStamp: row.rosterStamp ?? null });

// Built once (dialects/reused-statements.ts), and named, its text the same whatever the roles (an array parameter):
// PostgreSQL would otherwise plan it on every request, two thirds of its time (dialects/named-statements.ts).
const cohortsWithStamp = reusedStatement((db: AccountsDb, name: string, userId: string, stampedRoles: readonly CohortRole[]) =>
  cohortsWithStampQuery(db, name, userId, stampedRoles).orderBy('organisations.name'),
);

export async function cohortsWithRosterStamp(db: AccountsDb, name: string, userId: string, stampedRoles: readonly CohortRole[]): Promise<CohortWithRosterStamp[]> {
  const { rows } = await db.executeQuery(namedStatement('referable_cohorts_with_roster_stamp', cohortsWithStamp(db, name, userId, [...stampedRoles])));
  return rows.map(withStamp);
}

/**
 * findTokenWithUser (or findSessionWithUser) and, for the credential's holder, cohortsWithRosterStamp, in one statement:
 * each cohort found is a row, the credential's columns repeated (a row of nulls beside them when none is). A coach's
 * request for the cohort page then makes one round trip to PostgreSQL instead of two (three with a session): under
 * fifty coaches each one costs the server a socket write and a wake-up on both sides, a quarter of its time per page.
 */
const tokenWithCohortsStamp = reusedStatement((db: AccountsDb, hash: string, name: string, stampedRoles: readonly CohortRole[]) =>
  tokenWithUserQuery(db, hash)
    .leftJoinLateral(cohortsWithStampQuery(db, name, sql.ref<string>('api_tokens.user_id'), stampedRoles).as('seen'), (join) => join.onTrue())
    .selectAll('seen')
    .orderBy('seen.orgName'),
);
const sessionWithCohortsStamp = reusedStatement((db: AccountsDb, hash: string, name: string, stampedRoles: readonly CohortRole[]) =>
  sessionWithUserQuery(db, hash)
    .leftJoinLateral(cohortsWithStampQuery(db, name, sql.ref<string>('sessions.user_id'), stampedRoles).as('seen'), (join) => join.onTrue())
    .selectAll('seen')
    .orderBy('seen.orgName'),
);

/** The credential (as `credentialOf` makes it of a row) and the cohorts found beside it; null when no credential row is. */
function withCohorts<Row extends { id: string | null }, Credential>(rows: Row[], credentialOf: (row: Row) => Credential): (Credential & { cohorts: CohortWithRosterStamp[] }) | null {
  if (rows.length === 0) return null;
  return { ...credentialOf(rows[0]), cohorts: rows.filter((row) => row.id != null).map((row) => withStamp(row as unknown as CohortWithStampRow)) };
}

export async function findTokenWithCohortsStamp(db: AccountsDb, hash: string, name: string, stampedRoles: readonly CohortRole[]): Promise<(TokenWithUser & { cohorts: CohortWithRosterStamp[] }) | null> {
  return withCohorts((await db.executeQuery(namedStatement('referable_token_with_cohorts_stamp', tokenWithCohortsStamp(db, hash, name, [...stampedRoles])))).rows, tokenWithUserOf);
}

export async function findSessionWithCohortsStamp(db: AccountsDb, hash: string, name: string, stampedRoles: readonly CohortRole[]): Promise<(SessionWithUser & { cohorts: CohortWithRosterStamp[] }) | null> {
  return withCohorts((await db.executeQuery(namedStatement('referable_session_with_cohorts_stamp', sessionWithCohortsStamp(db, hash, name, [...stampedRoles])))).rows, sessionWithUserOf);
}
