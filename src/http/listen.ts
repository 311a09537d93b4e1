// Listening on a port, shared by `serve` and `serve --multi-user`: one place that turns the socket errors users meet
// into messages, and sets how long idle keep-alive connections stay open.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ReferableError } from '../core/errors.ts';

export const KEEP_ALIVE = {
  /**
   * Node's default of 5 s races HTTP clients that reuse an idle connection (undici keeps one 4 s by the server's
   * Keep-Alive hint): on a busy machine a request sent as the server closes the socket gets ECONNRESET. A minute
   * makes that race as rare as a client idle for a minute; headers must be allowed a little longer than that.
   */
  idleMs: 65_000,
  headersMs: 66_000,
};

export type ListeningServer = ReturnType<typeof serve>;

export async function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, host: string): Promise<{ server: ListeningServer; port: number }> {
  const server = await new Promise<ListeningServer>((resolve, reject) => {
    const started = serve({ fetch, port, hostname: host }, () => resolve(started));
    started.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : error.code === 'EADDRNOTAVAIL' ? `${host} is not an address of this machine` : error.message;
      reject(new ReferableError('IO_ERROR', `cannot listen on ${host}:${port}: ${reason}`));
    });
  });
  const http = server as ListeningServer & { keepAliveTimeout?: number; headersTimeout?: number };
  http.keepAliveTimeout = KEEP_ALIVE.idleMs;
  http.headersTimeout = KEEP_ALIVE.headersMs;
  return { server, port: (server.address() as AddressInfo).port };
}
