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
    type CoverageCompany = { name: string; tier: number; contacts: number; prospects: number; bySeniority: Record<string, number>; strongest: { contactId: string; name: string } | null };
    const coverage = await get<{ companies: CoverageCompany[]; whiteSpace: string[]; covered: number; goal: number; breadth: { top5Share: number; effectiveCompanies: number } }>(api, '/api/coverage');
    assert.deepEqual(coverage.companies.map((company) => [company.name, company.tier, company.contacts, company.prospects]), [['Northwind Traders', 1, 2, 0], ['Contoso', 2, 3, 0], ['Globex', 3, 0, 0]]);
    // What the Target page draws: the heat map cells (company × seniority) add up to each company's contacts, each
    // covered company names its best door in, and the white space is the companies with nobody.
    for (const company of coverage.companies) {
      assert.equal(Object.values(company.bySeniority).reduce((sum, value) => sum + value, 0), company.contacts, company.name);
      assert.equal(company.strongest === null, company.contacts === 0, company.name);
    }
    assert.deepEqual(coverage.companies[0].bySeniority, { Senior: 1, VP: 1 });
    assert.deepEqual([coverage.whiteSpace, coverage.covered, coverage.goal], [['Globex'], 2, 2]);
    // The 5 in-market people work at 2 companies (2 and 3 of them): the top 5 companies hold all of them, and the
    // spread is 1 / ((2/5)² + (3/5)²) = 1.9 equal companies.
    assert.deepEqual([coverage.breadth.top5Share, coverage.breadth.effectiveCompanies], [1, 1.9]);
    const document = await get<{ components: { schemas: Record<string, { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> }> } }>(api, '/api/openapi.json');
    const documented = document.components.schemas.Coverage.properties;
    for (const field of ['companies', 'whiteSpace', 'covered', 'goal', 'breadth']) assert.ok(documented[field], `Coverage documents ${field}`);
    assert.deepEqual(Object.keys(documented.companies.items?.properties ?? {}).sort(), ['bySeniority', 'contacts', 'name', 'prospects', 'strongest', 'tier']);
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

  it('with Cache-Control: max-stale, answers with the last report while a market change is rescored, and says so', async () => {
    const stale = { 'Cache-Control': 'max-stale' };
    const before = await api.app.request('/api/report', { headers: stale });
    assert.equal(before.headers.get('Referable-Stale'), null);
    const inMarketBefore = ((await before.json()) as { quantity: { inMarket: number } }).quantity.inMarket;
    const wider = FIXTURE_MARKET.replace('name: Test market', 'name: Stale market').replace('  - name: Globex\n    tier: 3\n', '  - name: Fabrikam\n    tier: 1\n');
    assert.equal((await put(api, '/api/target', { definition: wider })).status, 200);
    const during = await api.app.request('/api/report', { headers: stale });
    // The report of the data before the change, marked stale, with the data version it reflects.
    assert.equal(during.headers.get('Referable-Stale'), 'true');
    assert.ok(Number(during.headers.get('Referable-Data-Version')) < Number((await api.app.request('/api/workspace')).headers.get('Referable-Data-Version')));
    assert.equal(((await during.json()) as { quantity: { inMarket: number } }).quantity.inMarket, inMarketBefore);
    // A client that does not accept stale answers waits for the new one; after it, everyone gets the new one.
    assert.equal((await get<{ market: { name: string } }>(api, '/api/report')).market.name, 'Stale market');
    const after = await api.app.request('/api/report', { headers: stale });
    assert.equal(after.headers.get('Referable-Stale'), null);
    assert.equal(((await after.json()) as { market: { name: string } }).market.name, 'Stale market');
  });
});
