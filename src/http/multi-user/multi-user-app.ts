// The multi-user server (PostgreSQL): accounts and sign-in around the single-user API, which runs per workspace.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createApiApp, OPENAPI_PATH } from '../api-app.ts';
import { buildOpenApiDocument } from '../openapi-document.ts';
import { describeError, errorBody } from '../http-errors.ts';
import { jsonBodyLimit } from '../middleware/body-limit.ts';
import { requestGuard } from '../middleware/request-guard.ts';
import { noStore, securityHeaders } from '../middleware/security-headers.ts';
import { staticFiles } from '../static-files.ts';
import { accountRoutes, isOpenRoute } from './account-routes.ts';
import { callerAuth } from './caller-auth.ts';
import { cohortAdminRoutes } from './cohort-admin-routes.ts';
import { COHORT_PAGE_PATH, cohortPageCaller, cohortPageRoutes } from './cohort-page-routes.ts';
import { cohortRoutes } from './cohort-routes.ts';
import { readSessionCookie, type CookiePolicy } from './session-cookies.ts';
import { mountSignInPages } from './sign-in-pages.ts';
import { sessionUser } from '../../app/accounts/sessions.ts';
import { WORKSPACE_PARAM, workspaceDispatch, WorkspaceApps } from './workspace-dispatch.ts';

export interface MultiUserOptions extends Partial<CookiePolicy> {
  accounts: AccountsContext;
  allowedHosts?: () => readonly string[] | null;
  webRoot?: string | null;
  version?: string;
  logError?: (error: unknown) => void;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy you run); the socket's otherwise. */
  trustProxy?: boolean;
}

/** Routes of the account layer itself, answered before any workspace is chosen. */
const ACCOUNT_PATHS = ['/api/session', '/api/workspaces', '/api/tokens', '/api/invitations', '/api/consents', '/api/cohorts', '/api/path-requests', '/api/health', OPENAPI_PATH];

function isAccountPath(path: string): boolean {
  return ACCOUNT_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function createMultiUserApp(options: MultiUserOptions): { app: OpenAPIHono; workspaces: WorkspaceApps; document: () => object } {
  const { accounts } = options;
  const version = options.version ?? '0.0.0';
  const policy: CookiePolicy = { secureCookies: options.secureCookies ?? false };
  const logError = options.logError ?? ((error: unknown) => console.error('referable serve: unexpected error', error));
  const ipOf = (c: Context): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? '';
    } catch {
      return ''; // no socket (app.request in tests)
    }
  };
  const buildWorkspaceApp = (workspaceId: string) =>
    createApiApp({
      context: workspaceContext(accounts, workspaceId),
      token: null,
      webRoot: null,
      version,
      logError,
    }).app;
  const workspaces = new WorkspaceApps(buildWorkspaceApp);

  const app = new OpenAPIHono();
  app.onError((error, c) => {
    const { status, body } = describeError(error, logError);
    if (status === 429 && typeof body.error.details?.retryAfterSeconds === 'number') c.header('Retry-After', String(body.error.details.retryAfterSeconds));
    return c.json(body, status);
  });
  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      return c.json(errorBody('NOT_FOUND', `no API route ${c.req.method} ${c.req.path}; the routes are listed at ${OPENAPI_PATH}`), 404);
    }
    return staticFiles(options.webRoot ?? null)(c);
  });
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('ip' as never, ipOf(c) as never);
    await next();
  });
  const guard = requestGuard({ allowedHosts: options.allowedHosts ?? (() => null) });
  // Forms and account routes are small: their bodies are capped here (workspace routes cap their own).
  const formLimit = jsonBodyLimit([], 16 * 1024);
  app.use('/sign-in', guard, noStore(), formLimit);
  app.use('/invite', guard, noStore(), formLimit);
  app.use('/api/*', guard, noStore());
  app.use(COHORT_PAGE_PATH, cohortPageCaller(accounts) as unknown as MiddlewareHandler);
  app.use('/api/*', callerAuth(accounts, isOpenRoute) as unknown as MiddlewareHandler);
  for (const path of ['/api/session', '/api/tokens', '/api/tokens/*', '/api/invitations/*', '/api/cohorts', '/api/cohorts/*', '/api/path-requests', '/api/path-requests/*']) app.use(path, formLimit);
  mountSignInPages(app, accounts, policy, ipOf);

  // The dashboard's page needs a session: without one, the sign-in page (its scripts and styles need none).
  app.get('/', async (c, next) => {
    const sessionId = readSessionCookie(c);
    if (!sessionId || !(await sessionUser(accounts, sessionId))) return c.redirect('/sign-in', 302);
    return next();
  });

  app.get('/api/health', (c) => c.json({ ok: true as const, version }, 200));
  app.route('/api', accountRoutes(accounts, policy));
  app.route('/api', cohortRoutes(accounts));
  app.route('/api', cohortPageRoutes(accounts));
  app.route('/api', cohortAdminRoutes(accounts));
  let built: object | null = null;
  // Built once, on first use: the workspace routes describe themselves without data, so no workspace is opened.
  const document = () => (built ??= multiUserDocument(app, buildOpenApiDocument(version), version));
  app.get(OPENAPI_PATH, (c) => c.json(document(), 200));
  const dispatch = workspaceDispatch(accounts, workspaces);
  app.all('/api/*', async (c, next) => (isAccountPath(c.req.path) ? next() : dispatch(c, next)));
  return { app, workspaces, document };
}

type Operation = { parameters?: unknown[]; security?: unknown };

/**
 * One document: the account routes, and every workspace route with its `workspace` query parameter. Workspace routes
 * accept a session cookie (with X-CSRF-Token on changes) or a personal token.
 */
function multiUserDocument(accountApp: OpenAPIHono, workspaceDocument: ReturnType<typeof buildOpenApiDocument>, version: string): object {
  const inner = workspaceDocument as { info: { license?: unknown }; servers?: { url: string }[]; paths?: Record<string, Record<string, Operation>>; components?: Record<string, Record<string, unknown>> };
  for (const [path, operations] of Object.entries(inner.paths ?? {})) {
    if (path === '/api/health') continue;
    for (const operation of Object.values(operations)) {
      if (!operation || typeof operation !== 'object') continue;
      operation.parameters = [
        ...(operation.parameters ?? []),
        {
          name: WORKSPACE_PARAM,
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one',
        },
      ];
    }
  }
  accountApp.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'referable_session', description: 'set by POST /api/session; changes also need the X-CSRF-Token header' });
  accountApp.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'a personal API token ("referable token create EMAIL" or POST /api/tokens)' });
  const outer = accountApp.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Referable API (multi-user)', version }, security: [{ bearer: [] }, { session: [] }] }) as typeof inner & { info: unknown };
  const paths = { ...inner.paths, ...outer.paths };
  delete (paths as Record<string, unknown>)[OPENAPI_PATH];
  return {
    ...inner,
    info: {
      title: 'Referable API (multi-user)',
      version,
      license: inner.info.license,
      description:
        'A multi-user Referable server. Sign in with POST /api/session (an HttpOnly cookie; send X-CSRF-Token on every change) or send "Authorization: Bearer <token>" with a personal API token. Workspace routes take ?workspace=NAME (GET /api/workspaces lists yours). Errors are {"error":{"code","message","details"?}}.',
    },
    servers: (inner.servers ?? []).map((server) => ({ url: server.url, description: 'referable serve --multi-user on this computer (the default address; --port and --host change it)' })),
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: { ...inner.components, schemas: { ...inner.components?.schemas, ...outer.components?.schemas }, securitySchemes: { ...outer.components?.securitySchemes } },
  };
}
