// Who is calling: a personal API token (Authorization: Bearer) or a session cookie. Cookie sessions must prove every
// change with the CSRF header; token requests need not (a browser never adds a token by itself).
import type { MiddlewareHandler } from 'hono';
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

/** Resolves the caller and stores it; `open(method, path)` names the routes anyone may call (health, sign-in...). */
export function callerAuth(accounts: AccountsContext, open: (method: string, path: string) => boolean): MiddlewareHandler<CallerEnv> {
  return async (c, next) => {
    // Open routes look at no credentials: signing in while holding an old (perhaps planted) cookie must work.
    if (open(c.req.method, c.req.path)) return next();
    const ip = c.get('ip');
    const authorization = c.req.header('authorization');
    const token = authorization !== undefined || c.req.header(TOKEN_HEADER) !== undefined ? presentedToken(authorization, c.req.header(TOKEN_HEADER)) : null;
    if (token !== null || authorization !== undefined) {
      // A request that names a token is judged by it alone: a bad token never falls back to a cookie.
      const user = token ? await userForToken(accounts, token) : null;
      if (!user) throw new HttpError('UNAUTHORIZED', 'the API token is unknown, revoked, or its account is disabled; make a new one with "referable token create EMAIL"');
      c.set('caller', { user, via: 'token', sessionId: null, csrfToken: null, ip });
      return next();
    }
    const sessionId = readSessionCookie(c);
    const session = sessionId ? await sessionUser(accounts, sessionId) : null;
    if (session && sessionId) {
      if (!SAFE_METHODS.has(c.req.method)) {
        const presented = c.req.header(CSRF_HEADER) ?? '';
        if (!presented || !secretsMatch(presented, session.csrfToken)) {
          throw new HttpError('FORBIDDEN', `a change from a signed-in browser must carry the ${CSRF_HEADER} header (the value of the referable_csrf cookie)`);
        }
      }
      c.set('caller', { user: session.user, via: 'session', sessionId, csrfToken: session.csrfToken, ip });
      return next();
    }
    throw new HttpError('UNAUTHORIZED', 'sign in first (POST /api/session with your email and password), or send "Authorization: Bearer <token>" with a personal API token');
  };
}
