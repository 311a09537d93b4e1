// Headers on every response: no sniffing, no framing, no referrer, and a CSP that lets the dashboard load only itself.
import type { MiddlewareHandler } from 'hono';

/**
 * The dashboard is built by Vite into files served from this origin: no inline scripts, no CDNs. Styles may be
 * inline (chart libraries set them); images may be data:/blob: URLs (exported charts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers are set before the handler runs, so they go into the response as it is made (error pages included).
 * Changing a finished response's headers would make @hono/node-server rebuild it as a full fetch Response: slow.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    await next();
  };
}

/** API answers hold personal data: no browser or proxy keeps a copy. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
