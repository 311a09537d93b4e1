// A cohort's job seekers in two queries, whatever its size: each member with their consent to it, the workspace the
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
  const members = await db
    .selectFrom('cohort_memberships')
    .innerJoin('users', 'users.user_id', 'cohort_memberships.user_id')
    .leftJoin('cohort_consents', (join) => join.onRef('cohort_consents.cohort_id', '=', 'cohort_memberships.cohort_id').onRef('cohort_consents.user_id', '=', 'cohort_memberships.user_id'))
    .select(['users.user_id as userId', 'users.email as email', 'cohort_memberships.created_at as since', 'cohort_consents.level as level', 'cohort_consents.shared_workspace as chosen'])
    .where('cohort_memberships.cohort_id', '=', cohortId)
    .where('cohort_memberships.role', '=', 'member')
    .orderBy('users.email')
    .execute();
  if (members.length === 0) return [];
  const owned = await db
    .selectFrom('user_workspaces')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'user_workspaces.workspace_id')
    .select(['user_workspaces.user_id as userId', 'workspaces.workspace_id as id', 'workspaces.data_version as dataVersion'])
    .where('user_workspaces.user_id', 'in', members.map((member) => member.userId))
    .orderBy('workspaces.name')
    .orderBy('workspaces.workspace_id')
    .execute();
  const byUser = new Map<string, { id: string; dataVersion: number }[]>();
  for (const row of owned) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), { id: row.id, dataVersion: Number(row.dataVersion) }]);
  return members.map((member) => {
    const workspaces = byUser.get(member.userId) ?? [];
    const workspace = sharedWorkspace(member.chosen ?? '', workspaces.map((owned) => owned.id));
    return {
      userId: member.userId,
      email: member.email,
      since: member.since,
      level: levelOf(member.level ?? undefined),
      workspace,
      dataVersion: workspaces.find((owned) => owned.id === workspace)?.dataVersion ?? 0,
    };
  });
}
