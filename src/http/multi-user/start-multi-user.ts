// Starts the multi-user server on a socket. Every route but health, sign-in and the OpenAPI document needs a session
// or a personal API token, so it may listen beyond loopback without a shared server token.
import { listen } from '../listen.ts';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { ReferableError } from '../../core/errors.ts';
import { hostName, isLoopback, loopbackHosts } from '../middleware/request-guard.ts';
import { defaultWebRoot, packageVersion } from '../package-root.ts';
import { createMultiUserApp } from './multi-user-app.ts';

export interface MultiUserServerOptions {
  accounts: AccountsContext;
  port: number;
  host: string;
  secureCookies?: boolean;
  trustProxy?: boolean;
  webRoot?: string | null;
}

export async function startMultiUserServer(options: MultiUserServerOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  let port = options.port;
  let allowed: string[] | undefined;
  const loopback = isLoopback(options.host);
  const { app } = createMultiUserApp({
    accounts: options.accounts,
    allowedHosts: loopback ? () => (allowed ??= loopbackHosts(port, options.host)) : () => null,
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
    version: packageVersion(),
    secureCookies: options.secureCookies,
    trustProxy: options.trustProxy,
  });
  const listening = await listen(app.fetch, port, options.host);
  const server = listening.server;
  port = listening.port;
  return {
    url: `http://${hostName(options.host)}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
