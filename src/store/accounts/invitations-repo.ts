// One-time invitation links into a cohort: stored by the hash of the link's token.
import type { CohortRole } from '../../core/accounts/roles.ts';
import type { AccountsDb } from './account-schema.ts';

export interface InvitationRecord {
  id: string;
  cohortId: string;
  email: string;
  role: CohortRole;
  createdAt: string;
  expiresAt: string;
  usedAt: string;
}

export async function insertInvitation(db: AccountsDb, invitation: InvitationRecord, tokenHash: string): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      invitation_id: invitation.id,
      token_hash: tokenHash,
      cohort_id: invitation.cohortId,
      email: invitation.email,
      role: invitation.role,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      used_at: '',
    })
    .execute();
}

export async function findInvitation(db: AccountsDb, tokenHash: string): Promise<InvitationRecord | null> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row
    ? { id: row.invitation_id, cohortId: row.cohort_id, email: row.email, role: row.role as CohortRole, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }
    : null;
}

/** Marks the invitation used; false when someone used it first (the link works once, also under a race). */
export async function claimInvitation(db: AccountsDb, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('invitations').set({ used_at: at }).where('invitation_id', '=', id).where('used_at', '=', '').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A cohort's invitations not yet used and not yet expired at `nowIso`, newest first (never their tokens). */
export async function pendingInvitations(db: AccountsDb, cohortId: string, nowIso: string): Promise<InvitationRecord[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['invitation_id', 'cohort_id', 'email', 'role', 'created_at', 'expires_at', 'used_at'])
    .where('cohort_id', '=', cohortId)
    .where('used_at', '=', '')
    .where('expires_at', '>', nowIso)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.invitation_id, cohortId: row.cohort_id, email: row.email, role: row.role as CohortRole, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }));
}

/** Ends an open invitation of the cohort now (its link then reads as expired); the invitation when there was one open. */
export async function expireInvitation(db: AccountsDb, cohortId: string, id: string, nowIso: string): Promise<InvitationRecord | null> {
  const row = await db
    .updateTable('invitations')
    .set({ expires_at: nowIso })
    .where('invitation_id', '=', id)
    .where('cohort_id', '=', cohortId)
    .where('used_at', '=', '')
    .where('expires_at', '>', nowIso)
    .returning(['invitation_id', 'cohort_id', 'email', 'role', 'created_at', 'expires_at', 'used_at'])
    .executeTakeFirst();
  return row ? { id: row.invitation_id, cohortId: row.cohort_id, email: row.email, role: row.role as CohortRole, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at } : null;
}
