// The pooling routes of the multi-user server on PostgreSQL, through app.request(): consent by the member, the pooled
// view, warm paths, reach, a coach's view, a path request accepted over HTTP, and revocation leaving every answer at
// once. Assertions on the JSON text: no name of a 'companies' member's contacts in any pooled answer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createApiToken } from '../../app/accounts/api-tokens.ts';
import { createCohort } from '../../app/accounts/cohorts.ts';
import { addUser } from '../../app/accounts/users.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../app/import-contacts.ts';
import { randomId } from '../../app/random-id.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { createMultiUserApp } from './multi-user-app.ts';
import { connectionsCsv as csv } from '../../app/accounts/connections-csv.fixture.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('pooling routes (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
  let accounts: AccountsContext;
  let app: ReturnType<typeof createMultiUserApp>['app'];
  let cohortName = '';
  const people: Record<string, { email: string; workspace: string; token: string }> = {};

  async function person(name: string, role: CohortRole, rows: [string, string, string, string][], cohortId: string) {
    const email = `${name}-${run}@example.org`;
    const { user } = await addUser(accounts, CLI_ADMIN, email, 'correct horse battery staple');
    await createOwnedWorkspace(accounts, CLI_ADMIN, `${name}-${run}`, email);
    await putMembership(accounts.db, cohortId, user.id, role, clock.now().toISOString());
    if (rows.length > 0) await importContacts(workspaceContext(accounts, `${name}-${run}`), { input: bufferSource('Connections.csv', csv(rows)) });
    people[name] = { email, workspace: `${name}-${run}`, token: (await createApiToken(accounts, CLI_ADMIN, email)).token };
  }

  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const response = await app.request(path, { method, headers: { Authorization: `Bearer ${people[who].token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  };

  before(async () => {
    accounts = await openAccounts(postgres.location(), { now: clock.now });
    app = createMultiUserApp({ accounts, webRoot: null, version: 'test', logError: () => {} }).app;
    cohortName = `Pool ${run}`;
    const cohort = await createCohort(accounts, cohortName, `Org ${run}`);
    await person('sam', 'member', [['Pat', 'Known', 'Contoso', 'Engineer']], cohort.id);
    await person('alex', 'member', [['Zelda', `Secretname${run}`, 'Contoso', 'Director of Engineering'], ['Yusuf', `Hiddenname${run}`, 'Contoso', 'Engineer']], cohort.id);
    await person('drew', 'member', [['Tess', `Privatename${run}`, 'Contoso', 'CTO']], cohort.id);
    await person('coach', 'coach', [], cohort.id);
  });
  after(async () => {
    await accounts.store.close();
  });

  it('lets a member share, shows teammates what they share, and reveals names only on an accepted path request', async () => {
    const cohort = encodeURIComponent(cohortName);
    const set = await call('alex', 'PUT', `/api/cohorts/${cohort}/consent`, { level: 'companies' });
    assert.equal(set.status, 200, set.text);
    assert.equal(JSON.parse(set.text).level, 'companies');
    assert.equal((await call('alex', 'PUT', `/api/cohorts/${cohort}/consent`, { level: 'all' })).status, 400);
    assert.deepEqual(JSON.parse((await call('drew', 'GET', '/api/consents')).text).consents.map((c: { level: string }) => c.level), ['nothing']);

    const pooled = await call('sam', 'GET', `/api/cohorts/${cohort}/pooled`);
    assert.equal(pooled.status, 200, pooled.text);
    assert.deepEqual(JSON.parse(pooled.text).members.map((m: { member: string; counts: unknown }) => [m.member, m.counts]), [[people.alex.email, { connections: 2, inMarket: null, companies: 1 }]]);
    const warm = await call('sam', 'GET', `/api/cohorts/${cohort}/warm-paths?company=Contoso`);
    assert.equal(JSON.parse(warm.text).paths[0].sentence, `${people.alex.email} (your cohort) knows 2 people at Contoso: 1 director, 1 in engineering`);
    const reach = JSON.parse((await call('sam', 'GET', `/api/cohorts/${cohort}/reach`)).text);
    assert.deepEqual([reach.firstDegree.people, reach.secondDegree.people, reach.noSecondDegree], [1, 2, null]);
    for (const answer of [pooled, warm]) {
      for (const hidden of [`Secretname${run}`, `Hiddenname${run}`, `Privatename${run}`, people.drew.email]) assert.ok(!answer.text.includes(hidden), `${hidden} leaked`);
    }

    const created = await call('sam', 'POST', '/api/path-requests', { cohort: cohortName, member: people.alex.email, company: 'Contoso' });
    assert.equal(created.status, 200, created.text);
    const request = JSON.parse(created.text);
    assert.ok(!created.text.includes('Secretname'));
    assert.equal((await call('sam', 'POST', `/api/path-requests/${request.id}/accept`)).status, 403, 'the seeker cannot accept their own request');
    assert.equal((await call('drew', 'POST', `/api/path-requests/${request.id}/decline`)).status, 404, 'a stranger to the request cannot see it');
    const accepted = await call('alex', 'POST', `/api/path-requests/${request.id}/accept`, { note: 'sure' });
    assert.equal(accepted.status, 200, accepted.text);
    const mine = JSON.parse((await call('sam', 'GET', '/api/path-requests')).text).requests;
    assert.deepEqual(mine.map((r: { state: string; revealed: { name: string }[] }) => [r.state, r.revealed.map((p) => p.name).sort()]), [['accepted', [`Yusuf Hiddenname${run}`, `Zelda Secretname${run}`]]]);
    const ledger = JSON.parse((await call('sam', 'GET', `/api/ledger?workspace=${people.sam.workspace}`)).text);
    assert.ok(JSON.stringify(ledger).includes('Contoso'), 'the accepted request is in the seeker\'s ledger');
  });

  it('gives the coach a filtered read-only view, never the member\'s workspace routes', async () => {
    const cohort = encodeURIComponent(cohortName);
    assert.equal((await call('coach', 'GET', `/api/contacts?workspace=${people.alex.workspace}`)).status, 403);
    const listed = JSON.parse((await call('coach', 'GET', '/api/workspaces')).text).workspaces;
    assert.deepEqual(listed.map((w: { id: string; access: string }) => [w.id, w.access]), [[people.coach.workspace, 'owner'], [people.alex.workspace, 'companies']], 'the private member is not listed');
    assert.deepEqual(JSON.parse((await call('sam', 'GET', '/api/workspaces')).text).workspaces.map((w: { id: string }) => w.id), [people.sam.workspace], 'a teammate oversees no one');
    const view = await call('coach', 'GET', `/api/cohorts/${cohort}/members/${people.alex.workspace}`);
    assert.equal(view.status, 200, view.text);
    assert.equal(JSON.parse(view.text).level, 'companies');
    assert.ok(!view.text.includes('Secretname'));
    assert.equal((await call('coach', 'GET', `/api/cohorts/${cohort}/members/${people.drew.workspace}`)).status, 403);
    assert.equal((await call('sam', 'GET', `/api/cohorts/${cohort}/members/${people.alex.workspace}`)).status, 404, 'a teammate has no member view');
  });

  it('takes a member who revokes out of every answer at once', async () => {
    const cohort = encodeURIComponent(cohortName);
    assert.equal(JSON.parse((await call('sam', 'GET', `/api/cohorts/${cohort}/pooled`)).text).members.length, 1);
    assert.equal((await call('alex', 'PUT', `/api/cohorts/${cohort}/consent`, { level: 'nothing' })).status, 200);
    assert.deepEqual(JSON.parse((await call('sam', 'GET', `/api/cohorts/${cohort}/pooled`)).text).members, []);
    assert.deepEqual(JSON.parse((await call('sam', 'GET', `/api/cohorts/${cohort}/warm-paths?company=Contoso`)).text).paths, []);
    const reach = JSON.parse((await call('sam', 'GET', `/api/cohorts/${cohort}/reach`)).text);
    assert.deepEqual([reach.secondDegree.people, reach.noSecondDegree], [0, 'no second degree to count: no teammate in this cohort shares their network yet']);
    assert.equal((await call('coach', 'GET', `/api/cohorts/${cohort}/members/${people.alex.workspace}`)).status, 403);
    assert.deepEqual(JSON.parse((await call('coach', 'GET', '/api/workspaces')).text).workspaces.map((w: { id: string }) => w.id), [people.coach.workspace]);
  });

  it('documents the pooling routes in the OpenAPI document', async () => {
    const document = JSON.parse(await (await app.request('/api/openapi.json')).text()) as { paths: Record<string, unknown> };
    for (const path of ['/api/consents', '/api/cohorts/{cohort}/consent', '/api/cohorts/{cohort}/pooled', '/api/cohorts/{cohort}/warm-paths', '/api/cohorts/{cohort}/reach', '/api/cohorts/{cohort}/members/{workspace}', '/api/path-requests', '/api/path-requests/{id}/accept']) {
      assert.ok(document.paths[path], path);
    }
  });
});
