// The redundancy term on a workspace network: confirmed shared connections lower a tie's pass, inferred coworkers do not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCsrGraph, findEdge } from '../graph/csr-graph.ts';
import { passProbability } from '../ties/pass-probability.ts';
import { buildNetworkModel } from './network-model.ts';
import { withRedundancy } from './redundancy.ts';

const person = (id: string, company = '') => ({ id, company, companyKey: company.toLowerCase() });

describe('withRedundancy', () => {
  it('discounts a tie by the confirmed connections its ends share, and leaves a bridge alone', () => {
    // Me (a member with no contact) tied to sam, ana, bo, cy; sam is a teammate whose export also has ana and bo;
    // cy works at Acme with dee, who is nobody's confirmed connection.
    const strong = passProbability(0.6);
    const model = buildNetworkModel({
      contacts: [person('sam'), person('ana'), person('bo'), person('cy', 'Acme'), person('dee', 'Acme')],
      members: [{ id: 'me', contactId: null, isMe: true }, { id: 'm-sam', contactId: 'sam', isMe: false }],
      ties: [
        ...['sam', 'ana', 'bo', 'cy'].map((contactId) => ({ fromType: 'member' as const, fromId: 'me', contactId, kind: 'connected' as const, probability: strong })),
        ...['ana', 'bo'].map((contactId) => ({ fromType: 'member' as const, fromId: 'm-sam', contactId, kind: 'connected' as const, probability: strong })),
      ],
    });
    const base = buildCsrGraph(model.nodeIds.length, { from: model.from, to: model.to, probability: model.probability, kind: model.kind });
    const { graph, mutual } = withRedundancy(base, 10);
    const node = (id: string) => model.nodeOf.get(id)!;
    const edge = (a: string, b: string) => findEdge(graph, a === 'me' ? model.meNode : node(a), node(b));
    // me–sam share ana and bo: 10 / 12 of the news.
    assert.equal(mutual[edge('me', 'sam')], 2);
    assert.ok(Math.abs(graph.probabilities[edge('me', 'sam')] - strong * (10 / 12)) < 1e-6);
    // me–ana share sam: 10 / 11.
    assert.equal(mutual[edge('me', 'ana')], 1);
    assert.ok(Math.abs(graph.probabilities[edge('me', 'ana')] - strong * (10 / 11)) < 1e-6);
    // me–cy: cy's only other tie is the inferred coworker dee, which does not count. Nothing shared, nothing lost.
    assert.equal(mutual[edge('me', 'cy')], 0);
    assert.equal(graph.probabilities[edge('me', 'cy')], base.probabilities[edge('me', 'cy')]);
    // The coworker edge cy–dee: its ends share nobody confirmed, so it keeps its flat guess.
    assert.equal(graph.probabilities[edge('cy', 'dee')], base.probabilities[edge('cy', 'dee')]);
    // Same structure, both directions discounted alike.
    assert.equal(graph.targets, base.targets);
    assert.equal(graph.probabilities[findEdge(graph, node('sam'), model.meNode)], graph.probabilities[edge('me', 'sam')]);
  });

  it('changes nothing with the term off (m½ = 0), the plain cascade', () => {
    const model = buildNetworkModel({ contacts: [person('a'), person('b')], members: [{ id: 'me', contactId: null, isMe: true }], ties: [
      { fromType: 'member', fromId: 'me', contactId: 'a', kind: 'connected', probability: 0.3 },
      { fromType: 'member', fromId: 'me', contactId: 'b', kind: 'connected', probability: 0.3 },
      { fromType: 'contact', fromId: 'a', contactId: 'b', kind: 'knows', probability: 0.3 },
    ] });
    const base = buildCsrGraph(model.nodeIds.length, { from: model.from, to: model.to, probability: model.probability, kind: model.kind });
    assert.deepEqual(withRedundancy(base, 0).graph.probabilities, base.probabilities);
    assert.ok(withRedundancy(base, 10).graph.probabilities.every((p, e) => Math.abs(p - base.probabilities[e] * (10 / 11)) < 1e-7), 'a triangle: every edge shares one');
  });
});
