// The market builder's API: suggestions with counts from the network, a draft's preview without saving, problems by
// field with the YAML path's own messages, and a saved draft that `referable target show` reads back as the same market.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { referable } from '../../../test/support/run-cli.ts';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { marketProblems } from '../../app/target.ts';
import { fixtureApi, type FixtureApi } from '../api.fixture.ts';

const send = (api: FixtureApi, path: string, body: unknown, method = 'POST') => api.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const get = async <T>(api: FixtureApi, path: string) => (await (await api.app.request(path)).json()) as T;

interface Preview {
  issues: { field?: string; reason: string; line?: number }[];
  preview: { connections: number; inMarket: number; coveredCompanies: number; matches: Record<string, number> } | null;
}

describe('/api/target builder routes', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'builder.db');
  const workspace = uniqueWorkspace();
  let api: FixtureApi;
  let empty: FixtureApi;
  before(async () => {
    api = await fixtureApi(db, workspace, { market: false });
    empty = await fixtureApi(join(folder, 'empty.db'), uniqueWorkspace(), { market: false, network: false });
  });
  after(async () => {
    await api.close();
    await empty.close();
  });

  it('suggests candidates from the network with counts, and a draft with its preview', async () => {
    const body = await get<{ contacts: number; candidates: { companies: { value: string; count: number }[]; functions: { value: string; count: number }[] }; draft: { companies: { name: string; tier: number }[] }; preview: { inMarket: number } }>(api, '/api/target/suggestion');
    assert.equal(body.contacts, 9);
    assert.deepEqual(body.candidates.companies.map((c) => [c.value, c.count]), [['Contoso', 3], ['Fabrikam', 2], ['Northwind Traders', 2]]);
    assert.deepEqual(body.candidates.functions.slice(0, 2).map((c) => [c.value, c.count]), [['Engineering', 3], ['Product Management', 3]]);
    assert.deepEqual(body.draft.companies, [{ name: 'Contoso', tier: 1 }, { name: 'Fabrikam', tier: 1 }, { name: 'Northwind Traders', tier: 1 }]);
    assert.equal(typeof body.preview.inMarket, 'number');
    const none = await get<{ contacts: number; draft: unknown }>(empty, '/api/target/suggestion');
    assert.deepEqual([none.contacts, none.draft], [0, null]);
  });

  it('previews a draft without saving it: the count moves with the functions picked', async () => {
    const draft = { name: 'Builder market', functions: ['Product Management'], weights: { function: 100 } };
    const product = await (await send(api, '/api/target/preview', { market: draft })).json() as Preview;
    assert.deepEqual(product.issues, []);
    assert.equal(product.preview?.connections, 9);
    assert.equal(product.preview?.inMarket, 3);
    const wider = await (await send(api, '/api/target/preview', { market: { ...draft, functions: ['Product Management', 'Engineering'] } })).json() as Preview;
    assert.equal(wider.preview?.inMarket, 6);
    assert.equal((await get<{ active: unknown }>(api, '/api/target')).active, null, 'a preview saves nothing');
    // An incomplete draft answers its problems by field, not a failure: the builder shows them as the user types.
    const wrong = await (await send(api, '/api/target/preview', { market: { ...draft, functions: ['Product Managment'] } })).json() as Preview;
    assert.equal(wrong.preview, null);
    assert.equal(wrong.issues[0].field, 'functions[0]');
    assert.match(wrong.issues[0].reason, /"Product Managment" is not a LinkedIn job function; did you mean "Product Management"/);
    assert.equal(wrong.issues[0].line, undefined, 'no line of a file the user never saw');
  });

  it('refuses an invalid market with a 400 naming each field, in the words the YAML path uses, and changes nothing', async () => {
    const response = await send(api, '/api/target/market', { market: { name: 'Bad', threshold: 150, seniorities: ['Boss'], colour: 'blue' } }, 'PUT');
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as { error: { code: string; message: string; details: { issues: { field?: string; reason: string }[] } } };
    assert.equal(error.code, 'INVALID_INPUT');
    const fields = error.details.issues.map((issue) => issue.field);
    assert.ok(fields.includes('threshold') && fields.includes('colour'), fields.join(', '));
    assert.match(error.message, /field "threshold": must be from 0 to 100/);
    // The same problem written as YAML gets the same words.
    const yaml = marketProblems('target.yaml', 'name: Bad\nthreshold: 150\nfunctions: [Sales]\n');
    assert.match(yaml[0], /line 2, field "threshold": must be from 0 to 100/);
    assert.equal((await get<{ active: unknown }>(api, '/api/target')).active, null);
  });

  it('saves a draft as the active market, which the CLI shows as the same market, and the report counts as previewed', async () => {
    const draft = { name: 'Builder market', threshold: 40, companies: [{ name: 'Contoso', tier: 1 }, 'Northwind Traders'], functions: ['Product Management'], seniorities: ['Manager', 'Director'] };
    const previewed = (await (await send(api, '/api/target/preview', { market: draft })).json()) as Preview;
    const response = await send(api, '/api/target/market', { market: draft }, 'PUT');
    assert.equal(response.status, 200, await response.clone().text());
    const saved = (await response.json()) as { name: string; active: boolean; market: Record<string, unknown> };
    assert.deepEqual([saved.name, saved.active], ['Builder market', true]);
    const report = await get<{ quantity: { inMarket: number } }>(api, '/api/report');
    assert.equal(report.quantity.inMarket, previewed.preview?.inMarket);

    const shown = referable(['target', 'show', '--json', '--db', db, '--workspace', workspace], folder);
    assert.equal(shown.code, 0, shown.stderr);
    const cli = JSON.parse(shown.stdout) as { name: string; market: Record<string, unknown>; definition: string };
    assert.equal(cli.name, 'Builder market');
    assert.deepEqual(cli.market, saved.market);
    assert.match(cli.definition, /^companies:\n {2}- name: Contoso\n {4}tier: 1\n {2}- Northwind Traders$/m);
  });

  it('offers the pickers LinkedIn\'s functions, seniorities and industries', async () => {
    const vocabulary = await get<{ functions: string[]; seniorities: string[]; industries: { label: string; path: string[] }[] }>(api, '/api/target/vocabulary');
    assert.equal(vocabulary.functions.length, 26);
    assert.deepEqual(vocabulary.seniorities.slice(4, 7), ['Manager', 'Director', 'VP']);
    assert.deepEqual(vocabulary.industries.find((industry) => industry.label === 'Banking')?.path, ['Financial Services', 'Credit Intermediation', 'Banking']);
  });
});
