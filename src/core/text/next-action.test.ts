// How the terminal prints a next step: the words, then the command, reading as one sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionLine } from './next-action.ts';

describe('actionLine', () => {
  it('prints the words, then the command; the link is for the dashboard only', () => {
    assert.equal(actionLine({ text: 'Say thank you for 2 referrals received', command: 'referable ledger thanks', link: '/intros?thank=1#ledger' }), 'Say thank you for 2 referrals received: referable ledger thanks');
    assert.equal(actionLine({ text: 'Post or share 2 items every week: a steady rhythm beats a burst', command: 'referable content add URL' }), 'Post or share 2 items every week: a steady rhythm beats a burst; run referable content add URL');
    assert.equal(actionLine({ text: 'Spread out', link: '/network' }), 'Spread out');
  });
});
