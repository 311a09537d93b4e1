import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { fixtureApi, FIXTURE_MARKET, type FixtureApi } from '../api.fixture.ts';

const put = (api: FixtureApi, path: string, body: unknown, method = 'PUT') => api.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const get = async <T>(api: FixtureApi, path: string) => (await (await api.app.request(path)).json()) as T;

describe('/api/report, /api/coverage, /api/target, /api/workspace', () => {
  let api: FixtureApi;
  let bare: FixtureApi;
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'report.db'), uniqueWorkspace());
    bare = await fixtureApi(join(temporaryFolder(), 'bare.db'), uniqueWorkspace(), { market: false });
  });
  after(async () => {
    await api.close();
    await bare.close();
  });

  it('reports quantity, quality and coverage as `referable report --json` does', async () => {
    const report = await get<{ market: { name: string }; quantity: { totalConnections: number; inMarket: number }; coverage: { whiteSpace: string[] } }>(api, '/api/report');
    assert.equal(report.market.name, 'Test market');
    assert.equal(report.quantity.totalConnections, 9);
    assert.equal(report.quantity.inMarket, 5);
    assert.deepEqual(report.coverage.whiteSpace, ['Globex']);
    const coverage = await get<{ companies: { name: string; contacts: number }[]; breadth: { top5Share: number } }>(api, '/api/coverage');
    assert.deepEqual(coverage.companies.map((company) => [company.name, company.contacts]), [['Northwind Traders', 2], ['Contoso', 3], ['Globex', 0]]);
    assert.equal(typeof coverage.breadth.top5Share, 'number');
    const company = await get<{ company: string; contacts: { name: string }[] }>(api, '/api/coverage/northwind%20traders%20inc');
    assert.equal(company.company, 'Northwind Traders');
    assert.equal(company.contacts.length, 2);
  });

  it('says how to set a market when there is none (404), and the workspace says so too', async () => {
    const response = await bare.app.request('/api/report');
    assert.equal(response.status, 404);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /target market/);
    const workspace = await get<{ contacts: number; inMarket: number | null; activeMarket: string | null }>(bare, '/api/workspace');
    assert.deepEqual([workspace.contacts, workspace.inMarket, workspace.activeMarket], [9, null, null]);
    assert.equal((await bare.app.request('/api/contacts?inMarket=true')).status, 404);
  });

  it('refuses an invalid market with every problem by line and changes nothing', async () => {
    const response = await put(api, '/api/target', { definition: 'name: Broken\nthreshold: 500\ncompanies: 12\n' });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { message: string; details: { issues: { line?: number }[] } } };
    assert.match(body.error.message, /target\.yaml/);
    assert.ok(body.error.details.issues.length >= 1);
    assert.equal((await get<{ active: { name: string } }>(api, '/api/target')).active.name, 'Test market');
  });

  it('saves and activates a new market; reports and lists change at once; switches back by name', async () => {
    const wider = FIXTURE_MARKET.replace('name: Test market', 'name: Wider market').replace('  - name: Globex\n    tier: 3\n', '  - name: Fabrikam\n    tier: 1\n');
    const saved = await put(api, '/api/target', { definition: wider });
    assert.equal(saved.status, 200);
    assert.equal(((await saved.json()) as { name: string; active: boolean }).active, true);
    const targets = await get<{ active: { name: string; definition: string }; markets: { name: string; active: boolean }[] }>(api, '/api/target');
    assert.equal(targets.active.name, 'Wider market');
    assert.equal(targets.active.definition, wider);
    assert.equal(targets.markets.length, 2);
    assert.equal((await get<{ quantity: { inMarket: number } }>(api, '/api/report')).quantity.inMarket, 7);
    assert.equal((await get<{ inMarket: number }>(api, '/api/workspace')).inMarket, 7);
    assert.equal((await put(api, '/api/target/use', { name: 'Test market' }, 'POST')).status, 200);
    assert.equal((await get<{ quantity: { inMarket: number } }>(api, '/api/report')).quantity.inMarket, 5);
    assert.equal((await put(api, '/api/target/use', { name: 'Nope' }, 'POST')).status, 404);
  });
});
