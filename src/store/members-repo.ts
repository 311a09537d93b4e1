// Members: the people whose networks are in the workspace ("me", teammates, a coach's candidates).
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import { emptyProfile, type MemberProfile } from '../core/members/member-profile.ts';
import type { Database, MembersTable } from './schema.ts';

export interface Member {
  id: string;
  name: string;
  isMe: boolean;
  linkedinSlug: string;
  contactId: string | null;
  profile: MemberProfile;
  createdAt: string;
}

export function rowToMember(row: Selectable<MembersTable>): Member {
  let profile = emptyProfile();
  try {
    profile = { ...profile, ...(JSON.parse(row.profile) as Partial<MemberProfile>) };
  } catch {
    // a damaged profile blob must not hide the member
  }
  return { id: row.member_id, name: row.name, isMe: Number(row.is_me) === 1, linkedinSlug: row.linkedin_slug, contactId: row.contact_id, profile, createdAt: row.created_at };
}

async function listMembers(db: Kysely<Database>, workspaceId: string): Promise<Member[]> {
  const rows = await db.selectFrom('members').selectAll().where('workspace_id', '=', workspaceId).orderBy('is_me', 'desc').orderBy('created_at').orderBy('member_id').execute();
  return rows.map(rowToMember);
}

/** The member by name (case-insensitive), created on first use. The first member of a workspace is "me". */
async function ensureMember(db: Kysely<Database>, workspaceId: string, name: string, now: string, newId: () => string): Promise<Member> {
  const members = await listMembers(db, workspaceId);
  const found = members.find((member) => member.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const row: MembersTable = {
    workspace_id: workspaceId,
    member_id: newId(),
    name,
    is_me: members.some((member) => member.isMe) ? 0 : 1,
    linkedin_slug: '',
    contact_id: null,
    profile: JSON.stringify(emptyProfile()),
    created_at: now,
  };
  // Race-free first use even outside a write lock: a member created meanwhile by another writer wins, and is returned.
  await db.insertInto('members').values(row).onConflict((conflict) => conflict.columns(['workspace_id', 'name']).doNothing()).execute();
  const stored = await db.selectFrom('members').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirstOrThrow();
  return rowToMember(stored);
}

async function saveMemberProfile(db: Kysely<Database>, workspaceId: string, memberId: string, profile: MemberProfile, linkedinSlug: string, contactId: string | null): Promise<void> {
  await db
    .updateTable('members')
    .set({ profile: JSON.stringify(profile), linkedin_slug: linkedinSlug, contact_id: contactId })
    .where('workspace_id', '=', workspaceId)
    .where('member_id', '=', memberId)
    .execute();
}

/** Members bound to one workspace. */
export function membersRepo({ db, workspaceId }: RepoScope) {
  return {
    list: () => listMembers(db, workspaceId),
    ensure: (name: string, now: string, newId: () => string) => ensureMember(db, workspaceId, name, now, newId),
    saveProfile: (memberId: string, profile: MemberProfile, linkedinSlug: string, contactId: string | null) => saveMemberProfile(db, workspaceId, memberId, profile, linkedinSlug, contactId),
  };
}
export type MembersRepo = ReturnType<typeof membersRepo>;
