// Tie signals: how partial signals combine, when two sets are the same (re-import idempotence), and what they weigh.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combineSignals, emptySignals, sameSignals } from './tie-signals.ts';
import { tieStrength } from './tie-strength.ts';

describe('tie signals', () => {
  it('unions the skills I endorsed someone for, apart from the skills they endorsed me for', () => {
    const first = combineSignals(emptySignals(), { endorsedByMe: ['Kubernetes', 'SRE'] });
    const both = combineSignals(first, { endorsedByMe: ['SRE', 'Go'], endorsedSkills: ['SQL'], endorsementCount: 1 });
    assert.deepEqual(both.endorsedByMe, ['Kubernetes', 'SRE', 'Go']);
    assert.deepEqual(both.endorsedSkills, ['SQL']);
    assert.equal(both.endorsementCount, 1);
  });

  it('treats the same skills in another order as unchanged, and a skill more or less as a change', () => {
    const stored = { ...emptySignals(), endorsedByMe: ['Kubernetes', 'SRE'] };
    assert.ok(sameSignals(stored, { ...emptySignals(), endorsedByMe: ['SRE', 'Kubernetes'] }));
    assert.ok(!sameSignals(stored, { ...emptySignals(), endorsedByMe: ['Kubernetes'] }));
    assert.ok(!sameSignals(stored, { ...emptySignals(), endorsedByMe: ['Kubernetes', 'Go'] }));
    assert.ok(!sameSignals(stored, { ...emptySignals(), endorsedSkills: ['Kubernetes', 'SRE'] }), 'given and received are different facts');
  });

  it('leaves tie strength alone: endorsing someone says what they know, not how well we know each other', () => {
    const now = Date.parse('2026-11-25T00:00:00Z');
    const bare = { kind: 'connected' as const, connectedOn: '2020-01-01', rating: null };
    const plain = tieStrength({ ...bare, signals: emptySignals() }, now);
    const endorsed = tieStrength({ ...bare, signals: { ...emptySignals(), endorsedByMe: ['Kubernetes', 'SRE', 'Go'] } }, now);
    assert.deepEqual(endorsed, plain);
  });
});
