import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pooledReach } from './pooled-reach.ts';

const p = (key: string, inMarket = false) => ({ key, inMarket });

describe('pooled reach', () => {
  it('counts teammates\' people once each, one tie per teammate, and only as consent allows', () => {
    const mine = [p('a', true), p('b')];
    const reach = pooledReach(mine, [
      { level: 'companies', people: [p('a', true), p('c', true), p('d')] },
      { level: 'contacts', people: [p('c', true), p('e'), p('e')] },
      { level: 'aggregates', people: [p('x', true), p('y', true)] },
      { level: 'nothing', people: [p('z', true)] },
    ]);
    assert.deepEqual(reach.firstDegree, { people: 2, inMarket: 1 });
    assert.deepEqual(reach.secondDegree, { people: 3, inMarket: 1, ties: 5, alsoFirstDegree: 1 });
    assert.deepEqual(reach.withinTwoHops, { people: 5, inMarket: 2 });
    assert.equal(reach.teammatesCounted, 2);
    assert.equal(reach.teammatesCountsOnly, 1);
    assert.equal(reach.noSecondDegree, null);
  });

  it('says why there is no second degree', () => {
    assert.match(pooledReach([p('a')], []).noSecondDegree ?? '', /no teammate in this cohort shares/);
    assert.match(pooledReach([p('a')], [{ level: 'aggregates', people: [p('b')] }]).noSecondDegree ?? '', /1 teammate\(s\) who share only share counts/);
    assert.match(pooledReach([p('a')], [{ level: 'companies', people: [p('a')] }]).noSecondDegree ?? '', /know no one you do not already know/);
    assert.equal(pooledReach([p('a')], [{ level: 'aggregates', people: [p('b')] }]).withinTwoHops.people, 1);
  });
});
