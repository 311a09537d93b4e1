// One contact query, two shells: `referable contacts list --json` and GET /api/contacts answer every filter and sort
// with the same people in the same order (they once drifted: only the API knew seniority and function).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { fixtureApi, type FixtureApi } from '../src/http/api.fixture.ts';
import { temporaryFolder, uniqueWorkspace } from './support/test-stores.ts';

interface Item {
  id: string;
  seniority: string;
  function: string;
}

describe('contacts list: the CLI and the API run one query', () => {
  const db = join(temporaryFolder(), 'shells.db');
  const workspace = uniqueWorkspace();
  let api: FixtureApi;
  before(async () => {
    api = await fixtureApi(db, workspace);
  });
  after(() => api.close());

  async function viaApi(query: Record<string, string>): Promise<string[]> {
    const response = await api.app.request(`/api/contacts?${new URLSearchParams({ ...query, limit: '500' })}`);
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as { items: Item[] }).items.map((item) => item.id);
  }

  async function viaCli(args: string[]): Promise<string[]> {
    let stdout = '';
    let stderr = '';
    const output = { out: (text: string) => void (stdout += `${text}\n`), err: (text: string) => void (stderr += `${text}\n`) };
    const code = await main(['node', 'referable', 'contacts', 'list', '--json', '--db', db, '--workspace', workspace, ...args], output, { REFERABLE_NOW: '2026-11-25T12:00:00.000Z', NO_COLOR: '1' });
    assert.equal(code, 0, stderr);
    return (JSON.parse(stdout) as Item[]).map((item) => item.id);
  }

  it('gives the same people in the same order for every filter and sort', async () => {
    const everyone = ((await (await api.app.request('/api/contacts?limit=500')).json()) as { items: Item[] }).items;
    const seniority = everyone.find((item) => item.seniority)!.seniority;
    const role = everyone.find((item) => item.function)!.function;
    const cases: [Record<string, string>, string[]][] = [
      [{}, []],
      [{ sort: 'name', order: 'desc' }, ['--sort', 'name', '--order', 'desc']],
      [{ sort: 'company' }, ['--sort', 'company']],
      [{ sort: 'recent' }, ['--sort', 'recent']],
      [{ sort: 'connected', order: 'desc' }, ['--sort', 'connected', '--order', 'desc']],
      [{ sort: 'fit' }, ['--sort', 'fit']],
      [{ sort: 'strength', order: 'asc' }, ['--sort', 'strength', '--order', 'asc']],
      [{ q: 'product' }, ['--search', 'product']],
      [{ company: 'contoso inc' }, ['--company', 'contoso inc']],
      [{ inMarket: 'true', sort: 'fit' }, ['--in-market', '--sort', 'fit']],
      [{ seniority: seniority.toUpperCase() }, ['--seniority', seniority.toUpperCase()]],
      [{ function: role, sort: 'company', order: 'desc' }, ['--function', role, '--sort', 'company', '--order', 'desc']],
    ];
    const sizes: number[] = [];
    for (const [query, args] of cases) {
      const fromApi = await viaApi(query);
      assert.deepEqual(await viaCli(args), fromApi, `${JSON.stringify(query)} vs ${args.join(' ')}`);
      sizes.push(fromApi.length);
    }
    // The filters filter (a query answering everyone to both shells would prove nothing).
    assert.ok(sizes.slice(7).every((size) => size > 0 && size < everyone.length), `sizes ${sizes}`);
    const orders = await Promise.all([viaApi({}), viaApi({ sort: 'company' }), viaApi({ sort: 'recent' })]);
    assert.notDeepEqual(orders[0], orders[1]);
    assert.notDeepEqual(orders[0], orders[2]);
  });
});
