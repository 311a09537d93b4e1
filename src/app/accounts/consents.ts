// A member's consent per cohort: shown plainly, changed at any time by the member (or an administrator at the CLI),
// every change in the audit log. Pooled views read the grant on every request, so a change shows at once.
import { CONSENT_DESCRIPTIONS, parseConsentLevel, type ConsentLevel } from '../../core/accounts/consent.ts';
import { ReferableError } from '../../core/errors.ts';
import { membershipRole, type CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { consentOf, consentsOfUser, putConsent } from '../../store/accounts/consents-repo.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { requireCohort } from './cohorts.ts';
import { workspaceOwner } from '../../store/accounts/user-workspaces-repo.ts';
import { requireUser } from './users.ts';
import { emailOf } from './workspaces.ts';

export interface ConsentView {
  cohort: { id: string; name: string; organisation: string };
  role: string;
  level: ConsentLevel;
  /** What the level shows the cohort, in words. */
  means: string;
  changedAt: string;
  /** Who changed it last: 'you', 'an administrator', or '' when never set. */
  changedBy: string;
}

function view(cohort: { id: string; name: string; organisation: string }, role: string, grant: { level: ConsentLevel; changedAt: string; changedBy: string }, userId: string): ConsentView {
  const changedBy = grant.changedAt === '' ? '' : grant.changedBy === userId ? 'you' : grant.changedBy === '' ? 'an administrator' : 'another account';
  return { cohort: { id: cohort.id, name: cohort.name, organisation: cohort.organisation }, role, level: grant.level, means: CONSENT_DESCRIPTIONS[grant.level], changedAt: grant.changedAt, changedBy };
}

/** A cohort the person belongs to (NOT_FOUND otherwise: a cohort they are not in is none of their business). */
export async function cohortOfMember(ctx: AccountsContext, cohortRef: string, userId: string): Promise<{ cohort: CohortRecord; role: string }> {
  const cohort = await requireCohort(ctx, cohortRef).catch((error: unknown) => {
    if (error instanceof ReferableError && error.code === 'NOT_FOUND') throw new ReferableError('NOT_FOUND', `you are not in a cohort "${cohortRef}"`);
    throw error;
  });
  const role = await membershipRole(ctx.db, cohort.id, userId);
  if (!role) throw new ReferableError('NOT_FOUND', `you are not in a cohort "${cohortRef}"`);
  return { cohort, role };
}

/** Every cohort the person is in, with what they share with it. */
export async function consentsFor(ctx: AccountsContext, userId: string): Promise<ConsentView[]> {
  return (await consentsOfUser(ctx.db, userId)).map((grant) => view({ id: grant.cohortId, name: grant.cohortName, organisation: grant.organisation }, grant.role, grant, userId));
}

/** Sets what `userId` shares with the cohort. `actor` is the member themselves (API) or an administrator (CLI). */
export async function setConsent(ctx: AccountsContext, actor: Actor, userId: string, cohortRef: string, levelText: string): Promise<ConsentView> {
  const level = parseConsentLevel(levelText);
  const { cohort, role } = await cohortOfMember(ctx, cohortRef, userId);
  const at = ctx.now().toISOString();
  const grant = await ctx.db.transaction().execute(async (trx) => {
    const before = await consentOf(trx, cohort.id, userId);
    const next = { cohortId: cohort.id, userId, level, changedBy: actor.userId, changedAt: at };
    await putConsent(trx, next);
    await audit({ ...ctx, db: trx }, actor, 'consent-change', await emailOf({ ...ctx, db: trx }, userId), { cohort: cohort.id, from: before.level, to: level });
    return next;
  });
  return view({ id: cohort.id, name: cohort.name, organisation: cohort.orgName }, role, grant, userId);
}

/** Whose consent an administrator means at the CLI: the account named, or the owner of the workspace named. */
export async function consentSubject(ctx: AccountsContext, who: { email?: string; workspace?: string }): Promise<{ id: string; email: string }> {
  if (who.email) {
    const user = await requireUser(ctx, who.email);
    return { id: user.id, email: user.email };
  }
  const owner = who.workspace ? await workspaceOwner(ctx.db, who.workspace) : null;
  if (!owner) throw new ReferableError('INVALID_INPUT', `name the member with --user EMAIL (the workspace "${who.workspace ?? ''}" has no owner)`);
  return { id: owner, email: await emailOf(ctx, owner) };
}
