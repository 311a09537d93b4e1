// Who is calling: a personal API token (Authorization: Bearer) or a session cookie. Cookie sessions must prove every
// change with the CSRF header; token requests need not (a browser never adds a token by itself).
import type { Context, MiddlewareHandler } from 'hono';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { userForToken } from '../../app/accounts/api-tokens.ts';
import { secretsMatch } from '../../app/accounts/secrets.ts';
import { sessionUser } from '../../app/accounts/sessions.ts';
import type { UserRecord } from '../../store/accounts/users-repo.ts';
import { HttpError } from '../http-errors.ts';
import { presentedToken, TOKEN_HEADER } from '../middleware/token-auth.ts';
import { CSRF_HEADER, readSessionCookie } from './session-cookies.ts';

export interface Caller {
  user: UserRecord;
  via: 'token' | 'session';
  /** The session cookie's value (to end it on sign-out), when signed in through the browser. */
  sessionId: string | null;
  csrfToken: string | null;
  ip: string;
}

export type CallerEnv = { Variables: { caller: Caller; ip: string } };

/** Methods that change nothing by HTTP's rules; every other method needs the CSRF header on a cookie session. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const BAD_TOKEN = 'the API token is unknown, revoked, or its account is disabled; make a new one with "referable token create EMAIL"';

/**
 * The token a request is to be judged by alone ('' when its Authorization header holds none usable), or null when it
 * presents none and a session cookie may count. A request that names a token never falls back to a cookie.
 */
export function namedToken(c: Context): string | null {
  const authorization = c.req.header('authorization');
  const custom = c.req.header(TOKEN_HEADER);
  const token = authorization !== undefined || custom !== undefined ? presentedToken(authorization, custom) : null;
  return token !== null || authorization !== undefined ? (token ?? '') : null;
}

/** The caller a token's holder is, or UNAUTHORIZED when the token was refused (null). */
export function tokenCaller(c: Context, user: UserRecord | null): Caller {
  if (!user) throw new HttpError('UNAUTHORIZED', BAD_TOKEN);
  return { user, via: 'token', sessionId: null, csrfToken: null, ip: c.get('ip') };
}

/**
 * The caller a signed-in browser is, or UNAUTHORIZED when it has no session or its session was refused (null); a
 * change must carry the CSRF header matching the session's token.
 */
export function sessionCaller(c: Context, sessionId: string | null | undefined, session: { user: UserRecord; csrfToken: string } | null): Caller {
  if (!session || !sessionId) throw new HttpError('UNAUTHORIZED', 'sign in first (POST /api/session with your email and password), or send "Authorization: Bearer <token>" with a personal API token');
  if (!SAFE_METHODS.has(c.req.method)) {
    const presented = c.req.header(CSRF_HEADER) ?? '';
    if (!presented || !secretsMatch(presented, session.csrfToken)) {
      throw new HttpError('FORBIDDEN', `a change from a signed-in browser must carry the ${CSRF_HEADER} header (the value of the referable_csrf cookie)`);
    }
  }
  return { user: session.user, via: 'session', sessionId, csrfToken: session.csrfToken, ip: c.get('ip') };
}

/**
 * Resolves the caller and stores it; `open(method, path)` names the routes anyone may call (health, sign-in...). A
 * caller already stored was resolved by a route's own check mounted before this one, by the same rules
 * (cohortPageCaller: the credential and the route's first read in one statement).
 */
export function callerAuth(accounts: AccountsContext, open: (method: string, path: string) => boolean): MiddlewareHandler<CallerEnv> {
  return async (c, next) => {
    // Open routes look at no credentials: signing in while holding an old (perhaps planted) cookie must work.
    if (open(c.req.method, c.req.path) || c.get('caller') !== undefined) return next();
    const token = namedToken(c);
    if (token !== null) {
      c.set('caller', tokenCaller(c, token ? await userForToken(accounts, token) : null));
    } else {
      const sessionId = readSessionCookie(c);
      c.set('caller', sessionCaller(c, sessionId, sessionId ? await sessionUser(accounts, sessionId) : null));
    }
    return next();
  };
}
