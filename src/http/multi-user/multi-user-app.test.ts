// The multi-user server on PostgreSQL: sign-in and its cookies, session fixation, CSRF, lockout, API tokens, disabled
// accounts, private workspaces (no foreign row in any answer) and the audit log. Skipped without a test database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createCohort, inviteToCohort, acceptInvitation } from '../../app/accounts/cohorts.ts';
import { addUser, disableUser } from '../../app/accounts/users.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../app/import-contacts.ts';
import { randomId } from '../../app/random-id.ts';
import { SignInThrottle } from '../../core/accounts/sign-in-throttle.ts';
import { listAudit } from '../../store/accounts/audit-repo.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { createMultiUserApp } from './multi-user-app.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const PASSWORD = 'correct horse battery staple';

/** A Connections.csv whose people carry a marker, so a leak of this workspace's rows into an answer is visible. */
function connectionsCsv(marker: string): string {
  const rows = ['Ada', 'Ben', 'Cleo'].map((first, i) => `${first},${marker},https://www.linkedin.com/in/${marker.toLowerCase()}-${i},,Contoso,Engineer,05 Jun 2024`);
  return ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows, ''].join('\n');
}

interface Person {
  email: string;
  workspace: string;
  marker: string;
}

describe('multi-user server (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  let accounts: AccountsContext;
  let app: ReturnType<typeof createMultiUserApp>['app'];

  before(async () => {
    accounts = await openAccounts(postgres.location(), { now: clock.now, throttle: new SignInThrottle({ accountFailures: 3, ipFailures: 1000, windowMs: 10 * 60_000, lockMs: 15 * 60_000 }) });
    app = createMultiUserApp({ accounts, webRoot: null, version: 'test', logError: () => {} }).app;
  });
  after(async () => {
    await accounts.store.close();
  });

  /** An account with a private workspace holding three contacts named after a marker. */
  async function person(options: { contacts?: boolean } = {}): Promise<Person> {
    const id = randomId();
    const email = `user-${id}@example.org`;
    await addUser(accounts, CLI_ADMIN, email, PASSWORD);
    const workspace = `ws-${id}`;
    await createOwnedWorkspace(accounts, CLI_ADMIN, workspace, email);
    const marker = `Marker${id.replace(/[^a-z0-9]/gi, '')}`;
    if (options.contacts !== false) {
      await importContacts(workspaceContext(accounts, workspace), { input: bufferSource('Connections.csv', new TextEncoder().encode(connectionsCsv(marker))) });
    }
    return { email, workspace, marker };
  }

  function cookiesOf(response: Response): Map<string, string> {
    return new Map(response.headers.getSetCookie().map((line) => [line.split('=')[0], line]));
  }

  function cookieValue(line: string | undefined): string {
    return (line ?? '').split(';')[0].split('=').slice(1).join('=');
  }

  async function signIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
    const response = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) });
    const cookies = cookiesOf(response);
    return { response, session: cookieValue(cookies.get('referable_session')), csrf: cookieValue(cookies.get('referable_csrf')), cookies };
  }

  async function tokenFor(email: string): Promise<string> {
    const { session, csrf } = await signIn(email);
    const response = await app.request('/api/tokens', { method: 'POST', headers: { Cookie: `referable_session=${session}`, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 200);
    return ((await response.json()) as { token: string }).token;
  }

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('signs in with an HttpOnly, SameSite=Strict session cookie, Secure behind TLS, and a readable CSRF cookie', async () => {
    const alex = await person({ contacts: false });
    const plain = await signIn(alex.email);
    assert.equal(plain.response.status, 200);
    const session = plain.cookies.get('referable_session')!;
    assert.match(session, /; HttpOnly/);
    assert.match(session, /; SameSite=Strict/);
    assert.match(session, /; Path=\//);
    assert.doesNotMatch(session, /; Secure/, 'plain http on loopback: a Secure cookie would never come back');
    assert.doesNotMatch(plain.cookies.get('referable_csrf')!, /HttpOnly/, 'the dashboard reads the CSRF cookie to send it back');
    const body = (await plain.response.json()) as { csrfToken: string; user: { email: string } };
    assert.equal(body.csrfToken, plain.csrf);
    assert.equal(body.user.email, alex.email);
    const proxied = await signIn(alex.email, PASSWORD, { 'X-Forwarded-Proto': 'https' });
    assert.match(proxied.cookies.get('referable_session')!, /; Secure/);
    assert.match(proxied.cookies.get('referable_csrf')!, /; Secure/);
  });

  it('gives a new session id on every sign-in and ends the one the browser held (no fixation)', async () => {
    const alex = await person({ contacts: false });
    const first = await signIn(alex.email);
    const second = await signIn(alex.email, PASSWORD, { Cookie: `referable_session=${first.session}` });
    assert.notEqual(second.session, first.session);
    assert.equal((await app.request('/api/session', { headers: { Cookie: `referable_session=${first.session}` } })).status, 401, 'the old id signs nobody in');
    const who = await app.request('/api/session', { headers: { Cookie: `referable_session=${second.session}` } });
    assert.equal(((await who.json()) as { user: { email: string } }).user.email, alex.email);
  });

  it('refuses a change from a cookie session without the CSRF header (or with a wrong one), accepts it with the header, and exempts tokens', async () => {
    const alex = await person({ contacts: false });
    const { session, csrf } = await signIn(alex.email);
    const post = (headers: Record<string, string>) =>
      app.request('/api/tokens', { method: 'POST', headers: { Cookie: `referable_session=${session}`, 'Content-Type': 'application/json', ...headers }, body: '{}' });
    const missing = await post({});
    assert.equal(missing.status, 403);
    assert.match(((await missing.json()) as { error: { message: string } }).error.message, /X-CSRF-Token/);
    assert.equal((await post({ 'X-CSRF-Token': `${csrf}x` })).status, 403);
    assert.equal((await post({ 'X-CSRF-Token': csrf })).status, 200);
    // Another session's CSRF token is no good: the token is bound to its session.
    const other = await signIn(alex.email);
    assert.equal((await post({ 'X-CSRF-Token': other.csrf })).status, 403);
    const token = await tokenFor(alex.email);
    const withToken = await app.request('/api/tokens', { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(withToken.status, 200);
  });

  it('locks an account after repeated failures (even the right password is refused) and lets it in after the lock ends', async () => {
    const alex = await person({ contacts: false });
    assert.equal((await signIn(alex.email, 'wrong password one')).response.status, 401);
    assert.equal((await signIn(alex.email, 'wrong password two')).response.status, 401);
    const third = await signIn(alex.email, 'wrong password three');
    assert.equal(third.response.status, 429);
    assert.equal(third.response.headers.get('Retry-After'), String(15 * 60));
    const locked = await signIn(alex.email);
    assert.equal(locked.response.status, 429);
    assert.equal(locked.session, '', 'no cookie while locked');
    clock.set('2026-11-25T12:14:59.000Z');
    assert.equal((await signIn(alex.email)).response.status, 429);
    clock.set('2026-11-25T12:15:00.000Z');
    assert.equal((await signIn(alex.email)).response.status, 200);
    clock.set('2026-11-25T12:00:00.000Z');
  });

  it('refuses an oversized sign-in body before reading it (413)', async () => {
    const response = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(20_000) }) });
    assert.equal(response.status, 413);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const unknown = await signIn(`nobody-${randomId()}@example.org`);
    const alex = await person({ contacts: false });
    const wrong = await signIn(alex.email, 'not the password at all');
    assert.equal(unknown.response.status, 401);
    assert.deepEqual(await unknown.response.json(), await wrong.response.json());
  });

  it('shows a personal API token once, accepts it as Bearer on workspace routes, and refuses it once revoked', async () => {
    const alex = await person();
    const { session, csrf } = await signIn(alex.email);
    const cookie = { Cookie: `referable_session=${session}` };
    const created = await app.request('/api/tokens', { method: 'POST', headers: { ...cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ label: 'laptop' }) });
    const { id, token } = (await created.json()) as { id: string; token: string };
    const listed = await (await app.request('/api/tokens', { headers: cookie })).text();
    assert.ok(listed.includes(id) && listed.includes('laptop'));
    assert.ok(!listed.includes(token), 'the list never shows a token again');
    const contacts = await app.request(`/api/contacts?workspace=${alex.workspace}`, { headers: bearer(token) });
    assert.equal(contacts.status, 200);
    assert.equal(((await contacts.json()) as { total: number }).total, 3);
    const revoked = await app.request(`/api/tokens/${id}`, { method: 'DELETE', headers: { ...cookie, 'X-CSRF-Token': csrf } });
    assert.equal(revoked.status, 200);
    assert.equal((await app.request(`/api/contacts?workspace=${alex.workspace}`, { headers: bearer(token) })).status, 401);
    assert.equal((await app.request('/api/workspaces', { headers: bearer('rfb_made-up') })).status, 401);
  });

  it('refuses a disabled account: sign-in, its open session and its tokens', async () => {
    const alex = await person({ contacts: false });
    const { session } = await signIn(alex.email);
    const token = await tokenFor(alex.email);
    await disableUser(accounts, CLI_ADMIN, alex.email);
    assert.equal((await signIn(alex.email)).response.status, 401);
    assert.equal((await app.request('/api/workspaces', { headers: { Cookie: `referable_session=${session}` } })).status, 401);
    assert.equal((await app.request('/api/workspaces', { headers: bearer(token) })).status, 401);
  });

  it("keeps a member out of another member's workspace, with no foreign row in any answer, and lists only the caller's workspaces", async () => {
    const alex = await person();
    const blair = await person();
    const token = await tokenFor(blair.email);
    const workspaces = (await (await app.request('/api/workspaces', { headers: bearer(token) })).json()) as { workspaces: { id: string }[] };
    assert.deepEqual(workspaces.workspaces.map((w) => w.id), [blair.workspace]);

    const own = await (await app.request(`/api/contacts?workspace=${blair.workspace}`, { headers: bearer(token) })).text();
    assert.ok(own.includes(blair.marker) && !own.includes(alex.marker));
    const alexContacts = (await (await app.request(`/api/contacts?workspace=${alex.workspace}`, { headers: bearer(await tokenFor(alex.email)) })).json()) as { items: { id: string }[] };
    const alexContactId = alexContacts.items[0].id;

    const attempts: [string, string, RequestInit][] = [
      ['read the list', `/api/contacts?workspace=${alex.workspace}`, {}],
      ['read one contact', `/api/contacts/${alexContactId}?workspace=${alex.workspace}`, {}],
      ['read the workspace', `/api/workspace?workspace=${alex.workspace}`, {}],
      ['export it', `/api/export?workspace=${alex.workspace}`, {}],
      ['change a contact', `/api/contacts/${alexContactId}?workspace=${alex.workspace}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ notes: 'mine now' }) }],
      ['copy an id into their own workspace', `/api/contacts/${alexContactId}?workspace=${blair.workspace}`, {}],
    ];
    for (const [what, path, init] of attempts) {
      const response = await app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(token) } });
      const text = await response.text();
      assert.equal(response.status, 404, `${what}: ${text}`);
      assert.ok(!text.includes(alex.marker), `${what}: no row of Alex's in the answer`);
    }
    const stillAlex = (await (await app.request(`/api/contacts/${alexContactId}?workspace=${alex.workspace}`, { headers: bearer(await tokenFor(alex.email)) })).json()) as { contact: { notes: string } };
    assert.equal(stillAlex.contact.notes, '', 'the refused change changed nothing');
  });

  it("refuses a coach the member's workspace (403, no rows) until consent lets them see more (section 3)", async () => {
    const member = await person();
    const coach = await person({ contacts: false });
    const cohort = await createCohort(accounts, `Cohort ${randomId()}`);
    for (const [who, role] of [[member.email, 'member'], [coach.email, 'coach']] as const) {
      const { token } = await inviteToCohort(accounts, CLI_ADMIN, cohort.id, who, role);
      await acceptInvitation(accounts, { token, password: PASSWORD, ip: '' });
    }
    const response = await app.request(`/api/contacts?workspace=${member.workspace}`, { headers: bearer(await tokenFor(coach.email)) });
    const text = await response.text();
    assert.equal(response.status, 403);
    assert.ok(!text.includes(member.marker));
  });

  it('asks for the workspace when the caller has several, and uses the only one otherwise', async () => {
    const alex = await person();
    const token = await tokenFor(alex.email);
    assert.equal((await app.request('/api/contacts', { headers: bearer(token) })).status, 200);
    await createOwnedWorkspace(accounts, CLI_ADMIN, `second-${randomId()}`, alex.email);
    const ambiguous = await app.request('/api/contacts', { headers: bearer(token) });
    assert.equal(ambiguous.status, 400);
    assert.match(((await ambiguous.json()) as { error: { message: string } }).error.message, new RegExp(`query\\.workspace: .*${alex.workspace}`));
  });

  it('records sign-ins, failures, token creation and revocation, and exports in the audit log', async () => {
    const alex = await person();
    await signIn(alex.email, 'not the password at all', { 'X-Forwarded-For': 'ignored without --trust-proxy' });
    const { session, csrf } = await signIn(alex.email);
    const cookie = { Cookie: `referable_session=${session}`, 'X-CSRF-Token': csrf };
    const { id } = (await (await app.request('/api/tokens', { method: 'POST', headers: { ...cookie, 'Content-Type': 'application/json' }, body: '{}' })).json()) as { id: string };
    await app.request(`/api/tokens/${id}`, { method: 'DELETE', headers: cookie });
    assert.equal((await app.request(`/api/export?workspace=${alex.workspace}`, { headers: cookie })).status, 200);
    const aboutAlex = (await listAudit(accounts.db, { subject: alex.email })).map((event) => event.action).sort();
    assert.deepEqual(aboutAlex, ['sign-in', 'sign-in-failure', 'user-add']);
    const failure = (await listAudit(accounts.db, { subject: alex.email })).find((event) => event.action === 'sign-in-failure')!;
    assert.deepEqual(failure.detail, { reason: 'wrong password' });
    assert.equal(failure.at, '2026-11-25T12:00:00.000Z');
    // Same instant on the fixed clock: compared as sets.
    assert.deepEqual((await listAudit(accounts.db, { subject: id })).map((event) => event.action).sort(), ['token-create', 'token-revoke']);
    assert.deepEqual((await listAudit(accounts.db, { subject: alex.workspace })).map((event) => event.action).sort(), ['export', 'workspace-create']);
  });

  it('imports an upload into the workspace named (the body streams through to its app)', async () => {
    const alex = await person({ contacts: false });
    const token = await tokenFor(alex.email);
    const marker = `Upload${randomId().replace(/[^a-z0-9]/gi, '')}`;
    const response = await app.request(`/api/imports?workspace=${alex.workspace}`, {
      method: 'POST',
      headers: { ...bearer(token), 'X-File-Name': 'Connections.csv', 'Content-Type': 'application/octet-stream' },
      body: connectionsCsv(marker),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(((await response.json()) as { added: number }).added, 3);
    const listed = await (await app.request(`/api/contacts?workspace=${alex.workspace}`, { headers: bearer(token) })).text();
    assert.ok(listed.includes(marker));
  });

  it('signs out: the cookie is cleared and the session id no longer works; a session idle too long ends', async () => {
    const alex = await person({ contacts: false });
    const { session, csrf } = await signIn(alex.email);
    const cookie = `referable_session=${session}`;
    assert.equal((await app.request('/api/session', { method: 'DELETE', headers: { Cookie: cookie } })).status, 403, 'signing out is a change: CSRF applies');
    const out = await app.request('/api/session', { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF-Token': csrf } });
    assert.equal(out.status, 200);
    assert.match(cookiesOf(out).get('referable_session')!, /Max-Age=0/);
    assert.equal((await app.request('/api/session', { headers: { Cookie: cookie } })).status, 401);

    const idle = await signIn(alex.email);
    clock.set('2026-11-26T00:00:00.000Z');
    assert.equal((await app.request('/api/session', { headers: { Cookie: `referable_session=${idle.session}` } })).status, 401, '12 hours without a request');
    clock.set('2026-11-25T12:00:00.000Z');
  });

  it('joins a cohort by one-time link: a new person sets a password, is signed in with a private workspace; the link then fails, as an expired one does', async () => {
    const cohort = await createCohort(accounts, `Cohort ${randomId()}`);
    const email = `invitee-${randomId()}@example.org`;
    const { token } = await inviteToCohort(accounts, CLI_ADMIN, cohort.id, email, 'member');
    const accept = (body: object) => app.request('/api/invitations/accept', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const joined = await accept({ token, password: PASSWORD });
    assert.equal(joined.status, 200);
    const answer = (await joined.json()) as { role: string; workspace: string; user: { email: string } };
    assert.deepEqual([answer.role, answer.user.email], ['member', email]);
    const session = cookieValue(cookiesOf(joined).get('referable_session'));
    const mine = (await (await app.request('/api/workspaces', { headers: { Cookie: `referable_session=${session}` } })).json()) as { workspaces: { id: string }[] };
    assert.deepEqual(mine.workspaces.map((w) => w.id), [answer.workspace]);
    assert.equal((await accept({ token, password: PASSWORD })).status, 404, 'used once');

    const late = await inviteToCohort(accounts, CLI_ADMIN, cohort.id, `late-${randomId()}@example.org`, 'viewer');
    clock.set('2026-12-09T12:00:00.000Z');
    assert.equal((await accept({ token: late.token, password: PASSWORD })).status, 404, 'expired after 14 days');
    clock.set('2026-11-25T12:00:00.000Z');
    const roles = (await listAudit(accounts.db, { subject: email })).map((event) => event.action).sort();
    assert.deepEqual(roles, ['invitation-accept', 'invitation-create', 'role-change', 'sign-in']);
  });

  it('names the workspace parameter on every workspace route of the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    const contacts = document.paths['/api/contacts'].get;
    assert.ok(contacts.parameters?.some((p) => p.name === 'workspace' && p.in === 'query'));
    assert.ok(document.paths['/api/session'].post, 'the account routes are documented too');
    assert.ok(!document.paths['/api/workspaces'].get.parameters?.some((p) => p.name === 'workspace'));
  });
});
