// The whole HTTP app: middleware, one sub-app per resource under /api, the OpenAPI document, and the dashboard at /.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/app-context.ts';
import { createDeps, type ApiDeps, type LongWorkOptions } from './api-deps.ts';
import { describeError, errorBody } from './http-errors.ts';
import { jsonBodyLimit } from './middleware/body-limit.ts';
import { requestGuard } from './middleware/request-guard.ts';
import { noStore, securityHeaders } from './middleware/security-headers.ts';
import { TOKEN_HEADER, tokenAuth } from './middleware/token-auth.ts';
import { backupRoutes } from './routes/backup.ts';
import { contactRoutes } from './routes/contacts.ts';
import { contentRoutes } from './routes/content.ts';
import { importRoutes, UPLOAD_PATHS } from './routes/imports.ts';
import { introRoutes } from './routes/intros.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { needsOffersRoutes } from './routes/needs-offers.ts';
import { networkRoutes } from './routes/network.ts';
import { planRoutes } from './routes/plan.ts';
import { reportRoutes } from './routes/report.ts';
import { targetRoutes } from './routes/target.ts';
import { workspaceRoutes } from './routes/workspace.ts';
import { dataVersion } from './middleware/data-version.ts';
import { describeIssues, NO_QUERY } from './router.ts';
import { COMMON_ERRORS, ErrorSchema } from './schemas.ts';
import { SERVER_DEFAULTS } from './server-defaults.ts';
import { staticFiles } from './static-files.ts';

export interface ApiOptions {
  context: AppContext;
  /** When set, every /api request must carry it. */
  token?: string | null;
  /** Host header values accepted (DNS-rebinding defence on loopback); null or absent accepts any. */
  allowedHosts?: () => readonly string[] | null;
  /** The built dashboard (web/dist); null serves a page saying how to build it. */
  webRoot?: string | null;
  version?: string;
  /** Imports, restores and estimates in worker threads, with time limits (start-server turns it on). */
  longWork?: LongWorkOptions;
  /** Where unexpected errors go with their stack (never to the client). */
  logError?: (error: unknown) => void;
}

/** Every resource, mounted under /api. New resources are added here, and the token test covers them automatically. */
const RESOURCES: ((deps: ApiDeps) => OpenAPIHono)[] = [
  workspaceRoutes,
  contactRoutes,
  targetRoutes,
  reportRoutes,
  networkRoutes,
  importRoutes,
  backupRoutes,
  needsOffersRoutes,
  introRoutes,
  ledgerRoutes,
  planRoutes,
  contentRoutes,
];

export const OPENAPI_PATH = '/api/openapi.json';

/** The licence in package.json, named in the document so client generators and linters see the terms. */
const LICENSE = { name: 'MIT', identifier: 'MIT' };

export function openApiDocument(app: OpenAPIHono, version: string) {
  app.openAPIRegistry.register('Error', ErrorSchema);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'the access token serve printed' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'tokenHeader', { type: 'apiKey', in: 'header', name: TOKEN_HEADER });
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Referable API',
      version,
      license: LICENSE,
      description:
        'The HTTP API behind the Referable dashboard. Errors are {"error":{"code","message","details"?,"action"?}}, the action being the step that resolves it. When the server has an access token, send it as "Authorization: Bearer <token>" or "X-Referable-Token". Unknown JSON fields and query parameters are refused (400).',
    },
    servers: [{ url: `http://${SERVER_DEFAULTS.host}:${SERVER_DEFAULTS.port}`, description: 'referable serve on this computer (the default address; --port and --host change it)' }],
    security: [{ bearer: [] }, { tokenHeader: [] }],
  });
  // Shared failures as JSON Schema references: a zod object placed in the document raw serialises as {"def": ...}.
  const errorRef = { $ref: '#/components/schemas/Error' };
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations as Record<string, { responses?: Record<string, unknown> }>)) {
      if (operation && typeof operation === 'object' && operation.responses) {
        for (const [status, description] of Object.entries(COMMON_ERRORS)) {
          operation.responses[status] ??= { description, content: { 'application/json': { schema: errorRef } } };
        }
      }
    }
  }
  return document;
}

export function createApiApp(options: ApiOptions): { app: OpenAPIHono; deps: ApiDeps } {
  const version = options.version ?? '0.0.0';
  const deps = createDeps(options.context, version, options.longWork);
  const logError = options.logError ?? ((error: unknown) => console.error('referable serve: unexpected error', error));
  const app = new OpenAPIHono();

  app.onError((error, c) => {
    const { status, body, headers } = describeError(error, logError);
    return c.json(body, status, headers);
  });
  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      return c.json(errorBody('NOT_FOUND', `no API route ${c.req.method} ${c.req.path}; the routes are listed at ${OPENAPI_PATH}`), 404);
    }
    return staticFiles(options.webRoot ?? null)(c);
  });

  app.use('*', securityHeaders());
  app.use('/api/*', requestGuard({ allowedHosts: options.allowedHosts ?? (() => null) }), tokenAuth(options.token ?? null), noStore(), jsonBodyLimit(UPLOAD_PATHS), dataVersion(deps));
  for (const resource of RESOURCES) app.route('/api', resource(deps));

  let document: ReturnType<typeof openApiDocument> | null = null;
  app.get(OPENAPI_PATH, (c) => {
    // Registered outside the routers, so it checks its (absent) query parameters itself, as every route does.
    const query = NO_QUERY.safeParse(c.req.query());
    if (!query.success) {
      const { message, issues } = describeIssues('query', query.error);
      return c.json(errorBody('INVALID_INPUT', message, { issues }), 400);
    }
    return c.json((document ??= openApiDocument(app, version)), 200);
  });
  return { app, deps };
}
