// The index: four pillars of 25 that follow their documented formulas, explain themselves and say what to do next.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goToScore } from '../content/go-to-score.ts';
import { actionLine } from '../text/next-action.ts';
import { breadthPillar, reachPillar, reciprocityPillar } from './pillars.ts';
import { parseSnapshot, referabilityIndex, snapshotOf, type IndexInput } from './referability-index.ts';

const noContent = goToScore({ items: [], goals: { focusShare: 0.6, itemsPerWeek: 2, sharedToCreated: 2 }, asOf: '2026-11-25', focusTopics: ['payments'] });

function input(overrides: Partial<IndexInput> = {}): IndexInput {
  return {
    asOf: '2026-11-25',
    market: 'Fintech',
    reach: { inMarket: 150, goal: 300, prospects: 12, weeklyConnectionRequests: 25 },
    breadth: { targetCompanies: 10, covered: 5, coveredGoal: 10, whiteSpace: ['Ledgerlark', 'Paysprig', 'Fernwallet', 'Kronwald'], top5Share: 0.8, effectiveCompanies: 4, topCompanies: ['Contoso', 'Paysprig', 'Kestrel Labs', 'Woodgrove Bank', 'Fabrikam', 'Northwind Traders'] },
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
    assert.match(index.nextAction?.text ?? '', /Shares\.csv/, 'the weakest pillar speaks first');
    assert.equal(index.nextAction?.link, '/import');
  });

  it('reach: in-market connections against the goal, with how many are missing', () => {
    const pillar = reachPillar({ inMarket: 75, goal: 300, prospects: 0, weeklyConnectionRequests: 25 });
    assert.equal(pillar.score, 6.3);
    assert.match(pillar.actions[0].text, /Add 225 in-market connections/);
    assert.deepEqual([pillar.actions[0].command, pillar.actions[0].link], ['referable plan', '/week']);
    assert.deepEqual(reachPillar({ inMarket: 400, goal: 300, prospects: 0, weeklyConnectionRequests: 25 }).actions, []);
  });

  it('breadth: coverage of target companies and spread, naming the white space', () => {
    const pillar = breadthPillar(input().breadth);
    assert.deepEqual(pillar.parts.map((part) => part.points), [7.5, 5]);
    assert.deepEqual(pillar.actions[0], { text: 'Find a first contact at Ledgerlark, Paysprig, Fernwallet (nobody there yet)', command: 'referable path "Ledgerlark"', link: '/network?company=Ledgerlark' });
    assert.match(pillar.actions[1].text, /80% of your in-market contacts are at 5 companies/);
    const two = breadthPillar({ targetCompanies: 2, covered: 2, coveredGoal: 2, whiteSpace: [], top5Share: 1, effectiveCompanies: 2, topCompanies: ['Ledgerlark', 'Fernwallet'] });
    assert.match(two.actions[0].text, /100% of your in-market contacts are at only 2 companies \(Ledgerlark, Fernwallet\);/);
    // A short target list lowers the coverage and spread goals to what is possible.
    const short = breadthPillar({ targetCompanies: 3, covered: 3, coveredGoal: 10, whiteSpace: [], top5Share: 1, effectiveCompanies: 3, topCompanies: ['A', 'B', 'C'] });
    assert.equal(short.score, 25);
  });

  it('reciprocity: giving, receiving, and a balance docked for thank-yous owed; an empty ledger earns nothing', () => {
    const pillar = reciprocityPillar(input().reciprocity);
    assert.deepEqual(pillar.parts.map((part) => part.points), [6, 4, 4]);
    assert.deepEqual(pillar.actions[0], { text: 'Say thank you for 1 referral received', command: 'referable ledger thanks', link: '/intros?thank=1#ledger' });
    const empty = reciprocityPillar({ givenRecent: 0, receivedRecent: 0, balance: 0, everRecorded: 0, thankYousOwed: 0, weeklyIntroductions: 2 });
    assert.equal(empty.score, 0);
    assert.ok(empty.actions.some((action) => action.command === 'referable ledger add given|received' && action.link === '/intros#ledger'));
    const takerOnly = reciprocityPillar({ givenRecent: 0, receivedRecent: 2, balance: -7, everRecorded: 7, thankYousOwed: 0, weeklyIntroductions: 2 });
    assert.deepEqual(takerOnly.parts.map((part) => part.points), [0, 8, 0]);
  });

  it('go-to presence: zero without content, and says so', () => {
    const pillar = referabilityIndex(input()).pillars[3];
    assert.equal(pillar.score, 0);
    assert.match(pillar.explanation, /no content items yet/);
    assert.ok(pillar.actions.length > 0);
  });

  it('states every action in words that name no shell, with the command and the page apart', () => {
    const actions = [
      ...reachPillar({ inMarket: 3, goal: 50, prospects: 4, weeklyConnectionRequests: 10 }).actions,
      ...breadthPillar({ targetCompanies: 0, covered: 0, coveredGoal: 5, whiteSpace: [], top5Share: 0, effectiveCompanies: 0, topCompanies: [] }).actions,
      ...breadthPillar({ targetCompanies: 6, covered: 1, coveredGoal: 5, whiteSpace: ['Contoso'], top5Share: 1, effectiveCompanies: 1, topCompanies: ['Fabrikam'] }).actions,
      ...reciprocityPillar({ givenRecent: 0, receivedRecent: 0, balance: 0, everRecorded: 0, thankYousOwed: 2, weeklyIntroductions: 1 }).actions,
      ...referabilityIndex(input()).pillars[3].actions,
    ];
    assert.ok(actions.length >= 9, String(actions.length));
    for (const action of actions) {
      assert.doesNotMatch(action.text, /referable |\.yaml/, action.text);
      assert.match(action.link ?? '', /^\/[a-z-]*/, `a page to act on: ${action.text}`);
      if (action.command) assert.match(action.command, /^referable [a-z]+/);
    }
    assert.equal(actionLine(actions[0]), `${actions[0].text}; run referable plan`, 'the terminal prints the words, then the command');
  });

  it('round-trips a snapshot and skips a damaged one', () => {
    const index = referabilityIndex(input());
    assert.deepEqual(parseSnapshot('2026-11-25', JSON.stringify(snapshotOf(index))), { takenOn: '2026-11-25', ...snapshotOf(index) });
    assert.equal(parseSnapshot('2026-11-25', '{broken'), null);
  });
});
