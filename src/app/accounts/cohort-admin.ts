// Running a cohort from the dashboard: a signed-in person creates one (and owns it), its owners and coaches invite
// people and take them out, its overseers read who is in it. The same use cases as the CLI's `referable cohort ...`
// (app/accounts/cohorts.ts), with the caller's role in the cohort checked first: the CLI's administrator needs none.
import { COHORT_ROLES, type CohortRole } from '../../core/accounts/roles.ts';
import { OVERSEEING_ROLES } from '../../core/accounts/workspace-access.ts';
import { ReferableError } from '../../core/errors.ts';
import { cohortMembers, findOrganisation, rolesInOrganisation, type CohortMember, type CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { expireInvitation, pendingInvitations } from '../../store/accounts/invitations-repo.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { createCohort, inviteToCohort, removeFromCohort } from './cohorts.ts';
import { cohortOfMember } from './consents.ts';

/** Who may invite and remove people: a cohort's owners and coaches (a viewer reads, a member is a job seeker). */
export const MANAGING_ROLES: readonly CohortRole[] = ['owner', 'coach'];
/** The roles a coach may hand out; only an owner makes another owner. */
const COACH_GRANTS: readonly CohortRole[] = ['coach', 'member', 'viewer'];

export interface Roster {
  cohort: { id: string; name: string; organisation: string };
  /** The caller's own role in the cohort. */
  role: CohortRole;
  /** Whether the caller may invite and remove people. */
  canManage: boolean;
  members: CohortMember[];
  /** Invitations not yet used nor expired; shown to owners and coaches only. */
  invitations: { id: string; email: string; role: CohortRole; createdAt: string; expiresAt: string }[];
}

async function roleIn(ctx: AccountsContext, userId: string, cohortRef: string, allowed: readonly CohortRole[], what: string): Promise<{ cohort: CohortRecord; role: CohortRole }> {
  const { cohort, role } = await cohortOfMember(ctx, cohortRef, userId);
  if (!allowed.includes(role as CohortRole)) throw new ReferableError('FORBIDDEN', `${what} in "${cohort.name}" is for its ${allowed.join(' and ')}s: you are a ${role} there`);
  return { cohort, role: role as CohortRole };
}

/**
 * A cohort created from the dashboard, owned by its creator. A new organisation is made for it; an existing one only
 * takes new cohorts from someone who already owns or coaches one of its cohorts (naming another firm's organisation
 * must not put a cohort in it).
 */
export async function createOwnCohort(ctx: AccountsContext, actor: Actor, name: string, organisation: string): Promise<CohortRecord> {
  const orgName = organisation.trim();
  if (!orgName || orgName.length > 100) throw new ReferableError('INVALID_INPUT', 'an organisation name needs 1 to 100 characters');
  const org = await findOrganisation(ctx.db, orgName);
  if (org && !(await rolesInOrganisation(ctx.db, org.id, actor.userId)).some((role) => MANAGING_ROLES.includes(role))) {
    throw new ReferableError('CONFLICT', `the organisation "${orgName}" already exists and you own or coach none of its cohorts: choose another name, or ask one of its owners to invite you as a coach`);
  }
  return createCohort(ctx, name, orgName, actor);
}

/** Who is in the cohort and who is invited, for its owners, coaches and viewers. */
export async function rosterOf(ctx: AccountsContext, userId: string, cohortRef: string): Promise<Roster> {
  const { cohort, role } = await roleIn(ctx, userId, cohortRef, OVERSEEING_ROLES, 'the member list');
  const canManage = MANAGING_ROLES.includes(role);
  const members = await cohortMembers(ctx.db, cohort.id);
  const invitations = canManage ? await pendingInvitations(ctx.db, cohort.id, ctx.now().toISOString()) : [];
  return {
    cohort: { id: cohort.id, name: cohort.name, organisation: cohort.orgName },
    role,
    canManage,
    members,
    invitations: invitations.map(({ id, email, role: invited, createdAt, expiresAt }) => ({ id, email, role: invited, createdAt, expiresAt })),
  };
}

/** A one-time invitation link's token (shown once), from an owner or coach of the cohort. */
export async function inviteAsManager(ctx: AccountsContext, actor: Actor, cohortRef: string, email: string, roleText: string): ReturnType<typeof inviteToCohort> {
  const { cohort, role } = await roleIn(ctx, actor.userId, cohortRef, MANAGING_ROLES, 'inviting people');
  const grants = role === 'owner' ? COHORT_ROLES : COACH_GRANTS;
  if (!(grants as readonly string[]).includes(roleText)) {
    throw new ReferableError(COHORT_ROLES.includes(roleText as CohortRole) ? 'FORBIDDEN' : 'INVALID_INPUT', `role "${roleText}": as a ${role} you may invite a ${grants.join(', a ')}`);
  }
  return inviteToCohort(ctx, actor, cohort.id, email, roleText);
}

/**
 * Takes someone out of the cohort (their account and workspace stay; what they shared stops being shared). A coach may
 * not remove an owner, and the last owner cannot leave a cohort without one.
 */
export async function removeAsManager(ctx: AccountsContext, actor: Actor, cohortRef: string, memberUserId: string): Promise<CohortMember> {
  const { cohort, role } = await roleIn(ctx, actor.userId, cohortRef, MANAGING_ROLES, 'removing people');
  const members = await cohortMembers(ctx.db, cohort.id);
  const member = members.find((entry) => entry.userId === memberUserId);
  if (!member) throw new ReferableError('NOT_FOUND', `there is nobody with the id "${memberUserId}" in "${cohort.name}"`);
  if (member.role === 'owner' && role !== 'owner') throw new ReferableError('FORBIDDEN', `only an owner of "${cohort.name}" can remove an owner`);
  if (member.role === 'owner' && members.filter((entry) => entry.role === 'owner').length === 1) {
    throw new ReferableError('CONFLICT', `${member.email} is the only owner of "${cohort.name}": invite another owner first`);
  }
  await removeFromCohort(ctx, actor, cohort.id, member.email);
  return member;
}

/** Cancels an open invitation (sent to the wrong address, or no longer wanted): its link stops working at once. */
export async function revokeInvitationAsManager(ctx: AccountsContext, actor: Actor, cohortRef: string, invitationId: string): Promise<{ id: string; email: string; role: CohortRole }> {
  const { cohort } = await roleIn(ctx, actor.userId, cohortRef, MANAGING_ROLES, 'cancelling invitations');
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await expireInvitation(trx, cohort.id, invitationId, ctx.now().toISOString());
    if (!ended) throw new ReferableError('NOT_FOUND', `"${cohort.name}" has no open invitation "${invitationId}"`);
    await audit({ ...ctx, db: trx }, actor, 'invitation-revoke', ended.email, { cohort: cohort.id, role: ended.role });
    return { id: ended.id, email: ended.email, role: ended.role };
  });
}
