// Cadence tiers: the first tier that applies wins, any touch resets the clock, in-market people past max are listed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { cadenceStatus, losingTouch, tierFor } from './cadence.ts';

const TIERS = DEFAULT_SETTINGS.planner.cadence.tiers;
const TODAY = '2026-11-25';

describe('cadence', () => {
  it('puts a tagged contact in the close tier even when in market, and others by market', () => {
    assert.equal(tierFor({ tags: ['Close'], inMarket: true }, TIERS)?.name, 'close');
    assert.equal(tierFor({ tags: [], inMarket: true }, TIERS)?.name, 'in-market');
    assert.equal(tierFor({ tags: [], inMarket: false }, TIERS)?.name, 'everyone');
    assert.equal(tierFor({ tags: [], inMarket: false }, [{ name: 'market only', idealDays: 10, maxDays: 20, inMarket: true }]), null);
  });

  it('says ok, due or losing touch from the last touch', () => {
    const at = (lastTouch: string) => cadenceStatus({ id: 'a', tags: [], inMarket: true, lastTouch }, TIERS, TODAY);
    assert.equal(at('2026-11-10')?.state, 'ok');
    assert.equal(at('2026-10-01')?.state, 'due');
    const lost = at('2026-06-01T10:00:00Z');
    assert.equal(lost?.state, 'losing-touch');
    assert.equal(lost?.daysSince, 177);
    assert.equal(at('')?.state, 'losing-touch', 'never touched');
  });

  it('lists in-market contacts past their maximum, longest overdue first', () => {
    const list = losingTouch([
      { id: 'recent', tags: [], inMarket: true, lastTouch: '2026-11-01' },
      { id: 'old', tags: [], inMarket: true, lastTouch: '2024-01-01' },
      { id: 'older', tags: [], inMarket: true, lastTouch: '2020-01-01' },
      { id: 'not-in-market', tags: [], inMarket: false, lastTouch: '2020-01-01' },
    ], TIERS, TODAY);
    assert.deepEqual(list.map((entry) => entry.id), ['older', 'old']);
    assert.equal(list[0].tier, 'in-market');
    assert.equal(list[0].maxDays, 90);
  });

  it('lists lapsed relationships before people never in touch since connecting, each by fit then overdue', () => {
    const list = losingTouch([
      { id: 'never-old-low', tags: [], inMarket: true, lastTouch: '2015-01-01', neverInTouch: true, fit: 40 },
      { id: 'never-new-high', tags: [], inMarket: true, lastTouch: '2025-01-01', neverInTouch: true, fit: 90 },
      { id: 'lapsed-low', tags: [], inMarket: true, lastTouch: '2020-01-01', fit: 50 },
      { id: 'lapsed-high', tags: [], inMarket: true, lastTouch: '2026-01-01', fit: 80 },
    ], TIERS, TODAY);
    assert.deepEqual(list.map((entry) => entry.id), ['lapsed-high', 'lapsed-low', 'never-new-high', 'never-old-low']);
    assert.deepEqual(list.map((entry) => entry.neverInTouch), [false, false, true, true]);
  });
});
