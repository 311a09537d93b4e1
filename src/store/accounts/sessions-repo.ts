// Signed-in browser sessions, stored by the hash of their cookie value.
import type { AccountsDb } from './account-schema.ts';
import { namedStatement } from '../dialects/named-statements.ts';
import { reusedStatement } from '../dialects/reused-statements.ts';
import { JOINED_USER_COLUMNS, joinedUserOf, type JoinedUserRow, type UserRecord } from './users-repo.ts';

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
  return row ? toSession(row) : null;
}

type SessionRow = { session_hash: string; user_id: string; csrf_secret: string; created_at: string; expires_at: string; last_seen_at: string; ip: string };

function toSession(row: SessionRow): SessionRecord {
  return { hash: row.session_hash, userId: row.user_id, csrfSecret: row.csrf_secret, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at, ip: row.ip };
}

/** The session whose hash is `hash`, with its account's columns beside its own: a query to send, or to extend. */
export function sessionWithUserQuery(db: AccountsDb, hash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.user_id', 'sessions.user_id')
    .select(['sessions.session_hash', 'sessions.user_id', 'sessions.csrf_secret', 'sessions.created_at', 'sessions.expires_at', 'sessions.last_seen_at', 'sessions.ip'])
    .select(JOINED_USER_COLUMNS)
    .where('sessions.session_hash', '=', hash);
}

export type SessionWithUser = { session: SessionRecord; user: UserRecord };

/** A row of sessionWithUserQuery as the session and its account. */
export function sessionWithUserOf(row: SessionRow & JoinedUserRow): SessionWithUser {
  return { session: toSession(row), user: joinedUserOf(row) };
}

/**
 * The session and its account in one round trip: every request from a signed-in browser starts here. Built once and
 * named, as findTokenWithUser is (dialects/reused-statements.ts, named-statements.ts).
 */
const sessionWithUser = reusedStatement(sessionWithUserQuery);

export async function findSessionWithUser(db: AccountsDb, hash: string): Promise<SessionWithUser | null> {
  const [row] = (await db.executeQuery(namedStatement('referable_session_with_user', sessionWithUser(db, hash)))).rows;
  return row ? sessionWithUserOf(row) : null;
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
