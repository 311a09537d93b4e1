// Every workspace route of the single-user API, served per workspace: the caller names it (?workspace=NAME), the
// access rule says whether they may open it, and the request goes on to that workspace's own API app (its own read
// cache and write queue) over the one shared database pool. The single-user routes stay exactly as they are.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { audit, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { requireWorkspace, workspacesFor } from '../../app/accounts/workspaces.ts';
import { ReferableError } from '../../core/errors.ts';
import { callerOf } from './account-routes.ts';

export const WORKSPACE_PARAM = 'workspace';
/** Workspace apps kept ready; the least recently used is dropped beyond this (its cache goes with it). */
export const MAX_WORKSPACE_APPS = 200;

/** Paths whose successful answer is an export of personal data: recorded in the audit log. */
const EXPORT_PATHS = new Set(['/api/export']);

export class WorkspaceApps {
  private readonly apps = new Map<string, OpenAPIHono>();

  constructor(
    private readonly build: (workspaceId: string) => OpenAPIHono,
    private readonly max = MAX_WORKSPACE_APPS,
  ) {}

  get(workspaceId: string): OpenAPIHono {
    let app = this.apps.get(workspaceId);
    if (app) this.apps.delete(workspaceId);
    else app = this.build(workspaceId);
    this.apps.set(workspaceId, app);
    while (this.apps.size > this.max) this.apps.delete(this.apps.keys().next().value as string);
    return app;
  }
}

/** Which workspace a request means: the parameter, or the caller's only one when they have exactly one. */
async function chosenWorkspace(accounts: AccountsContext, userId: string, url: URL): Promise<string> {
  const named = url.searchParams.getAll(WORKSPACE_PARAM);
  if (named.length > 1) throw new ReferableError('INVALID_INPUT', `query.${WORKSPACE_PARAM}: give one workspace, not ${named.length}`);
  if (named.length === 1) return named[0];
  const mine = await workspacesFor(accounts, userId);
  if (mine.length === 1) return mine[0].id;
  if (mine.length === 0) {
    throw new ReferableError('NOT_FOUND', 'you have no workspace yet: an administrator makes one with "referable workspace create NAME --owner EMAIL"');
  }
  throw new ReferableError('INVALID_INPUT', `query.${WORKSPACE_PARAM}: name the workspace (?${WORKSPACE_PARAM}=NAME), one of: ${mine.map((w) => w.id).join(', ')}`);
}

export function workspaceDispatch(accounts: AccountsContext, apps: WorkspaceApps): MiddlewareHandler {
  return async (c) => {
    const caller = callerOf(c);
    const url = new URL(c.req.url);
    const workspaceId = await chosenWorkspace(accounts, caller.user.id, url);
    await requireWorkspace(accounts, caller.user.id, workspaceId);
    // The workspace's app knows nothing of the parameter (its routes refuse unknown ones): it is taken off here.
    url.searchParams.delete(WORKSPACE_PARAM);
    const raw = c.req.raw;
    const hasBody = raw.method !== 'GET' && raw.method !== 'HEAD';
    const forwarded = new Request(url, { method: raw.method, headers: raw.headers, body: hasBody ? raw.body : undefined, signal: raw.signal, duplex: 'half' } as RequestInit);
    const response = await apps.get(workspaceId).fetch(forwarded);
    if (response.ok && EXPORT_PATHS.has(url.pathname)) {
      await audit(accounts, { userId: caller.user.id, ip: caller.ip }, 'export', workspaceId, { path: url.pathname, query: url.search });
    }
    return response;
  };
}
