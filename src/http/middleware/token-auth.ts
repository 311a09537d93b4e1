// The access token: when one is configured, every /api request must carry it (Authorization: Bearer or X-Referable-Token).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-errors.ts';

export const TOKEN_HEADER = 'X-Referable-Token';

/** 256 random bits, URL-safe, so it can travel in a URL fragment. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token a request carries, from either header; cookies are never read (no ambient credentials, so no CSRF). */
export function presentedToken(authorization: string | undefined, custom: string | undefined): string | null {
  if (custom) return custom.trim();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1] : null;
}

/** Constant-time: both sides are hashed to the same length first, so neither length nor prefix leaks through timing. */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function tokenAuth(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token !== null) {
      const presented = presentedToken(c.req.header('authorization'), c.req.header(TOKEN_HEADER));
      if (presented === null) {
        throw new HttpError('UNAUTHORIZED', `this server needs its access token: send "Authorization: Bearer <token>" or "${TOKEN_HEADER}: <token>" (serve printed it with the URL)`);
      }
      if (!tokensMatch(presented, token)) throw new HttpError('UNAUTHORIZED', 'the access token is wrong; use the one serve printed');
    }
    await next();
  };
}
