// The benchmark networks are reproducible and shaped like pooled professional networks (sizes, me, companies, tails).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCsrGraph, degree, edgeCount } from '../src/core/graph/csr-graph.ts';
import { companyMask, generateProfessionalNetwork, type GeneratedNetwork } from './graph-generators.ts';

const small = generateProfessionalNetwork({ seed: 7, directedEdges: 100_000 });

function sameCompanyShare(network: GeneratedNetwork): number {
  const { from, to } = network.edges;
  let same = 0;
  for (let i = 0; i < from.length; i++) if (network.companyOf[from[i]] === network.companyOf[to[i]]) same++;
  return same / from.length;
}

test('the same seed gives the same network, another seed a different one', () => {
  const again = generateProfessionalNetwork({ seed: 7, directedEdges: 100_000 });
  assert.deepEqual(again.edges, small.edges);
  assert.deepEqual(again.companyOf, small.companyOf);
  const other = generateProfessionalNetwork({ seed: 8, directedEdges: 100_000 });
  assert.notDeepEqual(other.edges.to, small.edges.to);
});

test('the graph holds exactly the directed edges asked for, with ten per person on average', () => {
  const graph = buildCsrGraph(small.nodeCount, small.edges);
  assert.equal(edgeCount(graph), 100_000);
  assert.equal(small.nodeCount, 10_000);
  assert.equal(small.me, 0);
});

test('a 2M-edge network gives me 30,000 first-degree ties (LinkedIn cap) plus my teammates', () => {
  const large = generateProfessionalNetwork({ seed: 1, directedEdges: 2_000_000 });
  const graph = buildCsrGraph(large.nodeCount, large.edges);
  assert.equal(edgeCount(graph), 2_000_000);
  assert.ok(degree(graph, large.me) >= 30_000 + large.members.length, `me has ${degree(graph, large.me)} ties`);
  assert.ok(degree(graph, large.me) < 31_000);
});

test('degrees are heavy-tailed: a few people know far more than the median person', () => {
  const graph = buildCsrGraph(small.nodeCount, small.edges);
  const degrees = Array.from({ length: graph.nodeCount }, (_, v) => degree(graph, v)).sort((a, b) => a - b);
  const medianDegree = degrees[degrees.length >> 1];
  const hubs = degrees.filter((d) => d >= 20 * medianDegree).length;
  assert.ok(hubs >= 3, `${hubs} people with ≥ 20x the median degree ${medianDegree}`);
  assert.ok(degrees[degrees.length - 1] > 1000);
});

test('I am tied to every teammate, strongly', () => {
  const graph = buildCsrGraph(small.nodeCount, small.edges);
  const { offsets, targets, probabilities } = graph;
  for (const member of small.members) {
    let found = -1;
    for (let e = offsets[small.me]; e < offsets[small.me + 1]; e++) if (targets[e] === member) found = e;
    assert.ok(found >= 0, `teammate ${member} is not tied to me`);
    assert.ok(probabilities[found] >= 0.3);
  }
});

test('companies follow a Zipf law and coworkers are tied to each other', () => {
  const sizes = new Array<number>(small.companyCount).fill(0);
  for (const company of small.companyOf) sizes[company]++;
  assert.equal(Math.max(...sizes), sizes[0]);
  assert.ok(sizes[0] > 50 * sizes[Math.floor(small.companyCount / 2)]);
  assert.ok(sameCompanyShare(small) > 0.3, `only ${sameCompanyShare(small)} of ties are between coworkers`);
  const mask = companyMask(small, 3);
  assert.equal(mask.reduce((a, b) => a + b, 0), sizes[3]);
});

test('pass probabilities look like tie strengths: mostly weak, a few strong, none above 0.6', () => {
  const p = small.edges.probability;
  let weak = 0;
  let strong = 0;
  for (const value of p) {
    assert.ok(value > 0 && value <= 0.6 + 1e-6);
    if (value >= 0.03 - 1e-6 && value <= 0.15 + 1e-6) weak++;
    if (value > 0.3) strong++;
  }
  assert.ok(weak / p.length > 0.8, `${weak / p.length} weak`);
  assert.ok(strong > 0 && strong / p.length < 0.05, `${strong / p.length} strong`);
});
