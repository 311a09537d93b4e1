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
