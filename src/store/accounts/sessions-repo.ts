// Signed-in browser sessions, stored by the hash of their cookie value.
import type { AccountsDb } from './account-schema.ts';

export interface SessionRecord {
  hash: string;
  userId: string;
  csrfSecret: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  ip: string;
}

export async function insertSession(db: AccountsDb, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      session_hash: session.hash,
      user_id: session.userId,
      csrf_secret: session.csrfSecret,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.lastSeenAt,
      ip: session.ip,
    })
    .execute();
}

export async function findSession(db: AccountsDb, hash: string): Promise<SessionRecord | null> {
  const row = await db.selectFrom('sessions').selectAll().where('session_hash', '=', hash).executeTakeFirst();
  return row
    ? { hash: row.session_hash, userId: row.user_id, csrfSecret: row.csrf_secret, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at, ip: row.ip }
    : null;
}

export async function touchSession(db: AccountsDb, hash: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('session_hash', '=', hash).execute();
}

export async function deleteSession(db: AccountsDb, hash: string): Promise<void> {
  await db.deleteFrom('sessions').where('session_hash', '=', hash).execute();
}

/** Signs a person out everywhere (their account was disabled). */
export async function deleteSessionsOf(db: AccountsDb, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: AccountsDb, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
