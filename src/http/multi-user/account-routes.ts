// /api/session, /api/workspaces, /api/tokens, /api/invitations: signing in and out, what the caller may open, their
// personal API tokens, and joining a cohort by invitation.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createApiToken, revokeApiToken, tokensOf } from '../../app/accounts/api-tokens.ts';
import { acceptInvitation } from '../../app/accounts/cohorts.ts';
import { signIn, signOut } from '../../app/accounts/sessions.ts';
import { visibleWorkspaces } from '../../app/accounts/workspaces.ts';
import { HttpError } from '../http-errors.ts';
import { newRouter } from '../router.ts';
import { body, errors, ErrorSchema, json, optionalBody } from '../schemas.ts';
import type { Caller } from './caller-auth.ts';
import { clearSessionCookies, readSessionCookie, setSessionCookies, type CookiePolicy } from './session-cookies.ts';

export function callerOf(c: Context): Caller {
  const caller = c.get('caller' as never) as Caller | undefined;
  if (!caller) throw new HttpError('UNAUTHORIZED', 'sign in first');
  return caller;
}

const UserSchema = z.object({ id: z.string(), email: z.string() }).openapi('User');
const SessionSchema = z
  .object({
    user: UserSchema,
    csrfToken: z.string().openapi({ description: 'send it back as X-CSRF-Token on every change made with the session cookie (also in the referable_csrf cookie)' }),
    expiresAt: z.string(),
  })
  .openapi('Session');
const TokenSchema = z
  .object({ id: z.string(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string(), revokedAt: z.string() })
  .openapi('ApiToken');

const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  operationId: 'signIn',
  summary: 'Sign in: sets an HttpOnly session cookie (a new one every time) and returns the CSRF token',
  request: body(z.strictObject({ email: z.string().max(254), password: z.string().max(200) })),
  responses: { ...json(SessionSchema, 'signed in'), ...errors(400), 429: { content: { 'application/json': { schema: ErrorSchema } }, description: 'too many failed sign-ins: locked for a while (Retry-After says how long)' } },
});
const whoRoute = createRoute({
  method: 'get',
  path: '/session',
  operationId: 'getSession',
  summary: 'Who is signed in (by cookie or token)',
  responses: { ...json(z.object({ user: UserSchema, via: z.enum(['token', 'session']) }), 'the caller') },
});
const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  operationId: 'signOut',
  summary: 'Sign out: ends the session and clears its cookies',
  responses: { ...json(z.object({ signedOut: z.boolean() }), 'signed out') },
});
const workspacesRoute = createRoute({
  method: 'get',
  path: '/workspaces',
  operationId: 'listWorkspaces',
  summary: "The workspaces the caller may see: their own (name one as ?workspace= on every other route), and members' they oversee, read-only through GET /api/cohorts/{cohort}/members/{workspace} as far as the member consents",
  responses: {
    ...json(
      z.object({ workspaces: z.array(z.object({ id: z.string(), name: z.string(), access: z.enum(['owner', 'aggregates', 'companies', 'contacts']), cohort: z.string().nullable() })) }),
      'the workspaces',
    ),
  },
});
const listTokensRoute = createRoute({
  method: 'get',
  path: '/tokens',
  operationId: 'listTokens',
  summary: "The caller's personal API tokens (never the tokens themselves)",
  responses: { ...json(z.object({ tokens: z.array(TokenSchema) }), 'the tokens') },
});
const createTokenRoute = createRoute({
  method: 'post',
  path: '/tokens',
  operationId: 'createToken',
  summary: 'Make a personal API token: the answer holds it, once',
  request: optionalBody(z.strictObject({ label: z.string().max(100).optional() })),
  responses: { ...json(TokenSchema.extend({ token: z.string() }), 'the new token, shown once'), ...errors(400) },
});
const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  operationId: 'revokeToken',
  summary: 'Revoke one of your API tokens',
  request: { params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { ...json(TokenSchema, 'revoked'), ...errors(404) },
});
const acceptRoute = createRoute({
  method: 'post',
  path: '/invitations/accept',
  operationId: 'acceptInvitation',
  summary: 'Join a cohort with a one-time invitation token: sets your password (new account) or checks it, and signs you in',
  request: body(z.strictObject({ token: z.string().min(1).max(200), password: z.string().max(200) })),
  responses: { ...json(SessionSchema.extend({ cohort: z.string(), role: z.string(), workspace: z.string().nullable() }), 'joined and signed in'), ...errors(400, 404) },
});

export function accountRoutes(accounts: AccountsContext, policy: CookiePolicy) {
  const app = newRouter();

  app.openapi(signInRoute, async (c) => {
    const input = c.req.valid('json');
    const ip = c.get('ip' as never) as string;
    const signed = await signIn(accounts, { email: input.email, password: input.password, ip, previousSessionId: readSessionCookie(c) });
    setSessionCookies(c, policy, signed.sessionId, signed.csrfToken, signed.expiresAt);
    return c.json({ user: { id: signed.user.id, email: signed.user.email }, csrfToken: signed.csrfToken, expiresAt: signed.expiresAt }, 200);
  });

  app.openapi(whoRoute, (c) => {
    const caller = callerOf(c);
    return c.json({ user: { id: caller.user.id, email: caller.user.email }, via: caller.via }, 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const caller = callerOf(c);
    if (caller.sessionId) await signOut(accounts, caller.sessionId, caller.ip);
    clearSessionCookies(c, policy);
    return c.json({ signedOut: caller.sessionId !== null }, 200);
  });

  app.openapi(workspacesRoute, async (c) => {
    const caller = callerOf(c);
    const workspaces = await visibleWorkspaces(accounts, caller.user.id);
    return c.json({ workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, access: w.access, cohort: w.cohort })) }, 200);
  });

  app.openapi(listTokensRoute, async (c) => {
    const caller = callerOf(c);
    const tokens = await tokensOf(accounts, caller.user.id);
    return c.json({ tokens: tokens.map(({ userId: _user, ...token }) => token) }, 200);
  });

  app.openapi(createTokenRoute, async (c) => {
    const caller = callerOf(c);
    const input = c.req.valid('json') ?? {};
    const created = await createApiToken(accounts, { userId: caller.user.id, ip: caller.ip }, caller.user.email, input.label ?? '');
    const { userId: _user, ...record } = created.record;
    return c.json({ ...record, token: created.token }, 200);
  });

  app.openapi(revokeTokenRoute, async (c) => {
    const caller = callerOf(c);
    const { userId: _user, ...record } = await revokeApiToken(accounts, { userId: caller.user.id, ip: caller.ip }, c.req.valid('param').id, caller.user.id);
    return c.json(record, 200);
  });

  app.openapi(acceptRoute, async (c) => {
    const input = c.req.valid('json');
    const ip = c.get('ip' as never) as string;
    const joined = await acceptInvitation(accounts, { token: input.token, password: input.password, ip });
    const signed = await signIn(accounts, { email: joined.email, password: input.password, ip, previousSessionId: readSessionCookie(c) });
    setSessionCookies(c, policy, signed.sessionId, signed.csrfToken, signed.expiresAt);
    return c.json({ user: { id: signed.user.id, email: signed.user.email }, csrfToken: signed.csrfToken, expiresAt: signed.expiresAt, cohort: joined.cohort.name, role: joined.role, workspace: joined.workspace }, 200);
  });

  return app;
}

/** Routes anyone may call: the rest need a session or a token. */
export function isOpenRoute(method: string, path: string): boolean {
  if (method === 'GET' && (path === '/api/health' || path === '/api/openapi.json')) return true;
  return method === 'POST' && (path === '/api/session' || path === '/api/invitations/accept');
}
