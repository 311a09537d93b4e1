// Starts the multi-user server on a socket. Every route but health, sign-in and the OpenAPI document needs a session
// or a personal API token, so it may listen beyond loopback without a shared server token.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
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
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port, hostname: options.host }, () => resolve(started));
    started.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : error.code === 'EADDRNOTAVAIL' ? `${options.host} is not an address of this machine` : error.message;
      reject(new ReferableError('IO_ERROR', `cannot listen on ${options.host}:${port}: ${reason}`));
    });
  });
  port = (server.address() as AddressInfo).port;
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
