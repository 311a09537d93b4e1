// The greedy planner: fits the budget, honours the invitation limit, one item per person, the company share bound.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ACTION_KINDS, DEFAULT_SETTINGS, type ActionKind } from '../settings/settings.ts';
import type { Candidate } from './candidates.ts';
import { companyAllowance, planWeek, type PlanLimits } from './plan-week.ts';

const COSTS = DEFAULT_SETTINGS.planner.costs;
const limits = (over: Partial<PlanLimits> = {}): PlanLimits => ({ budgetMinutes: 60, costs: COSTS, invitationsLeft: 100, maxCompanyShare: 1, ...over });

function make(kind: ActionKind, id: string, value: number, company = '', other = ''): Candidate {
  return { key: `${kind}:${id}`, kind, contactId: kind === 'share' ? '' : id, otherContactId: other, needId: '', contentUrl: '', company, value, why: `because ${id}` };
}

describe('planWeek', () => {
  it('takes the best value per minute first and stops at the budget', () => {
    const plan = planWeek([make('follow-up', 'a', 10), make('thank-you', 'b', 10), make('connection-request', 'c', 2), make('coffee-chat', 'd', 20)], limits({ budgetMinutes: 20 }));
    // thank-you 2/min, follow-up 1/min, connection 0.67/min; the coffee chat (30 min) does not fit.
    assert.deepEqual(plan.items.map((item) => item.key), ['thank-you:b', 'follow-up:a', 'connection-request:c']);
    assert.equal(plan.totalMinutes, 18);
    assert.ok(plan.items.every((item) => item.why.startsWith('because')));
  });

  it('sends no more connection requests than the invitations left this week', () => {
    const prospects = Array.from({ length: 50 }, (_, i) => make('connection-request', `p${i}`, 3));
    const plan = planWeek(prospects, limits({ budgetMinutes: 1000, invitationsLeft: 7 }));
    assert.equal(plan.items.length, 7);
  });

  it('plans one action per person, counting both people of an introduction', () => {
    const plan = planWeek([make('introduction', 'a', 40, '', 'b'), make('follow-up', 'b', 10), make('thank-you', 'a', 10), make('follow-up', 'c', 5)], limits({ budgetMinutes: 100 }));
    assert.deepEqual(plan.items.map((item) => item.key), ['introduction:a', 'follow-up:c']);
  });

  it('keeps any company under its share of the week (at least one item each)', () => {
    const candidates = [
      ...Array.from({ length: 20 }, (_, i) => make('connection-request', `big${i}`, 4, 'bigco')),
      ...Array.from({ length: 20 }, (_, i) => make('connection-request', `s${i}`, 2, `small${i}`)),
    ];
    const plan = planWeek(candidates, limits({ budgetMinutes: 60, maxCompanyShare: 0.25 }));
    const big = plan.items.filter((item) => item.company === 'bigco').length;
    assert.equal(plan.items.length, 20);
    assert.equal(big, 5, 'a quarter of 20 items');
  });

  it('respects items the week already holds (done ones) for people and companies', () => {
    const plan = planWeek([make('follow-up', 'a', 10, 'x'), make('follow-up', 'b', 10, 'x'), make('follow-up', 'c', 9, 'y')], limits({ budgetMinutes: 100, maxCompanyShare: 0.5 }), [
      { contactId: 'a', otherContactId: '', company: 'x' },
    ]);
    assert.deepEqual(plan.items.map((item) => item.key), ['follow-up:c']);
  });

  it('never plans more minutes than the budget, whatever the candidates and costs (property)', () => {
    const kind = fc.constantFrom(...ACTION_KINDS);
    const candidate = fc.record({ kind, id: fc.integer({ min: 0, max: 40 }), value: fc.double({ min: 0, max: 50, noNaN: true }), company: fc.constantFrom('', 'a', 'b', 'c', 'd') });
    const costs = fc.record(Object.fromEntries(ACTION_KINDS.map((k) => [k, fc.integer({ min: 0, max: 90 })])) as Record<ActionKind, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 80 }), costs, fc.integer({ min: 1, max: 600 }), fc.nat(30), fc.double({ min: 0, max: 1, noNaN: true }), (raw, costTable, budget, invitations, share) => {
        const seen = new Set<string>();
        const candidates = raw.map((c, i) => make(c.kind, `${c.kind === 'share' ? 's' : 'p'}${c.id}-${i}`, c.value, c.company)).filter((c) => !seen.has(c.key) && seen.add(c.key));
        const plan = planWeek(candidates, { budgetMinutes: budget, costs: costTable, invitationsLeft: invitations, maxCompanyShare: share });
        assert.ok(plan.totalMinutes <= budget, `${plan.totalMinutes} > ${budget}`);
        assert.equal(plan.totalMinutes, plan.items.reduce((sum, item) => sum + item.minutes, 0));
        assert.ok(plan.items.filter((item) => item.kind === 'connection-request').length <= invitations);
        const counts = new Map<string, number>();
        for (const item of plan.items) if (item.company) counts.set(item.company, (counts.get(item.company) ?? 0) + 1);
        for (const count of counts.values()) assert.ok(count <= companyAllowance(plan.items.length, share));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
