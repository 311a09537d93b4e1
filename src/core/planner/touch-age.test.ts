// Touch ages read at a glance: days within a year, then years with the date; connection-only touches say so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agoText, sinceConnectingText } from './touch-age.ts';

describe('touch age', () => {
  it('shows days within a year and years with the date beyond', () => {
    assert.equal(agoText(0, '2026-11-25'), 'today');
    assert.equal(agoText(1, '2026-11-24'), '1 day ago');
    assert.equal(agoText(200, '2026-05-09'), '200 days ago');
    assert.equal(agoText(1303, '2023-05-02T10:00:00Z'), '3 years ago (2023-05-02)');
  });

  it('says when the only touch is the day you connected', () => {
    assert.equal(sinceConnectingText(3300, '2017-09-01'), 'no contact since connecting in 2017 (9 years ago)');
    assert.equal(sinceConnectingText(40, '2026-10-16'), 'no contact since connecting 40 days ago');
  });
});
