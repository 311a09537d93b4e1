// The dashboard shows the index's next best actions without terminal commands, each linked to where it is done.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadthPillar, reachPillar, reciprocityPillar } from '../src/core/index/pillars.ts';
import { dashboardAction } from '../web/src/components/action-link.ts';

describe('dashboard actions', () => {
  const actions = [
    ...reachPillar({ inMarket: 3, goal: 50, prospects: 4, weeklyConnectionRequests: 10 }).actions,
    ...breadthPillar({ targetCompanies: 0, covered: 0, coveredGoal: 5, whiteSpace: [], top5Share: 0, effectiveCompanies: 0, topCompanies: [] }).actions,
    ...breadthPillar({ targetCompanies: 6, covered: 1, coveredGoal: 5, whiteSpace: ['Contoso'], top5Share: 1, effectiveCompanies: 1, topCompanies: ['Fabrikam'] }).actions,
    ...reciprocityPillar({ givenRecent: 0, receivedRecent: 0, balance: 0, everRecorded: 0, thankYousOwed: 2, weeklyIntroductions: 1 }).actions,
  ];

  it('never shows a CLI command, and links every action to a page', () => {
    assert.ok(actions.length >= 8, String(actions.length));
    for (const action of actions) {
      const shown = dashboardAction(action);
      assert.doesNotMatch(shown.text, /referable /, action);
      assert.ok(shown.to, `no link for: ${action}`);
    }
  });

  it('opens the thank-you and the suggestions where the index says so', () => {
    const thanks = dashboardAction(actions.find((action) => action.startsWith('Say thank you'))!);
    assert.deepEqual([thanks.text, thanks.to], ['Say thank you for 2 referrals received', '/intros?thank=1#ledger']);
    const intros = dashboardAction(actions.find((action) => action.startsWith('Make introductions'))!);
    assert.equal(intros.to, '/intros#suggestions');
    assert.match(intros.text, /^Make introductions: 0 given in the last \d+ days against \d+ \(1 a week\)$/);
  });
});
