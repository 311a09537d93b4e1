// Calendar blocks: grouped by kind, at most an hour, spread over the working days left, from the start hour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysLeft, layoutBlocks, type BlockItem } from './time-blocks.ts';

describe('time blocks', () => {
  it('uses the working days left in the week', () => {
    assert.deepEqual(daysLeft('2026-11-23', '2026-11-25'), ['2026-11-25', '2026-11-26', '2026-11-27']);
    assert.deepEqual(daysLeft('2026-11-23', '2026-11-20'), ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    assert.deepEqual(daysLeft('2026-11-23', '2026-11-28'), ['2026-11-28', '2026-11-29'], 'at the weekend, the weekend');
  });

  it('groups items of a kind into blocks of up to an hour, spread round the days', () => {
    const items: BlockItem[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ id: String(i + 1), kind: 'connection-request' as const, minutes: 3, title: `request ${i}` })),
      { id: '31', kind: 'introduction', minutes: 15, title: 'intro' },
      { id: '32', kind: 'coffee-chat', minutes: 90, title: 'long' },
    ];
    const blocks = layoutBlocks(items, ['2026-11-23', '2026-11-24'], 9);
    assert.deepEqual(blocks.map((b) => [b.day, b.startMinute, b.minutes, b.kind, b.items.length]), [
      ['2026-11-23', 540, 60, 'connection-request', 20],
      ['2026-11-24', 540, 30, 'connection-request', 10],
      ['2026-11-23', 615, 15, 'introduction', 1],
      ['2026-11-24', 585, 90, 'coffee-chat', 1],
    ]);
  });
});

describe('time blocks from now on', () => {
  const items: BlockItem[] = [
    { id: '1', kind: 'introduction', minutes: 15, title: 'intro' },
    { id: '2', kind: 'follow-up', minutes: 20, title: 'follow-up' },
  ];

  it('starts today after now, on the next quarter hour, never at the morning hour already past', () => {
    const days = daysLeft('2026-11-23', '2026-11-25', { minute: 14 * 60 + 7 });
    assert.deepEqual(days, ['2026-11-25', '2026-11-26', '2026-11-27']);
    const blocks = layoutBlocks(items, days, 9, { notBefore: { day: '2026-11-25', minute: 14 * 60 + 7 } });
    assert.deepEqual(blocks.map((b) => [b.day, b.startMinute]), [['2026-11-25', 14 * 60 + 15], ['2026-11-26', 540]]);
  });

  it('starts on the next working day once the working day is over, and on the weekend after Friday evening', () => {
    assert.deepEqual(daysLeft('2026-11-23', '2026-11-25', { minute: 19 * 60 }), ['2026-11-26', '2026-11-27']);
    assert.deepEqual(daysLeft('2026-11-23', '2026-11-27', { minute: 20 * 60 }), ['2026-11-28', '2026-11-29']);
    assert.deepEqual(daysLeft('2026-11-30', '2026-11-25', { minute: 20 * 60 }), ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'], 'next week: all of it');
  });

  it('moves a block that cannot end by midnight today to another day instead of back into the past', () => {
    const blocks = layoutBlocks([{ id: '1', kind: 'coffee-chat', minutes: 60, title: 'coffee' }], ['2026-11-25', '2026-11-26'], 9, { notBefore: { day: '2026-11-25', minute: 23 * 60 + 30 } });
    assert.deepEqual(blocks.map((b) => [b.day, b.startMinute]), [['2026-11-26', 540]]);
  });
});
