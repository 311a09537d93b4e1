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
