// Signing in and out: argon2id check, lockout after repeated failures, a fresh session id every time (no fixation).
import { ReferableError } from '../../core/errors.ts';
import type { AccountsDb } from '../../store/accounts/account-schema.ts';
import { deleteExpiredSessions, deleteSession, findSession, findSessionWithUser, insertSession, touchSession, type SessionWithUser } from '../../store/accounts/sessions-repo.ts';
import { findUserByEmail, findUserById, type UserRecord } from '../../store/accounts/users-repo.ts';
import { audit, type AccountsContext } from './accounts-context.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const SESSION_DEFAULTS = {
  /** A session ends this long after sign-in, however active. */
  lifetimeMs: 7 * 24 * 3600_000,
  /** ...or after this long without a request. */
  idleMs: 12 * 3600_000,
  /** last_seen_at is written at most this often (not one write per request). */
  touchMs: 60_000,
};

export interface SignedIn {
  /** The cookie value: never stored, only its hash. */
  sessionId: string;
  /** The double-submit token the browser sends back in X-CSRF-Token on every change. */
  csrfToken: string;
  user: UserRecord;
  expiresAt: string;
}

const WRONG = 'the email or password is wrong';

/**
 * Checks the password and opens a new session. Unknown emails, wrong passwords and disabled accounts all count as
 * failures and answer alike (with the same argon2 work), so a caller learns nothing about which accounts exist.
 * `previousSessionId`, when the browser had one, is ended: a session id planted before sign-in is never promoted.
 */
export async function signIn(ctx: AccountsContext, input: { email: string; password: string; ip: string; previousSessionId?: string | null }): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const actor = { userId: '', ip: input.ip };
  const locked = ctx.throttle.lockout(email, input.ip, now.getTime());
  if (locked) {
    await audit(ctx, actor, 'sign-in-failure', email, { reason: `locked (${locked.scope})` });
    throw lockedError(locked.until, now.getTime());
  }
  const user = await findUserByEmail(ctx.db, email);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !matches || user.disabled) {
    const started = ctx.throttle.fail(email, input.ip, now.getTime());
    await audit(ctx, actor, 'sign-in-failure', email, { reason: !user ? 'unknown account' : !matches ? 'wrong password' : 'disabled account' });
    if (started) throw lockedError(started.until, now.getTime());
    throw new ReferableError('UNAUTHORIZED', WRONG);
  }
  ctx.throttle.succeed(email);
  if (input.previousSessionId) await deleteSession(ctx.db, hashSecret(input.previousSessionId));
  await deleteExpiredSessions(ctx.db, now.toISOString());
  const sessionId = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DEFAULTS.lifetimeMs).toISOString();
  await insertSession(ctx.db, { hash: hashSecret(sessionId), userId: user.id, csrfSecret: csrfToken, createdAt: now.toISOString(), expiresAt, lastSeenAt: now.toISOString(), ip: input.ip });
  await audit(ctx, { userId: user.id, ip: input.ip }, 'sign-in', email);
  return { sessionId, csrfToken, user, expiresAt };
}

function lockedError(until: number, now: number): ReferableError {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return new ReferableError('RATE_LIMITED', `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, { retryAfterSeconds: Math.ceil((until - now) / 1000) });
}

/** The account and CSRF token behind a session cookie, or null when it is unknown, expired, idle too long or disabled. */
export async function sessionUser(ctx: AccountsContext, sessionId: string): Promise<{ user: UserRecord; csrfToken: string } | null> {
  const found = await sessionHolder(ctx, sessionId, findSessionWithUser);
  return found ? { user: found.user, csrfToken: found.session.csrfSecret } : null;
}

/**
 * The session behind a cookie and its account as `find` reads them by the cookie's hash (findSessionWithUser, or one
 * statement that reads a route's own rows beside them), or null when it is unknown, expired, idle too long or its
 * account disabled. An ended session is deleted; a live one's last use is stamped at most once a minute.
 */
export async function sessionHolder<Found extends SessionWithUser>(ctx: AccountsContext, sessionId: string, find: (db: AccountsDb, hash: string) => Promise<Found | null>): Promise<Found | null> {
  const hash = hashSecret(sessionId);
  const found = await find(ctx.db, hash);
  if (!found) return null;
  const { session, user } = found;
  const now = ctx.now().getTime();
  if (Date.parse(session.expiresAt) <= now || Date.parse(session.lastSeenAt) + SESSION_DEFAULTS.idleMs <= now) {
    await deleteSession(ctx.db, hash);
    return null;
  }
  if (user.disabled) return null;
  if (now - Date.parse(session.lastSeenAt) >= SESSION_DEFAULTS.touchMs) await touchSession(ctx.db, hash, new Date(now).toISOString());
  return found;
}

export async function signOut(ctx: AccountsContext, sessionId: string, ip: string): Promise<void> {
  const hash = hashSecret(sessionId);
  const session = await findSession(ctx.db, hash);
  if (!session) return;
  await deleteSession(ctx.db, hash);
  const user = await findUserById(ctx.db, session.userId);
  await audit(ctx, { userId: session.userId, ip }, 'sign-out', user?.email ?? '');
}
