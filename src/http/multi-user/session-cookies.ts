// The two cookies of a signed-in browser: the session (HttpOnly) and its CSRF token (readable by our pages only,
// sent back in a header: a page on another site can neither read it nor make a browser add it).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'referable_session';
export const CSRF_COOKIE = 'referable_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export interface CookiePolicy {
  /** Always mark cookies Secure (--secure-cookies): the server is behind TLS that it cannot see. */
  secureCookies: boolean;
}

/** Secure when asked, when the request came over https, or when a proxy says it did (X-Forwarded-Proto: https). */
export function isSecureRequest(c: Context, policy: CookiePolicy): boolean {
  if (policy.secureCookies) return true;
  if (new URL(c.req.url).protocol === 'https:') return true;
  return (c.req.header('x-forwarded-proto') ?? '').split(',')[0].trim().toLowerCase() === 'https';
}

export function readSessionCookie(c: Context): string | null {
  return getCookie(c, SESSION_COOKIE) || null;
}

export function setSessionCookies(c: Context, policy: CookiePolicy, sessionId: string, csrfToken: string, expiresAt: string): void {
  const secure = isSecureRequest(c, policy);
  const expires = new Date(expiresAt);
  setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'Strict', secure, path: '/', expires });
  setCookie(c, CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'Strict', secure, path: '/', expires });
}

export function clearSessionCookies(c: Context, policy: CookiePolicy): void {
  const secure = isSecureRequest(c, policy);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
  deleteCookie(c, CSRF_COOKIE, { path: '/', secure, sameSite: 'Strict' });
}
