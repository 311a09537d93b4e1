// Tests for the typed-array min-heap: pops in key order, ties by value, across growth and reuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MinHeap } from './heap.ts';

test('pops entries in key order, ties broken by the smaller value', () => {
  const heap = new MinHeap(2);
  const entries: [number, number][] = [[3, 1], [1, 9], [2, 4], [1, 2], [3, 0], [-1, 7]];
  for (const [key, value] of entries) heap.push(key, value);
  const popped: [number, number][] = [];
  while (heap.size > 0) {
    const key = heap.peekKey();
    popped.push([key, heap.pop()]);
  }
  assert.deepEqual(popped, [[-1, 7], [1, 2], [1, 9], [2, 4], [3, 0], [3, 1]]);
  assert.equal(heap.pop(), -1);
  assert.ok(Number.isNaN(heap.peekKey()));
});

test('matches a sort of the same (key, value) pairs, including after clear()', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 300 }), (entries) => {
      const heap = new MinHeap(1);
      heap.push(99, 99);
      heap.clear();
      for (const [key, value] of entries) heap.push(key, value);
      const popped: [number, number][] = [];
      while (heap.size > 0) {
        const key = heap.peekKey();
        popped.push([key, heap.pop()]);
      }
      const expected = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      assert.deepEqual(popped, expected);
    }),
    { seed: 7, numRuns: 200 },
  );
});
