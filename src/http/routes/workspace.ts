// /api/health and /api/workspace: is the server up, and what is in this workspace.
import { createRoute, z } from '@hono/zod-openapi';
import { workspaceInfo } from '../../app/workspace-info.ts';
import type { ApiDeps } from '../api-deps.ts';
import { activeTarget } from '../../app/target.ts';
import { newRouter } from '../router.ts';
import { json } from '../schemas.ts';
import type { MarketReport } from '../../core/market/market-report.ts';
import { cachedReport, staleKeptReport } from './report.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  summary: 'The server is up',
  responses: { ...json(z.object({ ok: z.literal(true), version: z.string() }), 'up') },
});

const WorkspaceSchema = z
  .object({
    workspace: z.string(),
    database: z.enum(['sqlite', 'postgres']),
    contacts: z.number(),
    me: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: 'whose network this is; null before the first import' }),
    inMarket: z.number().nullable().openapi({ description: 'null without an active target market' }),
    activeMarket: z.string().nullable(),
    dataVersion: z.number().openapi({ description: 'changes after every write through the API' }),
  })
  .openapi('Workspace');

const workspaceRoute = createRoute({
  method: 'get',
  path: '/workspace',
  operationId: 'getWorkspace',
  summary: 'The workspace: how many contacts, how many in market, the active market',
  responses: { ...json(WorkspaceSchema, 'the workspace') },
});

/**
 * The workspace at a glance, computed once per data version (the dashboard's header and overview read it first): the
 * counts and the report's in-market number, not the contact list, which a fresh server builds after the overview's data.
 */
export function workspaceSummary(deps: ApiDeps) {
  // A server started just after a change sums up with today's kept report for readers who accept stale answers (the
  // dashboard's header and overview), while the fresh report computes.
  return deps.read('workspace', () => summaryWith(deps, () => cachedReport(deps)), 'market', async () => {
    const kept = await staleKeptReport(deps);
    return kept && summaryWith(deps, async () => kept);
  });
}

async function summaryWith(deps: ApiDeps, report: () => Promise<MarketReport>) {
  const [info, market] = await Promise.all([workspaceInfo(deps.context), activeTarget(deps.context)]);
  const reported = market ? await report() : null;
  return {
    workspace: info.workspace,
    database: info.dialect,
    contacts: info.contacts,
    me: info.me,
    inMarket: reported ? reported.quantity.inMarket : null,
    activeMarket: reported ? reported.market.name : null,
  };
}

export function workspaceRoutes(deps: ApiDeps) {
  const app = newRouter();

  app.openapi(healthRoute, (c) => c.json({ ok: true as const, version: deps.version }, 200));

  app.openapi(workspaceRoute, async (c) => c.json({ ...(await workspaceSummary(deps)), dataVersion: deps.cache.version }, 200));

  return app;
}
