// Combining per-term postings: MiniSearch's OR arithmetic (sum × terms matched), top k, scratch space left clean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPostingsCombiner, type TermPostings } from './term-postings.ts';

const postings = (entries: [number, number, number][]): TermPostings => ({
  docs: Int32Array.from(entries.map((e) => e[0])),
  scores: Float64Array.from(entries.map((e) => e[1])),
  sources: Uint8Array.from(entries.map((e) => e[2])),
});

describe('createPostingsCombiner', () => {
  it('sums per-term scores, multiplies by the terms matched, and keeps the best k with their masks', () => {
    const { combine } = createPostingsCombiner(5);
    const soc = postings([[0, 2, 1], [3, 1, 2]]);
    const audit = postings([[3, 1, 4], [4, 3, 1]]);
    const result = combine([soc, null, audit], 2);
    assert.deepEqual(result, [
      { doc: 3, score: (1 + 1) * 2, termMask: 0b101, sourceMask: 0b110 },
      { doc: 4, score: 3, termMask: 0b100, sourceMask: 0b001 },
    ]);
  });

  it('breaks ties by document index and leaves no trace for the next need', () => {
    const { combine } = createPostingsCombiner(4);
    const same = postings([[2, 1, 1], [1, 1, 1], [3, 1, 1]]);
    assert.deepEqual(combine([same], 3).map((m) => m.doc), [1, 2, 3]);
    assert.deepEqual(combine([postings([[0, 0.5, 1]])], 3), [{ doc: 0, score: 0.5, termMask: 1, sourceMask: 1 }]);
    assert.deepEqual(combine([same], 0), []);
  });
});
