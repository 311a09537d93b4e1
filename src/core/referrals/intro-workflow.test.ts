// The double-opt-in workflow: the happy path, refused moves with the allowed next states, expiry by the clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReferableError } from '../errors.ts';
import { advanceIntroduction, allowedNextStates, askedBy, effectiveState, INTRO_STATES, INTRO_TRANSITIONS, proposeIntroduction } from './intro-workflow.ts';

const DAY = 86_400_000;
const START = '2026-11-01T09:00:00.000Z';
const at = (days: number) => new Date(Date.parse(START) + days * DAY).toISOString();
const fresh = () => proposeIntroduction({ id: 'i1', needId: 'n1', seekerId: 'a', helperId: 'b', at: START });

describe('intro workflow', () => {
  it('walks suggested -> asked-seeker -> asked-helper -> made -> closed, stamping the history', () => {
    let intro = fresh();
    intro = advanceIntroduction(intro, { to: 'asked-seeker', at: at(1) }, Date.parse(at(1)), 14);
    intro = advanceIntroduction(intro, { to: 'asked-helper', at: at(3), note: 'A said yes' }, Date.parse(at(3)), 14);
    intro = advanceIntroduction(intro, { to: 'made', at: at(5) }, Date.parse(at(5)), 14);
    intro = advanceIntroduction(intro, { to: 'closed', at: at(30), outcome: 'interview' }, Date.parse(at(30)), 14);
    assert.equal(intro.state, 'closed');
    assert.equal(intro.outcome, 'interview');
    assert.deepEqual(intro.history.map((entry) => [entry.state, entry.at.slice(0, 10), entry.note]), [
      ['suggested', '2026-11-01', ''],
      ['asked-seeker', '2026-11-02', ''],
      ['asked-helper', '2026-11-04', 'A said yes'],
      ['made', '2026-11-06', ''],
      ['closed', '2026-12-01', ''],
    ]);
  });

  it('refuses an impossible move with CONFLICT naming the allowed next states, leaving the intro as it was', () => {
    const intro = fresh();
    const before = JSON.stringify(intro);
    assert.throws(() => advanceIntroduction(intro, { to: 'made', at: at(1) }, Date.parse(at(1)), 14), (error: unknown) => {
      assert.ok(isReferableError(error) && error.code === 'CONFLICT');
      assert.match(error.message, /is suggested and cannot move to made; allowed next: asked-seeker, declined, expired/);
      return true;
    });
    assert.equal(JSON.stringify(intro), before);
  });

  it('allows declined and expired at every step before made, and nothing after the end', () => {
    for (const state of ['suggested', 'asked-seeker', 'asked-helper'] as const) {
      assert.ok(INTRO_TRANSITIONS[state].includes('declined') && INTRO_TRANSITIONS[state].includes('expired'), state);
    }
    assert.ok(!INTRO_TRANSITIONS.made.includes('declined'));
    for (const state of ['closed', 'declined', 'expired'] as const) assert.deepEqual(INTRO_TRANSITIONS[state], []);
    for (const [from, next] of Object.entries(INTRO_TRANSITIONS)) for (const to of next) assert.ok(INTRO_STATES.includes(to), `${from} -> ${to}`);
  });

  it('counts a waiting intro as expired after expireAfterDays, and only lets it be closed off', () => {
    const intro = advanceIntroduction(fresh(), { to: 'asked-seeker', at: at(1) }, Date.parse(at(1)), 14);
    assert.equal(effectiveState(intro, Date.parse(at(14)), 14), 'asked-seeker');
    assert.equal(effectiveState(intro, Date.parse(at(15)), 14), 'expired');
    assert.deepEqual(allowedNextStates(intro, Date.parse(at(20)), 14), ['declined', 'expired']);
    assert.throws(() => advanceIntroduction(intro, { to: 'asked-helper', at: at(20) }, Date.parse(at(20)), 14), /is expired \(it was asked-seeker with no answer for 14 days since 2026-11-02\)/);
    assert.equal(advanceIntroduction(intro, { to: 'expired', at: at(20) }, Date.parse(at(20)), 14).state, 'expired');
    const made = advanceIntroduction(advanceIntroduction(intro, { to: 'asked-helper', at: at(2) }, Date.parse(at(2)), 14), { to: 'made', at: at(3) }, Date.parse(at(3)), 14);
    assert.equal(effectiveState(made, Date.parse(at(300)), 14), 'made', 'a made introduction does not expire');
  });

  it('needs an outcome to close, and takes one only when closing', () => {
    let intro = fresh();
    for (const to of ['asked-seeker', 'asked-helper', 'made'] as const) intro = advanceIntroduction(intro, { to, at: at(1) }, Date.parse(at(1)), 14);
    assert.throws(() => advanceIntroduction(intro, { to: 'closed', at: at(2) }, Date.parse(at(2)), 14), /--outcome meeting\|interview\|offer\|hire\|deal\|none/);
    assert.throws(() => advanceIntroduction(fresh(), { to: 'declined', at: at(2), outcome: 'deal' }, Date.parse(at(2)), 14), /--outcome goes with --to closed/);
  });

  it('never introduces someone to themselves, and records asks for the asking steps only', () => {
    assert.throws(() => proposeIntroduction({ id: 'x', needId: '', seekerId: 'a', helperId: 'a', at: START }), /two different people/);
    assert.deepEqual(askedBy('asked-seeker'), { who: 'seeker', purpose: 'intro-seeker' });
    assert.deepEqual(askedBy('asked-helper'), { who: 'helper', purpose: 'intro-helper' });
    assert.equal(askedBy('made'), null);
  });
});
