// Refuses requests a browser was tricked into sending: a foreign Host (DNS rebinding) or a cross-site origin (CSRF).
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-errors.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** An address as a Host header names it: IPv6 in brackets, lower case. */
export function hostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * Host header values a loopback server answers to: the loopback names and the address it is bound to (say
 * 127.0.0.2), each with its port or without.
 */
export function loopbackHosts(port: number, boundHost?: string): string[] {
  const names = boundHost && !LOOPBACK_NAMES.includes(hostName(boundHost)) ? [...LOOPBACK_NAMES, hostName(boundHost)] : LOOPBACK_NAMES;
  return names.flatMap((name) => [name, `${name}:${port}`]);
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

export interface GuardOptions {
  /** Host header values accepted; null accepts any (a server bound beyond loopback, protected by its token). */
  allowedHosts: () => readonly string[] | null;
}

/**
 * Sec-Fetch-Site values of requests this server's own pages make (same-origin) or a person makes by typing the URL
 * (none). same-site is refused too: every other port on localhost is the same site.
 */
const OWN_SITE = new Set(['same-origin', 'none']);

export function requestGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const allowed = options.allowedHosts();
    if (allowed && !allowed.includes(host)) {
      throw new HttpError('FORBIDDEN', `requests for host "${host}" are refused: this server answers only to ${allowed.filter((name) => /:\d+$/.test(name)).join(', ')}`);
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
      // Our pages send Referrer-Policy: no-referrer, under which a browser names their own form posts "Origin: null".
      // An opaque origin proves nothing either way, so it passes only when the browser itself vouches that the request
      // came from this origin (Sec-Fetch-Site, which no page can set); a sandboxed or foreign page says otherwise.
      const vouchedOpaque = origin === 'null' && c.req.header('sec-fetch-site')?.toLowerCase() === 'same-origin';
      if (originHost !== host && !vouchedOpaque) throw new HttpError('FORBIDDEN', `cross-origin requests are refused (from ${origin || 'an opaque origin'})`);
    }
    // Every method: a GET may write too (the week's plan is made on first look, the index saves a snapshot), and an
    // <img> or <script> tag elsewhere can send one with no Origin header at all.
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && !OWN_SITE.has(site.toLowerCase())) {
      throw new HttpError('FORBIDDEN', `requests from other sites are refused (Sec-Fetch-Site: ${site.slice(0, 40)}); open the dashboard at this server's own address`);
    }
    await next();
  };
}
