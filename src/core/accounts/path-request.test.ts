import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentState, expiryOf, movePathRequest, renderPathRequestMessage, settleExpiry, type PathRequestFacts } from './path-request.ts';

const created = '2026-11-25T12:00:00.000Z';
const fresh = (): PathRequestFacts => ({ state: 'pending', createdAt: created, expiresAt: expiryOf(created), history: [{ state: 'pending', at: created, by: 'seeker', note: '' }] });

describe('path requests', () => {
  it('expire 14 days after they are made, and only pending ones', () => {
    assert.equal(expiryOf(created), '2026-12-09T12:00:00.000Z');
    assert.equal(currentState(fresh(), new Date('2026-12-09T11:59:59.000Z')), 'pending');
    assert.equal(currentState(fresh(), new Date('2026-12-09T12:00:00.000Z')), 'expired');
    assert.equal(currentState({ ...fresh(), state: 'accepted' }, new Date('2027-01-01T00:00:00.000Z')), 'accepted');
  });

  it('move once from pending, with history, and refuse a second answer or a late one', () => {
    const accepted = movePathRequest(fresh(), 'accepted', 'member', new Date('2026-11-26T09:00:00.000Z'), 'happy to');
    assert.deepEqual(accepted.history.map((entry) => `${entry.state}/${entry.by}`), ['pending/seeker', 'accepted/member']);
    assert.throws(() => movePathRequest(accepted, 'declined', 'member', new Date('2026-11-27T09:00:00.000Z')), /already accepted/);
    assert.throws(() => movePathRequest(fresh(), 'accepted', 'member', new Date('2026-12-10T00:00:00.000Z')), /expired on 2026-12-09/);
    const expired = settleExpiry(fresh(), new Date('2026-12-10T00:00:00.000Z'));
    assert.deepEqual(expired.history.map((entry) => `${entry.state}@${entry.at.slice(0, 10)}/${entry.by}`), ['pending@2026-11-25/seeker', 'expired@2026-12-09/clock']);
    assert.equal(settleExpiry(fresh(), new Date('2026-12-01T00:00:00.000Z')).state, 'pending');
  });

  it('drafts the message from the template', () => {
    const text = renderPathRequestMessage({ seeker: 'Sam', member: 'Alex', company: 'Contoso', roles: '1 director, 2 in engineering', cohort: 'Spring 2027' });
    assert.match(text, /^Hi Alex, we are both in Spring 2027\. I am looking at Contoso, and the cohort shows you know people there \(1 director, 2 in engineering\)/);
  });
});
