// The ledger's rules as a user meets them: validation, duplicates by facts, outcome updates, thank-yous owed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReferableError } from '../errors.ts';
import { followsFromKey, latestOutcomes, newReferralEvent, outcomeUpdate, parseLedgerDate, referralDedupeKey, thankYousOwed, type ReferralEvent } from './referral-ledger.ts';

const meta = (id: string) => ({ id, recordedAt: '2026-11-25T12:00:00.000Z', today: '2026-11-25' });

function invalid(work: () => unknown, pattern: RegExp) {
  assert.throws(work, (error: unknown) => error instanceof ReferableError && error.code === 'INVALID_INPUT' && pattern.test(error.message));
}

describe('referral ledger', () => {
  it('validates a new referral and names the bad field', () => {
    const event = newReferralEvent({ direction: 'Given', kind: 'intro', contactId: 'a', otherContactId: 'b', company: ' Ledgerlark ', occurredOn: '2026-03-14' }, meta('e1'));
    assert.deepEqual([event.direction, event.kind, event.company, event.outcome, event.follows], ['given', 'intro', 'Ledgerlark', '', '']);
    invalid(() => newReferralEvent({ direction: 'sideways', kind: 'intro', contactId: 'a', occurredOn: '2026-03-14' }, meta('x')), /direction must be one of given, received; got "sideways"/);
    invalid(() => newReferralEvent({ direction: 'given', kind: 'favour', contactId: 'a', occurredOn: '2026-03-14' }, meta('x')), /--kind must be one of intro, job, client, advice, other/);
    invalid(() => newReferralEvent({ direction: 'given', kind: 'job', contactId: 'a', outcome: 'promotion', occurredOn: '2026-03-14' }, meta('x')), /--outcome must be one of meeting, interview, offer, hire, deal/);
    invalid(() => newReferralEvent({ direction: 'given', kind: 'intro', contactId: 'a', otherContactId: 'a', occurredOn: '2026-03-14' }, meta('x')), /different person/);
  });

  it('refuses dates that are not real days or are in the future', () => {
    assert.equal(parseLedgerDate('2024-02-29', '2026-11-25'), '2024-02-29');
    invalid(() => parseLedgerDate('2026-02-30', '2026-11-25'), /YYYY-MM-DD.*2026-02-30/);
    invalid(() => parseLedgerDate('14/03/2026', '2026-11-25'), /YYYY-MM-DD/);
    invalid(() => parseLedgerDate('2026-12-01', '2026-11-25'), /in the future/);
  });

  it('gives the same key to the same facts, whatever the company spelling, and a different one to an update', () => {
    const facts = { direction: 'given', kind: 'intro', contactId: 'a', otherContactId: 'b', company: 'Ledgerlark', occurredOn: '2026-03-14', outcome: '' } as const;
    assert.equal(referralDedupeKey(facts), referralDedupeKey({ ...facts, company: ' ledgerlark ' }));
    assert.notEqual(referralDedupeKey(facts), referralDedupeKey({ ...facts, outcome: 'meeting' }));
    assert.notEqual(referralDedupeKey(facts), referralDedupeKey({ ...facts, occurredOn: '2026-03-15' }));
    assert.equal(followsFromKey(referralDedupeKey(facts, 'e1')), 'e1');
    assert.equal(followsFromKey(referralDedupeKey(facts)), '');
  });

  it('records a later outcome as a new event following the original, and keeps the furthest outcome', () => {
    const original = newReferralEvent({ direction: 'received', kind: 'job', contactId: 'a', company: 'Paysprig', occurredOn: '2026-03-14' }, meta('e1'));
    const interview = outcomeUpdate(original, { outcome: 'interview', occurredOn: '2026-04-01' }, meta('e2'));
    const offer = outcomeUpdate(interview, { outcome: 'offer', occurredOn: '2026-04-20' }, meta('e3'));
    assert.deepEqual([interview.follows, offer.follows, offer.company, original.outcome], ['e1', 'e1', 'Paysprig', '']);
    assert.equal(latestOutcomes([original, offer, interview]).get('e1'), 'offer');
    invalid(() => outcomeUpdate(original, { outcome: 'hire', occurredOn: '2026-03-01' }, meta('e4')), /before the referral/);
  });

  it('owes a thank-you for everything received with no thank-you to that person on or after its date', () => {
    const received = (id: string, contactId: string, on: string): ReferralEvent => newReferralEvent({ direction: 'received', kind: 'job', contactId, occurredOn: on }, meta(id));
    const given = newReferralEvent({ direction: 'given', kind: 'intro', contactId: 'c', occurredOn: '2026-01-01' }, meta('g'));
    const events = [received('r1', 'a', '2026-02-01'), received('r2', 'a', '2026-05-01'), received('r3', 'b', '2026-03-01'), given];
    const owed = thankYousOwed(events, new Map([['a', ['2026-02-03']]]));
    assert.deepEqual(owed.map((row) => row.eventId), ['r3', 'r2'], 'oldest first; the thank-you of Feb 3 covers r1 only; nothing is owed for referrals given');
    assert.deepEqual(thankYousOwed(events, new Map([['a', ['2026-05-01']], ['b', ['2026-03-02']]])), []);
  });
});
