// The coach's cohort page over HTTP on PostgreSQL: numbers as far as each member's consent allows (no name of an
// 'aggregates' member's contacts anywhere in the JSON text), stalled on the injected clock, pooled coverage by level,
// the outcome funnel in JSON, CSV and HTML, and 403 for a member.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createApiToken, revokeApiToken } from '../../app/accounts/api-tokens.ts';
import { createCohort } from '../../app/accounts/cohorts.ts';
import { setConsent } from '../../app/accounts/consents.ts';
import { addUser, disableUser } from '../../app/accounts/users.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../app/import-contacts.ts';
import { addReferral } from '../../app/ledger.ts';
import { randomId } from '../../app/random-id.ts';
import type { ConsentLevel } from '../../core/accounts/consent.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { createMultiUserApp } from './multi-user-app.ts';
import { connectionsCsv as csv } from '../../app/accounts/connections-csv.fixture.ts';
import { queryText, watchSentQueries } from '../../store/dialects/sent-queries.fixture.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('cohort page routes (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
  let accounts: AccountsContext;
  let app: ReturnType<typeof createMultiUserApp>['app'];
  let cohortPath = '';
  const people: Record<string, { email: string; workspace: string; token: string; userId: string }> = {};

  async function person(name: string, role: CohortRole, level: ConsentLevel, rows: [string, string, string, string][], cohortId: string, cohortName: string) {
    const email = `${name}-${run}@example.org`;
    const { user } = await addUser(accounts, CLI_ADMIN, email, 'correct horse battery staple');
    await createOwnedWorkspace(accounts, CLI_ADMIN, `${name}-${run}`, email);
    await putMembership(accounts.db, cohortId, user.id, role, clock.now().toISOString());
    if (level !== 'nothing') await setConsent(accounts, CLI_ADMIN, user.id, cohortName, level);
    if (rows.length > 0) await importContacts(workspaceContext(accounts, `${name}-${run}`), { input: bufferSource('Connections.csv', csv(rows)) });
    people[name] = { email, workspace: `${name}-${run}`, token: (await createApiToken(accounts, CLI_ADMIN, email)).token, userId: user.id };
  }
  const ctxOf = (name: string) => workspaceContext(accounts, people[name].workspace);

  const get = async (who: string, path: string) => {
    const response = await app.request(path, { headers: { Authorization: `Bearer ${people[who].token}` } });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };

  before(async () => {
    accounts = await openAccounts(postgres.location(), { now: clock.now });
    app = createMultiUserApp({ accounts, webRoot: null, version: 'test', logError: () => {} }).app;
    const name = `Page ${run}`;
    cohortPath = `/api/cohorts/${encodeURIComponent(name)}`;
    const cohort = await createCohort(accounts, name, `Org ${run}`);
    await person('ana', 'member', 'aggregates', [['Zora', `Aggsecret${run}`, 'Contoso', 'Engineer'], ['Ivo', `Aggother${run}`, 'Fabrikam', 'Director']], cohort.id, name);
    await person('ben', 'member', 'contacts', [['Lena', `Fullname${run}`, 'Contoso', 'CTO']], cohort.id, name);
    await person('cy', 'member', 'companies', [['Omar', `Coname${run}`, 'Contoso', 'Engineer'], ['Rui', `Coname2${run}`, 'Contoso', 'Engineer']], cohort.id, name);
    await person('dee', 'member', 'nothing', [['Pia', `Nothingname${run}`, 'Contoso', 'Engineer']], cohort.id, name);
    await person('coach', 'coach', 'nothing', [], cohort.id, name);
    // Ana: a referral last week that became a hire; Ben: an interview 24 days ago and nothing since (stalled).
    await addReferral(ctxOf('ana'), { direction: 'received', kind: 'job', contact: `Zora Aggsecret${run}`, company: 'Contoso', outcome: 'hire', on: '2026-11-20' });
    await addReferral(ctxOf('ana'), { direction: 'given', kind: 'intro', contact: `Ivo Aggother${run}`, other: `Zora Aggsecret${run}`, on: '2026-11-19' });
    await addReferral(ctxOf('ben'), { direction: 'received', kind: 'job', contact: `Lena Fullname${run}`, company: 'Contoso', outcome: 'interview', on: '2026-11-01' });
    await addReferral(ctxOf('dee'), { direction: 'received', kind: 'job', contact: `Pia Nothingname${run}`, outcome: 'offer', on: '2026-11-24' });
    const ws = ctxOf('ana').store.workspace;
    for (const [day, score] of [['2026-11-18', 40], ['2026-11-25', 46.5]] as const) {
      await ws.snapshots.save({ kind: 'index', takenOn: day, takenAt: `${day}T09:00:00.000Z`, payload: JSON.stringify({ score, pillars: [{ name: 'reach', score: score / 2 }] }) });
    }
  });
  after(async () => {
    await accounts.store.close();
  });

  it('shows each member as far as they consent, flags the stalled one, and sorts by any column', async () => {
    const page = await get('coach', `${cohortPath}/page?sort=referralsReceived&direction=desc`);
    assert.equal(page.status, 200, page.text);
    assert.match(page.type, /^application\/json/);
    const body = JSON.parse(page.text);
    const row = (name: string) => body.members.find((member: { member: string }) => member.member === people[name].email);
    assert.deepEqual([row('ana').index, row('ana').indexChange, row('ana').pillars[0].change], [46.5, 6.5, 3.3]);
    assert.deepEqual([row('ana').referralsReceived, row('ana').introsGiven, row('ana').interviews, row('ana').offers, row('ana').stalled, row('ana').daysSinceActivity], [1, 1, 1, 1, false, 5]);
    assert.deepEqual([row('ben').stalled, row('ben').daysSinceActivity, row('ben').interviews, row('ben').offers], [true, 24, 1, 0]);
    assert.deepEqual([row('dee').sharesNothing, row('dee').referralsReceived, row('dee').stalled], [true, null, null]);
    assert.equal(body.members.at(-1).member, people.dee.email, 'a member who shares nothing sorts last');
    // Cy joined today and has done nothing yet: not stalled before 14 days after joining.
    assert.deepEqual([row('cy').stalled, row('cy').daysSinceActivity, row('cy').daysSinceJoined], [false, null, 0]);
    assert.equal(body.stalled, 1, 'ben only');
    for (const hidden of [`Aggsecret${run}`, `Aggother${run}`, `Nothingname${run}`, 'Contoso']) assert.ok(!page.text.includes(hidden), `${hidden} leaked`);
  });

  it('shows pooled coverage with member names always and contacts only at the contacts level', async () => {
    const coverage = await get('coach', `${cohortPath}/coverage?company=Contoso&company=Fabrikam`);
    assert.equal(coverage.status, 200, coverage.text);
    const body = JSON.parse(coverage.text);
    assert.equal(body.covered, 1);
    assert.deepEqual(body.companies[0], { company: 'Contoso', people: 3, through: [{ member: people.cy.email, people: 2 }, { member: people.ben.email, people: 1, contacts: [`Lena Fullname${run}`] }] });
    assert.deepEqual(body.companies[1], { company: 'Fabrikam', people: 0, through: [] });
    for (const hidden of [`Aggsecret${run}`, `Coname${run}`, `Nothingname${run}`, people.ana.email, people.dee.email]) assert.ok(!coverage.text.includes(hidden), `${hidden} leaked`);
  });

  it('reports the outcome funnel in JSON, CSV and self-contained HTML, without members who share nothing', async () => {
    const report = JSON.parse((await get('coach', `${cohortPath}/outcomes`)).text);
    assert.deepEqual(report.referral, { leads: 2, interviews: 2, offers: 1, hires: 1 });
    assert.equal(report.notSharing, 1);
    const csvFile = await get('coach', `${cohortPath}/outcomes?format=csv`);
    assert.match(csvFile.type, /text\/csv/);
    assert.ok(csvFile.text.includes(`${people.ana.email},referral,1,1,1,1\r\n`), csvFile.text);
    assert.ok(csvFile.text.includes('(cohort),referral,2,2,1,1\r\n'));
    const page = await get('coach', `${cohortPath}/outcomes?format=html`);
    assert.match(page.type, /text\/html/);
    assert.match(page.text, /<tr><th scope="row">Referral<\/th><td>2<\/td><td>2<\/td><td>1<\/td><td>1<\/td><td>50%<\/td><\/tr>/);
    assert.ok(!/<script|src=/.test(page.text));
    assert.ok(!page.text.includes(people.dee.email) && !csvFile.text.includes(people.dee.email));
  });

  it('refuses the page to a member and to a stranger to the cohort', async () => {
    for (const path of ['/page', '/coverage', '/outcomes?format=csv']) assert.equal((await get('ana', `${cohortPath}${path}`)).status, 403, path);
    assert.equal((await get('coach', '/api/cohorts/No%20such%20cohort/page')).status, 404);
    const document = JSON.parse((await get('coach', '/api/openapi.json')).text) as { paths: Record<string, unknown> };
    for (const path of ['/api/cohorts/{cohort}/page', '/api/cohorts/{cohort}/coverage', '/api/cohorts/{cohort}/outcomes']) assert.ok(document.paths[path], path);
  });

  // The page's token requests are judged in one statement with the cohort (cohortPageCaller): by the same rules as
  // every other route's (callerAuth), and a browser's session cookie gets the same page the other way.
  it("answers a coach's token or browser session with one statement, the same page, and refuses a revoked token or a disabled account's", async () => {
    const withToken = await get('coach', `${cohortPath}/page`);
    assert.equal(withToken.status, 200, withToken.text);
    const signIn = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: people.coach.email, password: 'correct horse battery staple' }) });
    assert.equal(signIn.status, 200, await signIn.text());
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const sent: string[] = [];
    const stopWatching = watchSentQueries((config) => sent.push(queryText(config)));
    try {
      assert.equal((await get('coach', `${cohortPath}/page`)).text, withToken.text);
      const withSession = await app.request(`${cohortPath}/page`, { headers: { Cookie: cookie } });
      assert.deepEqual([withSession.status, await withSession.text()], [200, withToken.text]);
    } finally {
      stopWatching();
    }
    assert.equal(sent.length, 2, `an unchanged page is one statement, with a token or a session: ${sent.join('\n')}`);
    assert.match(sent[0], /"api_tokens"\."token_hash"/);
    assert.match(sent[1], /"sessions"\."session_hash"/);

    const revoked = await createApiToken(accounts, CLI_ADMIN, people.coach.email, 'revoked');
    await revokeApiToken(accounts, CLI_ADMIN, revoked.id);
    const refused = await app.request(`${cohortPath}/page`, { headers: { Authorization: `Bearer ${revoked.token}`, Cookie: cookie } });
    assert.equal(refused.status, 401, 'a revoked token is refused, and never falls back to the cookie beside it');
    assert.equal((await app.request(`${cohortPath}/page`, { headers: { Authorization: 'Bearer rfb_unknown' } })).status, 401);
    assert.equal((await app.request(`${cohortPath}/page`, { headers: { Authorization: 'Basic not-a-token' } })).status, 401);

    const cohortId = JSON.parse(withToken.text).cohort.id as string;
    await person('gus', 'coach', 'nothing', [], cohortId, `Page ${run}`);
    assert.equal((await get('gus', `${cohortPath}/page`)).status, 200);
    await disableUser(accounts, CLI_ADMIN, people.gus.email);
    assert.equal((await get('gus', `${cohortPath}/page`)).status, 401, "a disabled account's token is refused at once");
  });

  // Last: it changes what the members hold. The page keeps members' facts between requests (600,000 shared contacts a
  // request otherwise); a write in a member's workspace and a consent change must still show on the next request.
  it('shows a member\'s new referral and a revoked consent on the next request after the first', async () => {
    const rowOf = async (name: string) => {
      const page = await get('coach', `${cohortPath}/page`);
      assert.equal(page.status, 200, page.text);
      return JSON.parse(page.text).members.find((member: { member: string }) => member.member === people[name].email);
    };
    assert.deepEqual([(await rowOf('ben')).referralsReceived, (await rowOf('ben')).stalled], [1, true]);
    await addReferral(ctxOf('ben'), { direction: 'received', kind: 'job', contact: `Lena Fullname${run}`, company: 'Contoso', outcome: 'interview', on: '2026-11-25' });
    assert.deepEqual([(await rowOf('ben')).referralsReceived, (await rowOf('ben')).stalled, (await rowOf('ben')).daysSinceActivity], [2, false, 0]);
    assert.equal((await rowOf('ana')).sharesNothing, false);
    await setConsent(accounts, CLI_ADMIN, people.ana.userId, `Page ${run}`, 'nothing');
    const ana = await rowOf('ana');
    assert.deepEqual([ana.sharesNothing, ana.referralsReceived, ana.index], [true, null, null], 'revoked at once, kept facts or not');
  });

  // After the one above: it writes to cy's workspace too.
  it('answers 304 to the ETag of the page it sent until a member writes, then the new page with a new ETag', async () => {
    const headers = (extra: Record<string, string> = {}) => ({ headers: { Authorization: `Bearer ${people.coach.token}`, ...extra } });
    const first = await app.request(`${cohortPath}/page`, headers());
    const etag = first.headers.get('etag') ?? '';
    assert.equal(first.status, 200);
    assert.match(etag, /^"[\w-]{43}"$/);
    const again = await app.request(`${cohortPath}/page`, headers({ 'If-None-Match': `"stale", ${etag}` }));
    assert.deepEqual([again.status, await again.text(), again.headers.get('etag')], [304, '', etag]);
    // A browser asks for it compressed (it always sends Accept-Encoding): the same page, a tenth of the bytes.
    const plain = await (await app.request(`${cohortPath}/page`, headers())).text();
    const compressed = await app.request(`${cohortPath}/page`, headers({ 'Accept-Encoding': 'gzip, deflate, br, zstd' }));
    assert.deepEqual([compressed.status, compressed.headers.get('content-encoding'), compressed.headers.get('vary')], [200, 'br', 'Accept-Encoding']);
    assert.equal(new TextDecoder().decode(brotliDecompressSync(Buffer.from(await compressed.arrayBuffer()))), plain);
    const brEtag = compressed.headers.get('etag') ?? '';
    assert.equal(brEtag, `${etag.slice(0, -1)}.br"`);
    const heldCompressed = await app.request(`${cohortPath}/page`, headers({ 'Accept-Encoding': 'br', 'If-None-Match': brEtag }));
    assert.deepEqual([heldCompressed.status, heldCompressed.headers.get('etag')], [304, brEtag]);
    const sorted = await app.request(`${cohortPath}/page?sort=member&direction=desc`, headers({ 'If-None-Match': etag }));
    assert.equal(sorted.status, 200, 'another sorting is other bytes');
    await addReferral(ctxOf('cy'), { direction: 'received', kind: 'job', contact: `Omar Coname${run}`, company: 'Contoso', outcome: 'interview', on: '2026-11-25' });
    const changed = await app.request(`${cohortPath}/page`, headers({ 'If-None-Match': etag }));
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const cy = JSON.parse(await changed.text()).members.find((member: { member: string }) => member.member === people.cy.email);
    assert.deepEqual([cy.referralsReceived, cy.interviews], [1, 1]);
  });

  // Last: the page's check is the cohort's roster version (migration 013's triggers); an import, a member joining and
  // a consent raised each move it, so each shows on the very next request.
  it("shows a member's import, a newcomer and a raised consent on the next request", async () => {
    const page = async () => {
      const response = await get('coach', `${cohortPath}/page`);
      assert.equal(response.status, 200, response.text);
      return JSON.parse(response.text) as { members: { member: string; inMarket: number | null; sharesNothing: boolean }[] };
    };
    const before = await page();
    await importContacts(ctxOf('dee'), { input: bufferSource('Connections.csv', csv([['Noa', `Late${run}`, 'Contoso', 'Engineer']])) });
    await setConsent(accounts, CLI_ADMIN, people.dee.userId, `Page ${run}`, 'aggregates');
    const raised = (await page()).members.find((member) => member.member === people.dee.email)!;
    assert.equal(raised.sharesNothing, false);
    const cohort = (await accounts.db.selectFrom('cohorts').select('cohort_id').where('name', '=', `Page ${run}`).executeTakeFirstOrThrow()).cohort_id;
    await person('eve', 'member', 'aggregates', [], cohort, `Page ${run}`);
    const after = await page();
    assert.deepEqual([before.members.length, after.members.length], [4, 5]);
    assert.ok(after.members.some((member) => member.member === people.eve.email));
  });
});
