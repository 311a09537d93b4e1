// Refuses requests a browser was tricked into sending: a foreign Host (DNS rebinding) or a cross-site origin (CSRF).
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-errors.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Host header values a loopback server answers to: the loopback names, with its port or without. */
export function loopbackHosts(port: number): string[] {
  return LOOPBACK_NAMES.flatMap((name) => [name, `${name}:${port}`]);
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

export interface GuardOptions {
  /** Host header values accepted; null accepts any (a server bound beyond loopback, protected by its token). */
  allowedHosts: () => readonly string[] | null;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const allowed = options.allowedHosts();
    if (allowed && !allowed.includes(host)) {
      throw new HttpError('FORBIDDEN', `requests for host "${host}" are refused: this server answers only to ${allowed.filter((name) => name.includes(':')).join(', ')}`);
    }
    // A browser names the page that sent the request; a page from another site may not use this API. Other
    // clients (curl, scripts) send no Origin and are judged by the token alone.
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      let originHost = '';
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        originHost = '';
      }
      if (originHost !== host) throw new HttpError('FORBIDDEN', `cross-origin requests are refused (from ${origin || 'an opaque origin'})`);
    }
    if (UNSAFE.has(c.req.method) && c.req.header('sec-fetch-site') === 'cross-site') {
      throw new HttpError('FORBIDDEN', 'cross-site requests are refused');
    }
    await next();
  };
}
