// The access token: when one is configured, every /api request must carry it (Authorization: Bearer or X-Referable-Token).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-errors.ts';

export const TOKEN_HEADER = 'X-Referable-Token';

/** 256 random bits, URL-safe, so it can travel in a URL fragment. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a token must reach: as hard to guess as a random 128-bit key. */
export const TOKEN_RULES = { minLength: 32, minBits: 128, minPairShare: 0.75 };

/** Bits per character of the smallest usual alphabet holding every character (hex, digits, letters, symbols). */
function bitsPerCharacter(token: string): number {
  if (/^[0-9]+$/.test(token)) return Math.log2(10);
  if (/^[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return 4;
  let alphabet = 0;
  if (/[0-9]/.test(token)) alphabet += 10;
  if (/[a-z]/.test(token)) alphabet += 26;
  if (/[A-Z]/.test(token)) alphabet += 26;
  if (/[^0-9a-zA-Z]/.test(token)) alphabet += 32;
  return Math.log2(alphabet);
}

/**
 * Why a token chosen by hand is too weak, or null when it is strong enough. It must be visible ASCII (a header and a
 * URL fragment carry it), at least 32 characters, not a pattern (most pairs of neighbouring characters differ), and
 * about 128 bits of randomness if its characters were drawn at random from their alphabet.
 */
export function tokenProblem(token: string): string | null {
  if (token === '') return 'is empty';
  if (!/^[\x21-\x7e]*$/.test(token)) return 'contains spaces or characters a header cannot carry; use letters, digits and punctuation only';
  if (token.length < TOKEN_RULES.minLength) return `is ${token.length} characters long; it needs at least ${TOKEN_RULES.minLength}`;
  const pairs = new Set<string>();
  for (let i = 1; i < token.length; i++) pairs.add(token.slice(i - 1, i + 1));
  if (pairs.size < TOKEN_RULES.minPairShare * (token.length - 1)) {
    return `repeats itself (only ${pairs.size} different pairs of neighbouring characters in ${token.length - 1}): it is easy to guess`;
  }
  const bits = Math.floor(token.length * bitsPerCharacter(token));
  if (bits < TOKEN_RULES.minBits) return `has about ${bits} bits of randomness; it needs ${TOKEN_RULES.minBits} (for example 32 random hex characters)`;
  return null;
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
