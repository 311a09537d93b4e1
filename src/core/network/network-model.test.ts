// The network model: one node per person, members joined to their own contact, coworker edges bounded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNetworkModel, EDGE_KINDS, memberNodeId } from './network-model.ts';

const person = (id: string, company = '') => ({ id, company, companyKey: company.toLowerCase() });

describe('buildNetworkModel', () => {
  it('joins a teammate member to the contact that stands for them, so pooled networks connect', () => {
    const model = buildNetworkModel({
      contacts: [person('sam'), person('ana'), person('bo')],
      members: [{ id: 'me', contactId: null, isMe: true }, { id: 'm-sam', contactId: 'sam', isMe: false }],
      ties: [
        { fromType: 'member', fromId: 'me', contactId: 'sam', kind: 'connected', probability: 0.4 },
        { fromType: 'member', fromId: 'm-sam', contactId: 'bo', kind: 'connected', probability: 0.3 },
      ],
    }, { coworkers: false });
    assert.equal(model.nodeIds.length, 4);
    assert.equal(model.meNode, model.nodeOf.get(memberNodeId('me')));
    assert.equal(model.nodeOf.get(memberNodeId('m-sam')), model.nodeOf.get('sam'));
    // me -> sam, and sam (the member) -> bo: a two-hop path through a teammate.
    assert.deepEqual([...model.from], [model.meNode, model.nodeOf.get('sam')]);
    assert.deepEqual([...model.to], [model.nodeOf.get('sam'), model.nodeOf.get('bo')]);
  });

  it('links coworkers at real employers only, as a clique when small and a bounded ring when large', () => {
    const small = buildNetworkModel({ contacts: [person('a', 'Acme'), person('b', 'Acme'), person('c', 'Acme'), person('d', 'Self-employed'), person('e', 'Self-employed')], members: [], ties: [] });
    assert.equal(small.from.length, 3);
    assert.ok([...small.kind].every((k) => EDGE_KINDS[k] === 'coworker-inferred'));
    const big = buildNetworkModel({ contacts: Array.from({ length: 100 }, (_, i) => person(`p${i}`, 'Bigco')), members: [], ties: [] }, { coworkerCliqueLimit: 40, coworkerLinks: 8 });
    assert.equal(big.from.length, 400, '100 people x 4 ring neighbours each');
    const off = buildNetworkModel({ contacts: [person('a', 'Acme'), person('b', 'Acme')], members: [], ties: [] }, { coworkers: false });
    assert.equal(off.from.length, 0);
  });
});
