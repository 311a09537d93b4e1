// Tests for the pooled cohort graph: one node per person, one tie per member who knows them, consent obeyed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { degree, findEdge, neighbors } from '../graph/csr-graph.ts';
import { estimateReach } from '../graph/independent-cascade.ts';
import { buildPooledGraph, type PooledGraphPerson } from './pooled-graph.ts';

const person = (key: string, company = '', inMarket = false): PooledGraphPerson => ({ key, company, companyKey: company.toLowerCase(), inMarket });

test('a person several teammates know is one node with one tie per teammate, and one I know too is still one node', () => {
  const pooled = buildPooledGraph(
    {
      mine: [person('ann'), person('bob', '', true)],
      teammates: [
        { level: 'companies', people: [person('bob'), person('cy', '', true), person('cy')] },
        { level: 'contacts', people: [person('cy'), person('dee')] },
      ],
    },
    { coworkers: false },
  );
  assert.equal(pooled.teammates, 2);
  assert.equal(pooled.people, 4, 'ann, bob, cy, dee');
  assert.equal(pooled.graph.nodeCount, 1 + 2 + 4);
  // cy: tied to both teammates (nodes 1 and 2), once each, though the first lists cy twice.
  const cy = [...neighbors(pooled.graph, 1)].find((node) => degree(pooled.graph, node) === 2 && findEdge(pooled.graph, node, 2) >= 0)!;
  assert.deepEqual([...neighbors(pooled.graph, cy)], [1, 2]);
  assert.equal([...pooled.inMarketMask].reduce((a, b) => a + b, 0), 2, 'bob and cy are in market; members never count');
  assert.equal(pooled.inMarketMask[0] + pooled.inMarketMask[1] + pooled.inMarketMask[2], 0);
});

test('teammates sharing counts only (or nothing) put nobody in the graph', () => {
  const pooled = buildPooledGraph({ mine: [person('ann')], teammates: [{ level: 'aggregates', people: [person('zed')] }, { level: 'nothing', people: [person('yan')] }] });
  assert.equal(pooled.teammates, 0);
  assert.equal(pooled.people, 1);
  const twoHops = estimateReach(pooled.graph, Int32Array.of(pooled.me), { runs: 20, maxHops: 2 });
  assert.ok(twoHops.reached.mean <= 1, 'only ann can be reached');
});

test('people at the same employer get inferred coworker ties across members’ networks', () => {
  const pooled = buildPooledGraph({ mine: [person('ann', 'Contoso')], teammates: [{ level: 'companies', people: [person('bob', 'Contoso'), person('cy', 'Fabrikam')] }] });
  const [ann, bob, cy] = [2, 3, 4]; // me, one teammate, then people in order of first sight
  assert.ok(findEdge(pooled.graph, ann, bob) >= 0, 'ann and bob work at Contoso');
  assert.equal(findEdge(pooled.graph, ann, cy), -1, 'cy works elsewhere');
});
