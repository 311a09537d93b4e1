// Tie strength: more evidence means a stronger tie, ratings dominate, every tie explains itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { emptySignals } from './tie-signals.ts';
import { explainStrength, strengthBand, tieStrength, tieStrengthValue } from './tie-strength.ts';

const NOW = Date.parse('2026-11-25T00:00:00Z');
const bare = { kind: 'connected' as const, connectedOn: '2026-06-01', signals: emptySignals(), rating: null };

describe('tieStrength', () => {
  it('rates a connection with no history as weak, and explains it', () => {
    const result = tieStrength(bare, NOW);
    assert.equal(strengthBand(result.strength), 'weak');
    assert.match(explainStrength(result), /LinkedIn connection/);
  });

  it('rates a recent, frequent correspondent who recommended you as strong', () => {
    const result = tieStrength({ ...bare, connectedOn: '2015-01-01', signals: { ...emptySignals(), messageCount: 40, lastMessageAt: '2026-11-01T10:00:00Z', recommendedMe: true, endorsementCount: 5, endorsedSkills: [] } }, NOW);
    assert.equal(strengthBand(result.strength), 'strong');
    assert.deepEqual(result.parts.map((part) => part.signal), ['kind', 'messages', 'recency', 'endorsements', 'recommendation', 'age']);
  });

  it('lets an old conversation count for less than a recent one', () => {
    const recent = tieStrength({ ...bare, signals: { ...emptySignals(), messageCount: 5, lastMessageAt: '2026-11-20T00:00:00Z' } }, NOW);
    const old = tieStrength({ ...bare, signals: { ...emptySignals(), messageCount: 5, lastMessageAt: '2022-11-20T00:00:00Z' } }, NOW);
    assert.ok(recent.strength > old.strength);
  });

  it('counts interactions you logged, and their recency, like messages', () => {
    const before = tieStrength(bare, NOW).strength;
    const once = tieStrength({ ...bare, signals: { ...emptySignals(), interactionCount: 1, lastInteractionAt: '2026-11-25T09:00:00.000Z' } }, NOW);
    const logged = tieStrength({ ...bare, signals: { ...emptySignals(), interactionCount: 2, lastInteractionAt: '2026-11-20T09:00:00.000Z' } }, NOW);
    // One chat today is a little evidence: it moves the tie, but not from weak to moderate at once (it took 0.13 to 0.39).
    assert.ok(once.strength > before + 0.1 && once.strength < before + 0.15, `one interaction: ${before} -> ${once.strength}`);
    assert.match(explainStrength(once), /1 logged interaction \+0\.06, last interaction 0 days ago \(weighed 33%: 1 contact on record\) \+0\.07/);
    assert.ok(logged.strength > once.strength + 0.05, 'a second interaction counts more');
    assert.match(explainStrength(logged), /2 logged interactions.*last interaction 5 days ago \(weighed 50%: 2 contacts on record\)/);
    const stale = { ...emptySignals(), messageCount: 3, lastMessageAt: '2023-01-01T00:00:00Z' };
    const refreshed = tieStrength({ ...bare, signals: { ...stale, interactionCount: 1, lastInteractionAt: '2026-11-24T00:00:00Z' } }, NOW);
    assert.ok(refreshed.strength > tieStrength({ ...bare, signals: stale }, NOW).strength);
  });

  it('explains an old last message in years with its date, not thousands of days', () => {
    const old = tieStrength({ ...bare, signals: { ...emptySignals(), messageCount: 2, lastMessageAt: '2023-05-02T10:00:00Z' } }, NOW);
    assert.match(explainStrength(old), /last message 3 years ago \(2023-05-02\)/);
    assert.doesNotMatch(explainStrength(old), /\d{4,} days/);
  });

  it('lets your rating outweigh the export', () => {
    assert.ok(tieStrength({ ...bare, rating: 5 }, NOW).strength > 0.7);
    const chatty = { ...bare, signals: { ...emptySignals(), messageCount: 50, lastMessageAt: '2026-11-20T00:00:00Z' } };
    assert.ok(tieStrength({ ...chatty, rating: 1 }, NOW).strength < tieStrength(chatty, NOW).strength);
  });

  it('stays in (0, 1] and never decreases when evidence is added (property)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(20), fc.boolean(), fc.integer({ min: 0, max: 3000 }), (messages, endorsements, recommended, daysAgo) => {
        const last = new Date(NOW - daysAgo * 86_400_000).toISOString();
        const signals = { ...emptySignals(), messageCount: messages, lastMessageAt: messages ? last : '', endorsementCount: endorsements, recommendedMe: recommended };
        const value = tieStrength({ ...bare, signals }, NOW).strength;
        const more = tieStrength({ ...bare, signals: { ...signals, messageCount: messages + 1, lastMessageAt: last } }, NOW).strength;
        assert.ok(value > 0 && value <= 1);
        assert.ok(more >= value);
      }),
      { seed: 7 },
    );
  });

  it('gives the same strength without an explanation as with one, tuned or not (property)', () => {
    const date = fc.integer({ min: -400, max: 6000 }).map((daysAgo) => new Date(NOW - daysAgo * 86_400_000).toISOString());
    fc.assert(
      fc.property(
        fc.constantFrom('connected' as const, 'knows' as const, 'manual' as const), fc.oneof(date.map((at) => at.slice(0, 10)), fc.constant(''), fc.constant('not a date')),
        fc.nat(60), date, fc.nat(12), date, fc.constantFrom('me' as const, 'them' as const, '' as const), fc.nat(9), fc.boolean(), fc.option(fc.integer({ min: 0, max: 6 })),
        (kind, connectedOn, messageCount, lastMessageAt, interactionCount, lastInteractionAt, invitedBy, endorsementCount, recommendedMe, rating) => {
          const signals = { ...emptySignals(), messageCount, lastMessageAt, interactionCount, lastInteractionAt, invitedBy, endorsementCount, recommendedMe };
          const evidence = { kind, connectedOn, signals, rating };
          const explained = tieStrength(evidence, NOW);
          assert.equal(tieStrengthValue(evidence, NOW), explained.strength);
          assert.equal(tieStrengthValue(evidence, NOW, { age: 0.2, messages: 0.1 }), tieStrength(evidence, NOW, { age: 0.2, messages: 0.1 }).strength);
        },
      ),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
