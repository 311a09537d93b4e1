// One count of referrals given: a made introduction and its ledger event are one referral, not two.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countGiven, givenReferrals } from './given-referrals.ts';
import { newReferralEvent, outcomeUpdate } from './referral-ledger.ts';

const meta = (id: string) => ({ id, recordedAt: '2026-11-25T12:00:00.000Z', today: '2026-11-25' });

describe('given referrals', () => {
  const madeEvent = newReferralEvent({ direction: 'given', kind: 'intro', contactId: 'farid', otherContactId: 'omar', introId: 'i1', occurredOn: '2026-11-24' }, meta('e1'));
  const byHand = newReferralEvent({ direction: 'given', kind: 'intro', contactId: 'dana', otherContactId: 'avery', occurredOn: '2026-11-25' }, meta('e2'));
  const job = newReferralEvent({ direction: 'given', kind: 'job', contactId: 'cora', occurredOn: '2026-11-10' }, meta('e3'));
  const received = newReferralEvent({ direction: 'received', kind: 'intro', contactId: 'omar', occurredOn: '2026-11-24' }, meta('e4'));
  const interview = outcomeUpdate(madeEvent, { outcome: 'interview', occurredOn: '2026-11-25' }, meta('e5'));
  const made = [
    { introId: 'i1', seekerId: 'farid', helperId: 'omar', madeOn: '2026-11-24' }, // in the ledger by its id
    { introId: 'i2', seekerId: 'dana', helperId: 'avery', madeOn: '2026-11-25' }, // recorded by hand the same day
    { introId: 'i3', seekerId: 'lee', helperId: 'omar', madeOn: '2026-11-23' }, // the ledger lacks it
  ];

  it('counts each introduction once, whether the ledger or the workflow holds it, and never an outcome update', () => {
    const given = givenReferrals([madeEvent, byHand, job, received, interview], made);
    assert.deepEqual(given.map((entry) => `${entry.kind}:${entry.contactId}>${entry.otherContactId}:${entry.source}`), [
      'job:cora>:ledger', 'intro:lee>omar:workflow', 'intro:farid>omar:ledger', 'intro:dana>avery:ledger',
    ]);
  });

  it('counts by week and by kind', () => {
    const given = givenReferrals([madeEvent, byHand, job, received, interview], made);
    assert.equal(countGiven(given, { from: '2026-11-23', to: '2026-11-29', kind: 'intro' }), 3);
    assert.equal(countGiven(given, { from: '2026-11-24', to: '2026-11-24' }), 1);
    assert.equal(countGiven(given), 4);
  });
});
