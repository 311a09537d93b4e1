// The isolation matrix (issue #14 section 5), PostgreSQL only: every route of the multi-user OpenAPI document (read
// from the document, so a route added later is covered or fails here for want of an entry) x every role (owner,
// coach, member, viewer, outsider, anonymous) x every target (own workspace, a teammate's, another cohort's, another
// organisation's). Each answer must have the status the access rules give, and no marker (name, company, email) of a
// tenant the caller may not see. Ids in the path are real ids of the target's rows: copied, not guessed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createApiToken } from '../../app/accounts/api-tokens.ts';
import { createCohort } from '../../app/accounts/cohorts.ts';
import { setConsent } from '../../app/accounts/consents.ts';
import { requestPath } from '../../app/accounts/path-requests.ts';
import { addUser } from '../../app/accounts/users.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../app/import-contacts.ts';
import { randomId } from '../../app/random-id.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import { SignInThrottle } from '../../core/accounts/sign-in-throttle.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { createMultiUserApp } from './multi-user-app.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const PASSWORD = 'correct horse battery staple';

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; enum?: unknown[]; $ref?: string; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; minimum?: number; minLength?: number };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

/**
 * How each account route (one without the `workspace` query parameter) relates to a target. Workspace routes need no
 * entry: the document marks them. A new account route fails the matrix until it is classified here.
 * caller: answers about the caller only (the target does not enter); cohort: names a cohort in the path;
 * member-view: names a cohort and a member's workspace; path-request: names a path request by id; token: names a token;
 * cohort-manage: changes who is in a cohort (its owners and coaches only).
 */
const ACCOUNT_ROUTES: Record<string, 'open' | 'caller' | 'cohort' | 'cohort-coach' | 'cohort-manage' | 'member-view' | 'path-request' | 'new-path-request' | 'token'> = {
  'GET /api/health': 'open',
  'POST /api/session': 'open',
  'POST /api/invitations/accept': 'open',
  'GET /api/session': 'caller',
  'DELETE /api/session': 'caller',
  'GET /api/workspaces': 'caller',
  'GET /api/tokens': 'caller',
  'POST /api/tokens': 'caller',
  'DELETE /api/tokens/{id}': 'token',
  'GET /api/consents': 'caller',
  'PUT /api/cohorts/{cohort}/consent': 'cohort',
  'GET /api/cohorts/{cohort}/pooled': 'cohort',
  'GET /api/cohorts/{cohort}/warm-paths': 'cohort',
  'GET /api/cohorts/{cohort}/reach': 'cohort',
  // The coach's cohort page, pooled coverage and outcome report: for those who oversee the cohort, not its members.
  'GET /api/cohorts/{cohort}/page': 'cohort-coach',
  'GET /api/cohorts/{cohort}/coverage': 'cohort-coach',
  'GET /api/cohorts/{cohort}/outcomes': 'cohort-coach',
  'GET /api/cohorts/{cohort}/members/{workspace}': 'member-view',
  // Running a cohort from the dashboard: anyone signed in creates one (and owns it); its overseers read the roster;
  // its owners and coaches invite and remove people.
  'POST /api/cohorts': 'caller',
  'GET /api/cohorts/{cohort}/roster': 'cohort-coach',
  'POST /api/cohorts/{cohort}/invitations': 'cohort-manage',
  'DELETE /api/cohorts/{cohort}/memberships/{id}': 'cohort-manage',
  'DELETE /api/cohorts/{cohort}/invitations/{id}': 'cohort-manage',
  'GET /api/path-requests': 'caller',
  'POST /api/path-requests': 'new-path-request',
  'POST /api/path-requests/{id}/accept': 'path-request',
  'POST /api/path-requests/{id}/decline': 'path-request',
  'POST /api/path-requests/{id}/withdraw': 'path-request',
};

/** Cohorts the matrix creates: each with a new name in a new organisation (the caller becomes its owner). */
let cohortsMade = 0;

/** Bodies the schema alone cannot make meaningful: the target's cohort, teammate and company. */
const BODY_OVERRIDES: Record<string, (target: Target) => unknown> = {
  'POST /api/cohorts': (target) => ({ name: `Made ${++cohortsMade}`, organisation: `Matrix org ${cohortsMade} ${target.cohortId}` }),
  'POST /api/cohorts/{cohort}/invitations': () => ({ email: 'invitee@example.org', role: 'member' }),
  'POST /api/session': (target) => ({ email: target.tenant.email, password: 'not the password' }),
  'POST /api/invitations/accept': () => ({ token: 'not-an-invitation', password: PASSWORD }),
  'PUT /api/cohorts/{cohort}/consent': () => ({ level: 'companies' }),
  'PATCH /api/contacts/{id}': () => ({ notes: 'changed by the isolation matrix' }),
  'POST /api/path-requests': (target) => ({ cohort: target.cohortId, member: target.idsFrom.email, company: target.idsFrom.company }),
};

const ROLES = ['owner', 'coach', 'member', 'viewer', 'outsider', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
/** copied-id: the caller's own workspace, with another organisation's real ids (contact, token, path request, cohort). */
const TARGETS = ['own', 'teammate', 'other-cohort', 'other-org', 'copied-id'] as const;
type TargetName = (typeof TARGETS)[number];

interface Tenant {
  key: string;
  email: string;
  workspace: string;
  userId: string;
  token: string;
  /** A second token of theirs: the one a matrix case may revoke. */
  spareTokenId: string;
  contactId: string;
  name: string;
  company: string;
  /** The cohort the tenant belongs to ('' for the outsider). */
  cohort: string;
}

interface Target {
  /** Whose workspace ?workspace= names. */
  tenant: Tenant;
  /** Whose ids, company and workspace go in the path (the tenant's own but for copied-id). */
  idsFrom: Tenant;
  cohortId: string;
  pathRequestId: string;
}

/** A minimal value that satisfies a JSON schema (required properties only). */
function sample(schema: Schema | undefined, document: Document): unknown {
  if (!schema) return {};
  if (schema.$ref) return sample(document.components?.schemas?.[schema.$ref.split('/').pop()!], document);
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf ?? schema.oneOf) return sample((schema.anyOf ?? schema.oneOf)![0], document);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key], document)]));
  }
  if (type === 'array') return [];
  if (type === 'number' || type === 'integer') return schema.minimum ?? 1;
  if (type === 'boolean') return false;
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}

function connectionsCsv(tenant: { name: string; company: string; key: string }): Uint8Array {
  const rows = ['Ada', 'Ben'].map((first, i) => `${first},${tenant.name},https://www.linkedin.com/in/${tenant.key}-${i},,${tenant.company},Director of Engineering,05 Jun 2024`);
  return new TextEncoder().encode(['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows, ''].join('\n'));
}

describe('isolation matrix (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  let accounts: AccountsContext;
  let app: ReturnType<typeof createMultiUserApp>['app'];
  let document: Document;
  const tenants: Record<string, Tenant> = {};
  const cohorts: Record<string, string> = {};
  const pathRequests: Record<string, string> = {};

  async function tenant(key: string, cohortKey: string, role: CohortRole | null): Promise<Tenant> {
    const email = `${key}-${run}@example.org`;
    const { user } = await addUser(accounts, CLI_ADMIN, email, PASSWORD);
    const workspace = `${key}-${run}`;
    await createOwnedWorkspace(accounts, CLI_ADMIN, workspace, email);
    const marks = { key: `${key}-${run}`, name: `Nm${key}${run}`, company: `Co${key}${run}` };
    await importContacts(workspaceContext(accounts, workspace), { input: bufferSource('Connections.csv', connectionsCsv(marks)) });
    if (role) await putMembership(accounts.db, cohorts[cohortKey], user.id, role, clock.now().toISOString());
    const token = (await createApiToken(accounts, CLI_ADMIN, email)).token;
    const spareTokenId = (await createApiToken(accounts, CLI_ADMIN, email, 'spare')).id;
    const contacts = (await (await app.request(`/api/contacts?workspace=${workspace}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: { id: string }[] };
    const record: Tenant = { key, email, workspace, userId: user.id, token, spareTokenId, contactId: contacts.items[0].id, name: marks.name, company: marks.company, cohort: role ? cohortKey : '' };
    tenants[key] = record;
    return record;
  }

  before(async () => {
    // Failed sign-ins are part of the matrix (POST /api/session with a wrong password): no lockout within it.
    accounts = await openAccounts(postgres.location(), { now: clock.now, throttle: new SignInThrottle({ accountFailures: 10_000, ipFailures: 100_000, windowMs: 60_000, lockMs: 60_000 }) });
    app = createMultiUserApp({ accounts, webRoot: null, version: 'test', logError: () => {} }).app;
    document = (await (await app.request('/api/openapi.json')).json()) as Document;
    cohorts.A1 = (await createCohort(accounts, `A1 ${run}`, `OrgA ${run}`)).id;
    cohorts.A2 = (await createCohort(accounts, `A2 ${run}`, `OrgA ${run}`)).id;
    cohorts.B1 = (await createCohort(accounts, `B1 ${run}`, `OrgB ${run}`)).id;
    for (const [key, role] of [['owner', 'owner'], ['coach', 'coach'], ['viewer', 'viewer'], ['member', 'member'], ['mate', 'member'], ['mate2', 'member']] as const) await tenant(key, 'A1', role);
    for (const key of ['bee', 'bee2']) await tenant(key, 'A2', 'member');
    for (const key of ['sea', 'sea2']) await tenant(key, 'B1', 'member');
    await tenant('outsider', '', null);
    // Teammates share companies in A1; the other cohorts share everything, so a leak across them would show names.
    for (const key of ['member', 'mate', 'mate2']) await setConsent(accounts, CLI_ADMIN, tenants[key].userId, cohorts.A1, 'companies');
    for (const [key, cohort] of [['bee', 'A2'], ['bee2', 'A2'], ['sea', 'B1'], ['sea2', 'B1']]) await setConsent(accounts, CLI_ADMIN, tenants[key].userId, cohorts[cohort], 'contacts');
    const ask = async (seeker: string, member: string, cohort: string) =>
      (await requestPath(accounts, { userId: tenants[seeker].userId, ip: '' }, { cohort: cohorts[cohort], member: tenants[member].email, company: tenants[member].company })).id;
    pathRequests.member = await ask('member', 'mate', 'A1');
    pathRequests.mate = await ask('mate2', 'mate', 'A1');
    pathRequests.bee = await ask('bee2', 'bee', 'A2');
    pathRequests.sea = await ask('sea2', 'sea', 'B1');
  });
  after(async () => {
    await accounts?.store.close();
  });

  /** The tenant whose rows a target names, for a caller. The anonymous caller aims at the member's targets. */
  function targetFor(role: Role, target: TargetName): Target {
    const self = tenants[role === 'anonymous' ? 'member' : role];
    const of = (tenant: Tenant, cohort: string, request: string, idsFrom = tenant): Target => ({ tenant, idsFrom, cohortId: cohorts[cohort], pathRequestId: request });
    if (target === 'own') return of(self, 'A1', pathRequests[self.key] ?? `pr-missing-${run}`);
    if (target === 'teammate') return of(tenants.mate, 'A1', pathRequests.mate);
    if (target === 'other-cohort') return of(tenants.bee, 'A2', pathRequests.bee);
    if (target === 'copied-id') return of(self, 'B1', pathRequests.sea, tenants.sea);
    return of(tenants.sea, 'B1', pathRequests.sea);
  }

  /** Markers the caller may never see: every other tenant's names; companies and emails outside the caller's cohort. */
  function forbiddenMarkers(role: Role): string[] {
    const self = role === 'anonymous' ? null : tenants[role];
    const markers: string[] = [];
    for (const other of Object.values(tenants)) {
      if (other === self) continue;
      markers.push(other.name);
      const sameCohort = self !== null && self.cohort !== '' && self.cohort === other.cohort;
      if (!sameCohort) markers.push(other.company, other.email);
    }
    return markers;
  }

  /**
   * The status the access rules give. `null` for a case the caller is allowed into, where the answer depends on the
   * route's own validation (checked: below 500, and not a refusal of access).
   */
  const OVERSEERS: string[] = ['owner', 'coach', 'viewer'];

  function expectedStatus(kind: string, role: Role, target: TargetName, route: string, takesWorkspace: boolean): number | null {
    if (kind === 'open') return route === 'GET /api/health' ? 200 : route === 'POST /api/session' ? 401 : 404;
    if (role === 'anonymous') return 401;
    if (kind === 'caller') return 200;
    if (target === 'copied-id') return kind === 'workspace' && !route.includes('{id}') ? null : 404;
    if (kind === 'workspace') {
      if (target === 'own') return null;
      if (target === 'teammate' && role !== 'outsider') return 403; // a teammate or an overseer: never the workspace itself
      return 404;
    }
    if (kind === 'token') return target === 'own' ? 200 : 404;
    const inA1 = role !== 'outsider';
    if (kind === 'cohort') return inA1 && (target === 'own' || (target === 'teammate' && !takesWorkspace)) ? 200 : 404;
    if (kind === 'cohort-coach') {
      if (!(inA1 && (target === 'own' || (target === 'teammate' && !takesWorkspace)))) return 404;
      return OVERSEERS.includes(role) ? 200 : 403;
    }
    if (kind === 'cohort-manage') {
      if (!(inA1 && (target === 'own' || (target === 'teammate' && !takesWorkspace)))) return 404;
      // Removing or cancelling names a contact's id, nobody and nothing in the cohort: the route's own 404, after the role let the caller in.
      return ['owner', 'coach'].includes(role) ? (route.startsWith('DELETE') ? null : 200) : 403;
    }
    if (kind === 'member-view') return target === 'teammate' && ['owner', 'coach', 'viewer'].includes(role) ? 200 : 404;
    if (kind === 'path-request') {
      if (target === 'own' && role === 'member') return route.endsWith('/withdraw') ? 200 : 403;
      return 404;
    }
    if (kind === 'new-path-request') {
      if (!inA1 || (target !== 'own' && target !== 'teammate')) return 404;
      if (target === 'own') return 404; // asking oneself: no teammate who shares with you as yourself
      return role === 'member' ? 409 : null; // the member already asked the teammate; others may ask once
    }
    throw new Error(`unclassified route kind ${kind}`);
  }

  it('answers every route x role x target with the status the access rules give, and leaks no foreign row', async () => {
    const routes: [string, string, Operation][] = [];
    for (const [path, operations] of Object.entries(document.paths)) for (const [method, operation] of Object.entries(operations)) routes.push([method.toUpperCase(), path, operation]);
    const unclassified = routes.filter(([method, path, operation]) => !operation.parameters?.some((p) => p.name === 'workspace' && p.in === 'query') && !ACCOUNT_ROUTES[`${method} ${path}`]);
    assert.deepEqual(unclassified.map(([method, path]) => `${method} ${path}`), [], 'every account route needs an entry in ACCOUNT_ROUTES');

    const failures: string[] = [];
    let leaks = 0;
    let checked = 0;
    let shown = 0;
    /** In one's own workspace a route answers every role alike: the role in a cohort changes nothing there. */
    const ownStatuses = new Map<string, string[]>();
    // Changes last, and the caller's own sign-out and token revocation after everything else.
    const order = (method: string, path: string) => (method === 'GET' ? 0 : path.startsWith('/api/session') || path.startsWith('/api/tokens/') ? 2 : 1);
    routes.sort((a, b) => order(a[0], a[1]) - order(b[0], b[1]));
    for (const [method, path, operation] of routes) {
      const route = `${method} ${path}`;
      const takesWorkspace = operation.parameters?.some((p) => p.name === 'workspace' && p.in === 'query') ?? false;
      const kind = ACCOUNT_ROUTES[route] ?? 'workspace';
      for (const role of ROLES) {
        for (const targetName of TARGETS) {
          const target = targetFor(role, targetName);
          const id = kind === 'path-request' ? target.pathRequestId : kind === 'token' ? target.idsFrom.spareTokenId : target.idsFrom.contactId;
          let url = path
            .replace('{id}', encodeURIComponent(id))
            .replace('{company}', encodeURIComponent(target.idsFrom.company))
            .replace('{cohort}', encodeURIComponent(target.cohortId))
            .replace('{workspace}', encodeURIComponent(target.idsFrom.workspace));
          const query = new URLSearchParams();
          // The target's workspace as ?workspace=: on a cohort route it names the seeker, who must be the caller.
          if (takesWorkspace) query.set('workspace', target.tenant.workspace);
          for (const parameter of operation.parameters ?? []) if (parameter.in === 'query' && parameter.required) query.set(parameter.name, parameter.name === 'to' ? target.idsFrom.company : 'x');
          if (route === 'GET /api/cohorts/{cohort}/warm-paths') query.set('company', target.idsFrom.company);
          if (query.size > 0) url += `?${query}`;
          const headers: Record<string, string> = role === 'anonymous' ? {} : { Authorization: `Bearer ${tenants[role].token}` };
          let body: string | undefined;
          const content = operation.requestBody?.content ?? {};
          if (content['application/octet-stream']) {
            headers['Content-Type'] = 'application/octet-stream';
            headers['X-File-Name'] = 'Connections.csv';
            body = 'First Name,Last Name\n';
          } else if (content['application/json']) {
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(BODY_OVERRIDES[route]?.(target) ?? sample(content['application/json'].schema, document));
          }
          const response = await app.request(url, { method, headers, body });
          const text = await response.text();
          checked++;
          const expected = expectedStatus(kind, role, targetName, route, takesWorkspace);
          // Allowed in: the route's own answer (a 404 of its own, such as "no target market yet", is fine), never a refusal.
          const refusedEntry = response.status === 401 || response.status === 403 || /among yours/.test(text);
          if (expected === null && targetName === 'own') ownStatuses.set(route, [...(ownStatuses.get(route) ?? []), `${role} ${response.status}`]);
          if (expected === null ? response.status >= 500 || refusedEntry : response.status !== expected) {
            failures.push(`${route} as ${role} on ${targetName}: ${response.status}, expected ${expected ?? 'an allowed answer'}: ${text.slice(0, 160)}`);
          }
          // The detector must be able to see a marker where one belongs, or 0 leaks would prove nothing.
          const mustShow =
            route === 'GET /api/contacts' && targetName === 'own' && role !== 'anonymous' ? tenants[role].name
            : route === 'GET /api/cohorts/{cohort}/members/{workspace}' && targetName === 'teammate' && role === 'coach' ? tenants.mate.company
            : route === 'GET /api/cohorts/{cohort}/pooled' && targetName === 'own' && role === 'member' ? tenants.mate.company
            : null;
          if (mustShow !== null) {
            shown++;
            if (!text.includes(mustShow)) failures.push(`${route} as ${role} on ${targetName}: ${mustShow} should be in the answer: ${text.slice(0, 160)}`);
          }
          // A marker the caller sent (an id, a company, an email in the path or body) may be echoed back: not a leak.
          const sent = `${url} ${body ?? ''}`;
          const seen = forbiddenMarkers(role).filter((marker) => text.includes(marker) && !sent.includes(marker));
          if (seen.length > 0) {
            leaks++;
            failures.push(`LEAK ${route} as ${role} on ${targetName}: ${seen.join(', ')}`);
          }
        }
      }
    }
    for (const [route, answers] of ownStatuses) {
      if (new Set(answers.map((answer) => answer.split(' ')[1])).size > 1) failures.push(`${route} answers roles differently in their own workspace: ${answers.join(', ')}`);
    }
    console.log(`isolation matrix: ${routes.length} routes x ${ROLES.length} roles x ${TARGETS.length} targets = ${checked} requests; ${leaks} leaks; ${failures.length} failures`);
    if (process.env.ISOLATION_MATRIX_OUT) (await import('node:fs')).writeFileSync(process.env.ISOLATION_MATRIX_OUT, failures.join('\n'));
    assert.deepEqual(failures, []);
    assert.equal(leaks, 0);
    assert.equal(shown, ROLES.length - 1 + 2, 'the visibility checks ran');
    // Every refused change changed nothing: the targets' contacts and path requests are as they were.
    for (const key of ['mate', 'bee', 'sea']) {
      const target = tenants[key];
      const contact = (await (await app.request(`/api/contacts/${target.contactId}?workspace=${target.workspace}`, { headers: { Authorization: `Bearer ${target.token}` } })).json()) as { contact: { notes: string } };
      assert.equal(contact.contact.notes, '', `${key}'s contact`);
      const requests = (await (await app.request('/api/path-requests', { headers: { Authorization: `Bearer ${target.token}` } })).json()) as { requests: { id: string; state: string }[] };
      assert.equal(requests.requests.find((r) => r.id === pathRequests[key])?.state, 'pending', `${key}'s path request`);
    }
  });

  async function signInAs(key: string): Promise<{ cookie: string; csrf: string }> {
    const response = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: tenants[key].email, password: PASSWORD }) });
    assert.equal(response.status, 200);
    const cookies = new Map(response.headers.getSetCookie().map((line) => [line.split('=')[0], line.split(';')[0].split('=').slice(1).join('=')]));
    return { cookie: `referable_session=${cookies.get('referable_session')}`, csrf: cookies.get('referable_csrf')! };
  }

  it('refuses every state-changing route of the document to a cookie session without the right X-CSRF-Token', async () => {
    const { cookie, csrf } = await signInAs('member');
    const other = await signInAs('mate');
    const changes: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if (['GET', 'HEAD', 'OPTIONS'].includes(method) || ACCOUNT_ROUTES[`${method} ${path}`] === 'open') continue;
        changes.push(`${method} ${path}`);
        const url = `${path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'cohort' ? cohorts.A1 : name === 'workspace' ? tenants.mate.workspace : tenants.member.contactId))}`;
        for (const [why, extra] of [['no header', {}], ['a wrong header', { 'X-CSRF-Token': `${csrf}x` }], ["another session's token", { 'X-CSRF-Token': other.csrf }]] as const) {
          const response = await app.request(url, { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...extra }, body: method === 'DELETE' ? undefined : '{}' });
          assert.equal(response.status, 403, `${method} ${path} with ${why}: ${await response.text()}`);
        }
      }
    }
    assert.ok(changes.length >= 30, `${changes.length} state-changing routes found`);
    assert.ok(changes.includes('PUT /api/cohorts/{cohort}/consent') && changes.includes('DELETE /api/session') && changes.includes('POST /api/restore'));
    // The session still works, and the header makes a change go through.
    const withHeader = await app.request('/api/tokens', { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(withHeader.status, 200);
  });

  it('takes a member who revokes consent out of every pooled route of the document at once', async () => {
    const pooledRoutes = Object.entries(document.paths)
      .filter(([path, operations]) => path.startsWith('/api/cohorts/{cohort}/') && operations.get)
      .map(([path]) => path);
    assert.ok(pooledRoutes.length >= 4, pooledRoutes.join(', '));
    const read = async (who: string, path: string) => {
      const url = path.replace('{cohort}', encodeURIComponent(cohorts.A1)).replace('{workspace}', tenants.mate2.workspace) + (path.endsWith('/warm-paths') ? `?company=${tenants.mate2.company}` : '');
      const response = await app.request(url, { headers: { Authorization: `Bearer ${tenants[who].token}` } });
      return { status: response.status, text: await response.text(), url };
    };
    const before = await read('member', '/api/cohorts/{cohort}/pooled');
    assert.ok(before.text.includes(tenants.mate2.company), 'shared before');
    assert.equal((await read('coach', '/api/cohorts/{cohort}/members/{workspace}')).status, 200);
    const revoke = await app.request(`/api/cohorts/${encodeURIComponent(cohorts.A1)}/consent`, { method: 'PUT', headers: { Authorization: `Bearer ${tenants.mate2.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ level: 'nothing' }) });
    assert.equal(revoke.status, 200);
    for (const who of ['member', 'mate', 'coach', 'owner', 'viewer']) {
      for (const path of pooledRoutes) {
        const answer = await read(who, path);
        // The company asked about (?company=) is echoed back; nothing else of the revoker's may remain. The coach's
        // pages list who is in the cohort (by email, "shares nothing"): membership is not the member's network.
        const coachPage = ['/page', '/coverage', '/outcomes', '/roster'].some((end) => path.endsWith(end));
        for (const marker of [tenants.mate2.company, ...(coachPage ? [] : [tenants.mate2.email]), tenants.mate2.name]) {
          if (!answer.url.includes(marker)) assert.ok(!answer.text.includes(marker), `${path} as ${who} still shows ${marker}`);
        }
        if (path.endsWith('/warm-paths')) assert.deepEqual(JSON.parse(answer.text).paths, [], `${path} as ${who}`);
        if (coachPage) assert.equal(answer.status, ['coach', 'owner', 'viewer'].includes(who) ? 200 : 403, `${path} as ${who}: ${answer.text}`);
        else if (path.endsWith('/members/{workspace}')) assert.equal(answer.status, ['coach', 'owner', 'viewer'].includes(who) ? 403 : 404, `${path} as ${who}`);
        else assert.equal(answer.status, 200, `${path} as ${who}: ${answer.text}`);
      }
    }
  });
});
