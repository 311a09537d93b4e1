// Cohorts: created by an administrator, joined by one-time invitation links, each member with one role.
import { isCohortRole, COHORT_ROLES, type CohortRole } from '../../core/accounts/roles.ts';
import { ReferableError } from '../../core/errors.ts';
import {
  cohortMembers, deleteMembership, findCohortById, findCohorts, findOrganisation, insertCohort, insertOrganisation, membershipRole, putMembership,
  type CohortMember, type CohortRecord,
} from '../../store/accounts/cohorts-repo.ts';
import { deleteConsent } from '../../store/accounts/consents-repo.ts';
import { claimInvitation, findInvitation, insertInvitation } from '../../store/accounts/invitations-repo.ts';
import { workspacesOwnedBy } from '../../store/accounts/user-workspaces-repo.ts';
import { findUserByEmail, findUserById, insertUser } from '../../store/accounts/users-repo.ts';
import { audit, normalEmail, type AccountsContext, type Actor } from './accounts-context.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { requireUser } from './users.ts';
import { createOwnedWorkspace } from './workspaces.ts';

export const INVITATION_DAYS = 14;
export const DEFAULT_ORGANISATION = 'default';

/**
 * Creates a cohort in an organisation (made if new). An administrator at the CLI creates it with nobody in it; someone
 * creating it from the dashboard passes themselves as `owner` and becomes its owner in the same transaction (audited).
 */
export async function createCohort(ctx: AccountsContext, name: string, orgName = DEFAULT_ORGANISATION, owner?: Actor): Promise<CohortRecord> {
  const cohortName = name.trim();
  if (!cohortName || cohortName.length > 100) throw new ReferableError('INVALID_INPUT', 'a cohort name needs 1 to 100 characters');
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    let org = await findOrganisation(trx, orgName);
    if (!org) {
      org = { id: ctx.newId(), name: orgName };
      await insertOrganisation(trx, org.id, org.name, at);
    }
    const clash = (await findCohorts(trx, cohortName)).find((cohort) => cohort.orgId === org.id && cohort.name === cohortName);
    if (clash) throw new ReferableError('CONFLICT', `the organisation "${org.name}" already has a cohort "${cohortName}"`);
    const cohort = { id: ctx.newId(), orgId: org.id, name: cohortName, createdAt: at };
    await insertCohort(trx, cohort);
    if (owner) {
      await putMembership(trx, cohort.id, owner.userId, 'owner', at);
      const email = (await findUserById(trx, owner.userId))?.email ?? owner.userId;
      await audit({ ...ctx, db: trx }, owner, 'role-change', email, { cohort: cohort.id, from: null, to: 'owner' });
    }
    return { ...cohort, orgName: org.name };
  });
}

/** A cohort by name or id; a name several organisations use is AMBIGUOUS (give the id, listed in the message). */
export async function requireCohort(ctx: AccountsContext, name: string): Promise<CohortRecord> {
  return theCohort(await findCohorts(ctx.db, name), name);
}

/** The one cohort `name` found; NOT_FOUND for none, AMBIGUOUS for several (the id then tells them apart). */
export function theCohort<T extends CohortRecord>(found: readonly T[], name: string): T {
  if (found.length === 0) throw new ReferableError('NOT_FOUND', `there is no cohort "${name}"; create it first`, undefined, { text: 'Create the cohort', command: `referable cohort create ${JSON.stringify(name)}` });
  if (found.length > 1) {
    throw new ReferableError('AMBIGUOUS', `several organisations have a cohort "${name}": ${found.map((cohort) => `${cohort.id} (${cohort.orgName})`).join(', ')}; give its id`);
  }
  return found[0];
}

function requireRole(role: string): CohortRole {
  if (!isCohortRole(role)) throw new ReferableError('INVALID_INPUT', `--role "${role}": use one of ${COHORT_ROLES.join(', ')}`);
  return role;
}

/** A one-time link's token (shown once, stored hashed), valid for INVITATION_DAYS. */
export async function inviteToCohort(ctx: AccountsContext, actor: Actor, cohortName: string, emailText: string, roleText: string): Promise<{ token: string; expiresAt: string; cohort: CohortRecord; email: string; role: CohortRole }> {
  const cohort = await requireCohort(ctx, cohortName);
  const email = normalEmail(emailText);
  const role = requireRole(roleText);
  const now = ctx.now();
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertInvitation(trx, { id: ctx.newId(), cohortId: cohort.id, email, role, createdAt: now.toISOString(), expiresAt, usedAt: '' }, hashSecret(token));
    await audit({ ...ctx, db: trx }, actor, 'invitation-create', email, { cohort: cohort.id, role });
  });
  return { token, expiresAt, cohort, email, role };
}

/**
 * Accepts an invitation: a new person sets their password here; someone with an account proves it with theirs.
 * A member without a workspace gets a private one. The link works once, before it expires.
 */
export async function acceptInvitation(ctx: AccountsContext, input: { token: string; password: string; ip: string }): Promise<{ email: string; cohort: CohortRecord; role: CohortRole; workspace: string | null }> {
  const invitation = await findInvitation(ctx.db, hashSecret(input.token));
  const now = ctx.now();
  if (!invitation || invitation.usedAt || Date.parse(invitation.expiresAt) <= now.getTime()) {
    throw new ReferableError('NOT_FOUND', 'this invitation link is unknown, used or expired; ask for a new one');
  }
  const cohort = await findCohortById(ctx.db, invitation.cohortId);
  if (!cohort) throw new ReferableError('NOT_FOUND', 'the cohort of this invitation no longer exists');
  let user = await findUserByEmail(ctx.db, invitation.email);
  if (user) {
    // Proving an existing account's password here counts toward the same lockout as the sign-in page.
    const locked = ctx.throttle.lockout(user.email, input.ip, now.getTime());
    if (locked) throw new ReferableError('RATE_LIMITED', 'too many failed sign-ins: try again later', { retryAfterSeconds: Math.ceil((locked.until - now.getTime()) / 1000) });
    if (user.disabled || !(await verifyPassword(user.passwordHash, input.password))) {
      ctx.throttle.fail(user.email, input.ip, now.getTime());
      throw new ReferableError('UNAUTHORIZED', `there is already an account for ${invitation.email}: give its password to join`);
    }
  }
  const passwordHash = user ? null : await hashPassword(input.password);
  const at = now.toISOString();
  const actor = { userId: user?.id ?? '', ip: input.ip };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await claimInvitation(trx, invitation.id, at))) throw new ReferableError('NOT_FOUND', 'this invitation link was just used; ask for a new one');
    if (!user) {
      user = { id: ctx.newId(), email: invitation.email, passwordHash: passwordHash!, disabled: false, createdAt: at };
      await insertUser(trx, user);
      actor.userId = user.id;
    }
    const before = await membershipRole(trx, cohort.id, user.id);
    await putMembership(trx, cohort.id, user.id, invitation.role, at);
    await audit({ ...ctx, db: trx }, actor, 'invitation-accept', invitation.email, { cohort: cohort.id, role: invitation.role });
    if (before !== invitation.role) await audit({ ...ctx, db: trx }, actor, 'role-change', invitation.email, { cohort: cohort.id, from: before, to: invitation.role });
  });
  let workspace: string | null = null;
  if (invitation.role === 'member' && (await workspacesOwnedBy(ctx.db, user!.id)).length === 0) {
    const slug = invitation.email.split('@')[0].replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 60) || 'member';
    workspace = (await createOwnedWorkspace(ctx, actor, `${slug}-${newSecret().slice(0, 6).replace(/[^A-Za-z0-9]/g, 'x')}`, invitation.email)).id;
  }
  return { email: invitation.email, cohort, role: invitation.role, workspace };
}

export async function membersOf(ctx: AccountsContext, cohortName: string): Promise<{ cohort: CohortRecord; members: CohortMember[] }> {
  const cohort = await requireCohort(ctx, cohortName);
  return { cohort, members: await cohortMembers(ctx.db, cohort.id) };
}

export async function removeFromCohort(ctx: AccountsContext, actor: Actor, cohortName: string, email: string): Promise<void> {
  const cohort = await requireCohort(ctx, cohortName);
  const user = await requireUser(ctx, email);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await membershipRole(trx, cohort.id, user.id);
    if (!before || (await deleteMembership(trx, cohort.id, user.id)) === 0) throw new ReferableError('NOT_FOUND', `${user.email} is not in the cohort "${cohort.name}"`);
    // Leaving a cohort ends what they shared with it; rejoining starts private again.
    await deleteConsent(trx, cohort.id, user.id);
    await audit({ ...ctx, db: trx }, actor, 'role-change', user.email, { cohort: cohort.id, from: before, to: null });
  });
}
