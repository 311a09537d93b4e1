import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { fixtureApi, type FixtureApi } from '../api.fixture.ts';

describe('/api/paths, /api/reach, /api/graph', () => {
  let api: FixtureApi;
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'network.db'), uniqueWorkspace());
  });
  after(() => api.close());

  it('finds warm paths to a company, each hop explained, and 404s an unknown target', async () => {
    const paths = (await (await api.app.request('/api/paths?to=Contoso&k=2')).json()) as { target: { kind: string; people: number }; paths: { hops: { why: string }[] }[] };
    assert.deepEqual([paths.target.kind, paths.target.people], ['company', 3]);
    assert.equal(paths.paths.length, 2);
    assert.ok(paths.paths[0].hops[0].why.length > 0);
    assert.equal((await api.app.request('/api/paths?to=Zyxwv%20Nowhere')).status, 404);
    assert.equal((await api.app.request('/api/paths')).status, 400);
    assert.equal((await api.app.request('/api/paths?to=Contoso&k=0')).status, 400);
  });

  it('estimates reach with a what-if side by side; the same question gets the same answer', async () => {
    const ask = () => api.app.request('/api/reach', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ runs: 200, seed: 7, addWeak: 3 }) });
    const first = (await (await ask()).json()) as { runs: number; expectedInMarket: { mean: number }; scenarios: { name: string }[] };
    assert.equal(first.runs, 200);
    assert.deepEqual(first.scenarios.map((scenario) => scenario.name), ['add-weak=3']);
    assert.deepEqual(await (await ask()).json(), first);
    const bad = await api.app.request('/api/reach', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ runs: 5 }) });
    assert.equal(bad.status, 400);
  });

  it('gives the graph to draw: me first, in-market people only when asked, edges among the nodes kept', async () => {
    const graph = (await (await api.app.request('/api/graph?limit=4')).json()) as { nodes: { id: string; isMe: boolean; inMarket: boolean; degree: number }[]; edges: { source: string; target: string }[]; totalNodes: number };
    assert.equal(graph.nodes.length, 4);
    assert.ok(graph.nodes[0].isMe);
    assert.equal(graph.totalNodes, 10);
    const kept = new Set(graph.nodes.map((node) => node.id));
    assert.ok(graph.edges.every((edge) => kept.has(edge.source) && kept.has(edge.target)));
    const inMarket = (await (await api.app.request('/api/graph?inMarket=true')).json()) as { nodes: { isMe: boolean; inMarket: boolean }[] };
    assert.ok(inMarket.nodes.every((node) => node.isMe || node.inMarket));
    assert.equal(inMarket.nodes.length, 6);
  });

  it('exports the network as GraphML, node-link JSON or an edge list, as downloads', async () => {
    const graphml = await api.app.request('/api/graph/export');
    assert.match(graphml.headers.get('content-type') ?? '', /graphml/);
    assert.match(graphml.headers.get('content-disposition') ?? '', /attachment; filename="referable-network.graphml"/);
    const text = await graphml.text();
    assert.match(text, /^<\?xml/);
    assert.ok(!text.includes('<script>'), 'names holding HTML are escaped in XML');
    const json = (await (await api.app.request('/api/graph/export?format=json')).json()) as { links: unknown[] };
    assert.ok(json.links.length > 0);
    assert.match(await (await api.app.request('/api/graph/export?format=edgelist')).text(), /^# source\ttarget/);
    assert.equal((await api.app.request('/api/graph/export?format=png')).status, 400);
  });
});
