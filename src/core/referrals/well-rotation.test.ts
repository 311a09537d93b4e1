// Well rotation: who is cooling down after an ask, and the warning when asks pile onto a few people.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concentrationWarning, coolDownWarning, coolingDown, lastAskedAt, type Ask } from './well-rotation.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const ask = (contactId: string, askedAt: string, id = `${contactId}-${askedAt}`): Ask => ({ id, contactId, purpose: 'intro-helper', introId: '', askedAt });

describe('coolingDown', () => {
  it('holds the contacts asked within the cool-down, not those asked before it or in the future', () => {
    const asks = [ask('a', '2026-11-20T10:00:00Z'), ask('b', '2026-10-01T10:00:00Z'), ask('c', '2026-10-29T12:00:01Z'), ask('d', '2026-12-01T00:00:00Z')];
    assert.deepEqual([...coolingDown(asks, NOW, 28)].sort(), ['a', 'c']);
    assert.deepEqual([...coolingDown(asks, NOW.getTime(), 3)], []);
  });

  it('takes the latest ask per contact', () => {
    assert.equal(lastAskedAt([ask('a', '2026-01-01T00:00:00Z'), ask('a', '2026-11-01T00:00:00Z'), ask('a', '2026-05-01T00:00:00Z')]).get('a'), '2026-11-01T00:00:00Z');
  });
});

describe('warnings', () => {
  it('warns before tapping a contact inside the cool-down, with the days left', () => {
    const warning = coolDownWarning([ask('a', '2026-11-22T12:00:00Z')], { id: 'a', name: 'Dana Reyes' }, NOW, 28);
    assert.match(warning ?? '', /you asked Dana Reyes 3 days ago; the cool-down is 28 days \(25 left\)/);
    assert.equal(coolDownWarning([ask('a', '2026-09-01T00:00:00Z')], { id: 'a', name: 'Dana Reyes' }, NOW, 28), null);
  });

  it('warns when the last 10 asks went to fewer than 5 people, counting the ask about to be made', () => {
    const asks = Array.from({ length: 9 }, (_, i) => ask(['a', 'b', 'c'][i % 3], `2026-11-${String(10 + i).padStart(2, '0')}T00:00:00Z`));
    assert.equal(concentrationWarning(asks.slice(0, 8), 'a'), null, 'fewer than 10 asks: too early to judge');
    assert.match(concentrationWarning(asks, 'a') ?? '', /your last 10 asks went to 3 people/);
    const spread = Array.from({ length: 10 }, (_, i) => ask(`p${i}`, `2026-11-${String(10 + i).padStart(2, '0')}T00:00:00Z`));
    assert.equal(concentrationWarning(spread, 'p0'), null);
  });
});
