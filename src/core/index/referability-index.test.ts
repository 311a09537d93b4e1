// The index: four pillars of 25 that follow their documented formulas, explain themselves and say what to do next.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goToScore } from '../content/go-to-score.ts';
import { breadthPillar, reachPillar, reciprocityPillar } from './pillars.ts';
import { parseSnapshot, referabilityIndex, snapshotOf, type IndexInput } from './referability-index.ts';

const noContent = goToScore({ items: [], goals: { focusShare: 0.6, itemsPerWeek: 2, sharedToCreated: 2 }, asOf: '2026-11-25', focusTopics: ['payments'] });

function input(overrides: Partial<IndexInput> = {}): IndexInput {
  return {
    asOf: '2026-11-25',
    market: 'Fintech',
    reach: { inMarket: 150, goal: 300, prospects: 12, weeklyConnectionRequests: 25 },
    breadth: { targetCompanies: 10, covered: 5, coveredGoal: 10, whiteSpace: ['Ledgerlark', 'Paysprig', 'Fernwallet', 'Kronwald'], top5Share: 0.8, effectiveCompanies: 4, topCompanies: ['Contoso', 'Paysprig'] },
    reciprocity: { givenRecent: 13, receivedRecent: 1, balance: 3, everRecorded: 20, thankYousOwed: 1, weeklyIntroductions: 2 },
    goTo: noContent,
    ...overrides,
  };
}

describe('referability index', () => {
  it('adds four pillars of 25 into a 0-100 score', () => {
    const index = referabilityIndex(input());
    assert.deepEqual(index.pillars.map((p) => [p.name, p.score, p.max]), [['reach', 12.5, 25], ['breadth', 12.5, 25], ['reciprocity', 14, 25], ['go-to', 0, 25]]);
    assert.equal(index.score, 39);
    assert.match(index.nextAction ?? '', /Shares\.csv|content add/, 'the weakest pillar speaks first');
  });

  it('reach: in-market connections against the goal, with how many are missing', () => {
    const pillar = reachPillar({ inMarket: 75, goal: 300, prospects: 0, weeklyConnectionRequests: 25 });
    assert.equal(pillar.score, 6.3);
    assert.match(pillar.actions[0], /Add 225 in-market connections/);
    assert.deepEqual(reachPillar({ inMarket: 400, goal: 300, prospects: 0, weeklyConnectionRequests: 25 }).actions, []);
  });

  it('breadth: coverage of target companies and spread, naming the white space', () => {
    const pillar = breadthPillar(input().breadth);
    assert.deepEqual(pillar.parts.map((part) => part.points), [7.5, 5]);
    assert.match(pillar.actions[0], /Ledgerlark, Paysprig, Fernwallet \(nobody there yet\)/);
    assert.match(pillar.actions[1], /80% of your in-market contacts are at 5 companies/);
    // A short target list lowers the coverage and spread goals to what is possible.
    const short = breadthPillar({ targetCompanies: 3, covered: 3, coveredGoal: 10, whiteSpace: [], top5Share: 1, effectiveCompanies: 3, topCompanies: ['A', 'B', 'C'] });
    assert.equal(short.score, 25);
  });

  it('reciprocity: giving, receiving, and a balance docked for thank-yous owed; an empty ledger earns nothing', () => {
    const pillar = reciprocityPillar(input().reciprocity);
    assert.deepEqual(pillar.parts.map((part) => part.points), [6, 4, 4]);
    assert.match(pillar.actions[0], /Say thank you for 1 referral/);
    const empty = reciprocityPillar({ givenRecent: 0, receivedRecent: 0, balance: 0, everRecorded: 0, thankYousOwed: 0, weeklyIntroductions: 2 });
    assert.equal(empty.score, 0);
    assert.ok(empty.actions.some((action) => /ledger add/.test(action)));
    const takerOnly = reciprocityPillar({ givenRecent: 0, receivedRecent: 2, balance: -7, everRecorded: 7, thankYousOwed: 0, weeklyIntroductions: 2 });
    assert.deepEqual(takerOnly.parts.map((part) => part.points), [0, 8, 0]);
  });

  it('go-to presence: zero without content, and says so', () => {
    const pillar = referabilityIndex(input()).pillars[3];
    assert.equal(pillar.score, 0);
    assert.match(pillar.explanation, /no content items yet/);
    assert.ok(pillar.actions.length > 0);
  });

  it('round-trips a snapshot and skips a damaged one', () => {
    const index = referabilityIndex(input());
    assert.deepEqual(parseSnapshot('2026-11-25', JSON.stringify(snapshotOf(index))), { takenOn: '2026-11-25', ...snapshotOf(index) });
    assert.equal(parseSnapshot('2026-11-25', '{broken'), null);
  });
});
