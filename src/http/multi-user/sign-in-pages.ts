// The sign-in and invitation pages: plain HTML forms (no script: the CSP allows none inline), posted to this server.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { acceptInvitation } from '../../app/accounts/cohorts.ts';
import { signIn } from '../../app/accounts/sessions.ts';
import { isReferableError } from '../../core/errors.ts';
import { statusFor } from '../http-errors.ts';
import { readSessionCookie, setSessionCookies, type CookiePolicy } from './session-cookies.ts';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string, problem: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Referable</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.75rem 0 .25rem}
input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem}.problem{color:#b00020}</style></head>
<body><h1>${escape(title)}</h1>${problem ? `<p class="problem" role="alert">${escape(problem)}</p>` : ''}${body}</body></html>`;
}

export function signInPage(problem: string | null = null): string {
  return page(
    'Sign in to Referable',
    `<form method="post" action="/sign-in">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`,
    problem,
  );
}

export function invitePage(token: string, problem: string | null = null): string {
  return page(
    'Join your cohort',
    `<p>Choose a password (12 characters or more), or give the one of your existing account.</p>
<form method="post" action="/invite"><input type="hidden" name="token" value="${escape(token)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="new-password" required>
<button type="submit">Join</button></form>`,
    problem,
  );
}

function failure(c: Context, error: unknown, html: (problem: string) => string): Response {
  if (!isReferableError(error)) throw error;
  return c.html(html(error.message), statusFor(error.code));
}

async function formFields(c: Context): Promise<(name: string) => string> {
  const form = await c.req.parseBody();
  return (name) => {
    const value = form[name];
    return typeof value === 'string' ? value : '';
  };
}

export function mountSignInPages(app: OpenAPIHono, accounts: AccountsContext, policy: CookiePolicy, ipOf: (c: Context) => string): void {
  app.get('/sign-in', (c) => c.html(signInPage()));
  app.post('/sign-in', async (c) => {
    const field = await formFields(c);
    const email = field('email');
    const password = field('password');
    try {
      const signed = await signIn(accounts, { email, password, ip: ipOf(c), previousSessionId: readSessionCookie(c) });
      setSessionCookies(c, policy, signed.sessionId, signed.csrfToken, signed.expiresAt);
      return c.redirect('/', 303);
    } catch (error) {
      return failure(c, error, (problem) => signInPage(problem));
    }
  });
  app.get('/invite', (c) => c.html(invitePage(c.req.query('token') ?? '')));
  app.post('/invite', async (c) => {
    const field = await formFields(c);
    const token = field('token');
    const password = field('password');
    try {
      const joined = await acceptInvitation(accounts, { token, password, ip: ipOf(c) });
      const signed = await signIn(accounts, { email: joined.email, password, ip: ipOf(c), previousSessionId: readSessionCookie(c) });
      setSessionCookies(c, policy, signed.sessionId, signed.csrfToken, signed.expiresAt);
      // A new member lands in their own new workspace's dashboard, where the next step is importing their network.
      return c.redirect(joined.workspace ? `/?workspace=${encodeURIComponent(joined.workspace)}` : '/', 303);
    } catch (error) {
      return failure(c, error, (problem) => invitePage(token, problem));
    }
  });
}
