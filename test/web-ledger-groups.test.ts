// The dashboard's ledger: an interview and an offer reported after an introduction are outcomes under it, not rows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupOutcomes } from '../web/src/components/ledger-groups.ts';

describe('ledger outcomes in the dashboard', () => {
  it('groups outcome events under their referral, in date order, and keeps an outcome whose referral is not listed', () => {
    const rows = [
      { id: 'offer', follows: 'intro', occurredOn: '2026-11-20', outcome: 'offer' },
      { id: 'intro', follows: '', occurredOn: '2026-10-01', outcome: '' },
      { id: 'interview', follows: 'intro', occurredOn: '2026-10-15', outcome: 'interview' },
      { id: 'job', follows: '', occurredOn: '2026-09-01', outcome: '' },
      { id: 'lost', follows: 'elsewhere', occurredOn: '2026-09-02', outcome: 'hire' },
    ];
    const groups = groupOutcomes(rows);
    assert.deepEqual(groups.map((group) => [group.referral.id, group.outcomes.map((outcome) => outcome.id)]), [
      ['intro', ['interview', 'offer']],
      ['job', []],
      ['lost', []],
    ]);
  });
});
