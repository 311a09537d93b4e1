// A cohort's job seekers in one statement, whatever its size: each member with their consent to it, the workspace the
// cohort sees (the one they chose, else their first by name: sharedWorkspace) and that workspace's data version. The
// coach's cohort page reads this on every request to know which members' kept facts still stand.
import type { ConsentLevel } from '../../core/accounts/consent.ts';
import type { AccountsDb } from './account-schema.ts';
import { levelOf, sharedWorkspace } from './consents-repo.ts';

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

/** Members with the role 'member' (the cohort's job seekers), ordered by email as cohortMembers orders them. */
export async function cohortRoster(db: AccountsDb, cohortId: string): Promise<RosterMember[]> {
  // One statement: each member once per workspace they own (none: once, with nulls), their workspaces by name as
  // ownedWorkspaceIds lists them, so sharedWorkspace() picks the same one the pooled views do.
  const rows = await db
    .selectFrom('cohort_memberships')
    .innerJoin('users', 'users.user_id', 'cohort_memberships.user_id')
    .leftJoin('user_workspaces', 'user_workspaces.user_id', 'cohort_memberships.user_id')
    .leftJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
    .select(['users.user_id as userId', 'users.email as email', 'cohort_memberships.created_at as since', 'workspaces.workspace_id as owned', 'workspaces.data_version as dataVersion'])
    // The consent by its primary key, row by row: joined instead, a planner without statistics (a new database, no
    // autovacuum yet) rescans the cohort's consents once per member, 20,000 rows for 200 members on every request.
    .select((eb) => {
      const consent = () => eb.selectFrom('cohort_consents').whereRef('cohort_consents.cohort_id', '=', 'cohort_memberships.cohort_id').whereRef('cohort_consents.user_id', '=', 'cohort_memberships.user_id');
      return [consent().select('cohort_consents.level').as('level'), consent().select('cohort_consents.shared_workspace').as('chosen')];
    })
    .where('cohort_memberships.cohort_id', '=', cohortId)
    .where('cohort_memberships.role', '=', 'member')
    .orderBy('users.email')
    .orderBy('users.user_id')
    .orderBy('workspaces.name')
    .orderBy('workspaces.workspace_id')
    .execute();
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
    const workspaces = owned.get(member.userId)!;
    const workspace = sharedWorkspace(member.chosen ?? '', workspaces.map((mine) => mine.id));
    return {
      userId: member.userId,
      email: member.email,
      since: member.since,
      level: levelOf(member.level ?? undefined),
      workspace,
      dataVersion: workspaces.find((mine) => mine.id === workspace)?.dataVersion ?? 0,
    };
  });
}
