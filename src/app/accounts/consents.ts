// A member's consent per cohort: shown plainly, changed at any time by the member (or an administrator at the CLI),
// every change in the audit log. Pooled views read the grant on every request, so a change shows at once.
import { CONSENT_DESCRIPTIONS, parseConsentLevel, type ConsentLevel } from '../../core/accounts/consent.ts';
import { ReferableError } from '../../core/errors.ts';
import { findCohortsWithRole, type CohortRecord } from '../../store/accounts/cohorts-repo.ts';
import { consentOf, consentsOfUser, ownedWorkspaceIds, putConsent, sharedWorkspace } from '../../store/accounts/consents-repo.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { theCohort } from './cohorts.ts';
import { workspaceOwner } from '../../store/accounts/user-workspaces-repo.ts';
import { requireUser } from './users.ts';
import { emailOf } from './workspaces.ts';

export interface ConsentView {
  cohort: { id: string; name: string; organisation: string };
  role: string;
  level: ConsentLevel;
  /** Which of the member's workspaces the cohort sees (chosen, else their first); null when they have none yet. */
  workspace: string | null;
  /** What the level shows the cohort, in words. */
  means: string;
  changedAt: string;
  /** Who changed it last: 'you', 'an administrator', or '' when never set. */
  changedBy: string;
}

function view(cohort: { id: string; name: string; organisation: string }, role: string, grant: { level: ConsentLevel; workspace: string; changedAt: string; changedBy: string }, userId: string, owned: readonly string[]): ConsentView {
  const changedBy = grant.changedAt === '' ? '' : grant.changedBy === userId ? 'you' : grant.changedBy === '' ? 'an administrator' : 'another account';
  return { cohort: { id: cohort.id, name: cohort.name, organisation: cohort.organisation }, role, level: grant.level, workspace: sharedWorkspace(grant.workspace, owned), means: CONSENT_DESCRIPTIONS[grant.level], changedAt: grant.changedAt, changedBy };
}

/** A cohort the person belongs to (NOT_FOUND otherwise: a cohort they are not in is none of their business). */
export async function cohortOfMember(ctx: AccountsContext, cohortRef: string, userId: string): Promise<{ cohort: CohortRecord; role: string }> {
  // The cohort and the caller's role in one round trip: every cohort request starts here.
  const found = await findCohortsWithRole(ctx.db, cohortRef, userId);
  const notIn = () => new ReferableError('NOT_FOUND', `you are not in a cohort "${cohortRef}"`);
  if (found.length === 0) throw notIn();
  const { role, ...cohort } = theCohort(found, cohortRef);
  if (!role) throw notIn();
  return { cohort, role };
}

/** Every cohort the person is in, with what they share with it. */
export async function consentsFor(ctx: AccountsContext, userId: string): Promise<ConsentView[]> {
  const owned = await ownedBy(ctx, userId);
  return (await consentsOfUser(ctx.db, userId)).map((grant) => view({ id: grant.cohortId, name: grant.cohortName, organisation: grant.organisation }, grant.role, grant, userId, owned));
}

async function ownedBy(ctx: Pick<AccountsContext, 'db'>, userId: string): Promise<string[]> {
  return (await ownedWorkspaceIds(ctx.db, [userId])).get(userId) ?? [];
}

/**
 * Sets what `userId` shares with the cohort, and which of their workspaces it sees (`workspace`, which must be theirs;
 * left out, the one chosen before stays). `actor` is the member themselves (API) or an administrator (CLI).
 */
export async function setConsent(ctx: AccountsContext, actor: Actor, userId: string, cohortRef: string, levelText: string, workspace?: string): Promise<ConsentView> {
  const level = parseConsentLevel(levelText);
  const { cohort, role } = await cohortOfMember(ctx, cohortRef, userId);
  const owned = await ownedBy(ctx, userId);
  if (workspace !== undefined && !owned.includes(workspace)) throw new ReferableError('NOT_FOUND', `there is no workspace "${workspace}" among yours`);
  const at = ctx.now().toISOString();
  const grant = await ctx.db.transaction().execute(async (trx) => {
    const before = await consentOf(trx, cohort.id, userId);
    const next = { cohortId: cohort.id, userId, level, workspace: workspace ?? before.workspace, changedBy: actor.userId, changedAt: at };
    await putConsent(trx, next);
    const details: Record<string, string> = { cohort: cohort.id, from: before.level, to: level };
    const sharedBefore = sharedWorkspace(before.workspace, owned);
    const sharedNow = sharedWorkspace(next.workspace, owned);
    if (sharedBefore !== sharedNow) Object.assign(details, { workspaceFrom: sharedBefore ?? '', workspaceTo: sharedNow ?? '' });
    await audit({ ...ctx, db: trx }, actor, 'consent-change', await emailOf({ ...ctx, db: trx }, userId), details);
    return next;
  });
  return view({ id: cohort.id, name: cohort.name, organisation: cohort.orgName }, role, grant, userId, owned);
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
