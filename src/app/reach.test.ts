// Word of mouth is reproducible: the same network and seed give the same figures, whatever ids the database gave.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { FIXTURES, fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../test/support/test-workspace.ts';
import { importContacts } from './import-contacts.ts';
import { estimateWordOfMouth } from './reach.ts';

const SAMPLE_EXPORT = fileURLToPath(new URL('linkedin-sample-export.zip', FIXTURES));

/** Ids that sort the other way round from the order they are made in. */
function descendingIds() {
  let next = 1_000_000;
  return () => `id${String(--next).padStart(7, '0')}`;
}

for (const kind of TEST_STORES) {
  describe(`word of mouth on ${kind.name}`, { skip: kind.skip || undefined }, () => {
    it('gives the same reach and the same people to ask first for one network imported with differently ordered ids', async () => {
      const clock = fixedClock('2026-11-25T12:00:00.000Z');
      const ascending = await openTestWorkspace(kind, clock, 'a');
      const descending = { ...(await openTestWorkspace(kind, clock, 'd')), newId: descendingIds() };
      try {
        const request = { runs: 400, seed: 7, ask: 3, threads: 1, whatIf: ['add-weak=5'] };
        const results = [];
        for (const context of [ascending, descending]) {
          await importContacts(context, { path: SAMPLE_EXPORT });
          results.push(await estimateWordOfMouth(context, request));
        }
        const [first, second] = results;
        assert.ok(first.expectedReached.mean > 0, 'the sample network reaches somebody');
        assert.deepEqual(second.expectedReached, first.expectedReached);
        assert.deepEqual(second.expectedInMarket, first.expectedInMarket);
        assert.deepEqual(second.scenarios, first.scenarios);
        assert.deepEqual(second.askFirst.map((person) => person.name), first.askFirst.map((person) => person.name));
      } finally {
        await Promise.all([closeTestWorkspace(ascending), closeTestWorkspace(descending)]);
      }
    });
  });
}
