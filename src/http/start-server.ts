// Starts the API and dashboard on a socket: loopback by default; beyond loopback only with an access token.
import { listen } from './listen.ts';
import type { AppContext } from '../app/app-context.ts';
import { ReferableError } from '../core/errors.ts';
import { createApiApp, type ApiOptions } from './api-app.ts';
import { hostName, isLoopback, loopbackHosts } from './middleware/request-guard.ts';
import { tokenProblem } from './middleware/token-auth.ts';
import { warmUp } from './warm-up.ts';
import { defaultWebRoot, packageVersion } from './package-root.ts';
import { SERVER_DEFAULTS } from './server-defaults.ts';

export { SERVER_DEFAULTS } from './server-defaults.ts';

export interface ServerOptions {
  context: AppContext;
  /** 0 picks a free port (tests, benches). */
  port?: number;
  host?: string;
  /** Required when host is not loopback; optional (and then enforced) on loopback. */
  token?: string | null;
  /** The built dashboard; defaults to web/dist in the package. */
  webRoot?: string | null;
  logError?: ApiOptions['logError'];
}

export interface RunningServer {
  /** http://host:port/ (IPv6 hosts in brackets). */
  url: string;
  /** The URL to open in a browser: with the token in the fragment (never sent to the server, never logged). */
  dashboardUrl: string;
  port: number;
  host: string;
  token: string | null;
  close(): Promise<void>;
}


export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? SERVER_DEFAULTS.host;
  const token = options.token || null;
  const loopback = isLoopback(host);
  if (!loopback && !token) {
    throw new ReferableError('INVALID_INPUT', `refusing to listen on ${host} without an access token: anyone on the network could read your contacts. Pass --token, or let serve generate one`);
  }
  const weakness = token ? tokenProblem(token) : null;
  if (weakness) throw new ReferableError('INVALID_INPUT', `the access token ${weakness}; leave it out to have one generated`);
  let port = options.port ?? SERVER_DEFAULTS.port;
  /** Known once listening (port 0 picks one). */
  let allowed: string[] | undefined;
  const { app, deps } = createApiApp({
    context: options.context,
    token,
    // On loopback, a browser page from another site could rebind its name to 127.0.0.1: accept only the loopback
    // names and the address bound (--host 127.0.0.2 is reached as 127.0.0.2).
    allowedHosts: loopback ? () => (allowed ??= loopbackHosts(port, host)) : () => null,
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
    version: packageVersion(),
    // Long work off the event loop: health checks and the dashboard keep answering during a 5 MB import.
    longWork: { workers: true },
    logError: options.logError,
  });
  const listening = await listen(app.fetch, port, host);
  const server = listening.server;
  port = listening.port;
  // After listening, not before: the server answers from the first moment; the overview's data is computed meanwhile.
  setImmediate(() => void warmUp(deps));
  const url = `http://${hostName(host)}:${port}/`;
  return {
    url,
    dashboardUrl: token ? `${url}#token=${encodeURIComponent(token)}` : url,
    port,
    host,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (a browser tab) would hold the close open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
