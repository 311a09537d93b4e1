// Tests for the seeded generator: reproducible, seed-sensitive, and uniform enough for simulations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom, weightedSampler } from './seeded-random.ts';

function draws(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

test('the same seed gives the same sequence', () => {
  assert.deepEqual(draws(42, 1000), draws(42, 1000));
  const a = createRandom(7);
  const b = createRandom(7);
  assert.deepEqual(a.shuffle([...Array(50).keys()]), b.shuffle([...Array(50).keys()]));
  assert.equal(a.int(1, 1_000_000), b.int(1, 1_000_000));
});

test('different seeds give different sequences, including neighbouring and large seeds', () => {
  const seeds = [0, 1, 2, 3, 42, 2 ** 32, 2 ** 32 + 1, 2 ** 40 + 1, -1];
  const firsts = seeds.map((seed) => draws(seed, 8).join(','));
  assert.equal(new Set(firsts).size, seeds.length);
});

test('next() stays in [0, 1) and is roughly uniform (chi-square over 20 bins)', () => {
  const random = createRandom(2024);
  const bins = new Array<number>(20).fill(0);
  const n = 200_000;
  for (let i = 0; i < n; i++) {
    const x = random.next();
    assert.ok(x >= 0 && x < 1);
    bins[Math.floor(x * 20)]++;
  }
  const expected = n / 20;
  const chi2 = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
  // 19 degrees of freedom: the 99.9th percentile is 43.8.
  assert.ok(chi2 < 43.8, `chi-square ${chi2.toFixed(1)} is too large for a uniform generator`);
  const mean = bins.reduce((sum, count, i) => sum + count * (i + 0.5) / 20, 0) / n;
  assert.ok(Math.abs(mean - 0.5) < 0.01);
});

test('int() covers both bounds and nothing outside them', () => {
  const random = createRandom(5);
  const seen = new Set<number>();
  for (let i = 0; i < 10_000; i++) {
    const value = random.int(-3, 3);
    assert.ok(Number.isInteger(value) && value >= -3 && value <= 3);
    seen.add(value);
  }
  assert.deepEqual([...seen].sort((a, b) => a - b), [-3, -2, -1, 0, 1, 2, 3]);
  assert.equal(random.int(9, 9), 9);
  assert.throws(() => random.int(5, 4), RangeError);
  assert.throws(() => random.int(0.5, 4), RangeError);
});

test('chance() honours its probability and its edges', () => {
  const random = createRandom(11);
  let hits = 0;
  for (let i = 0; i < 100_000; i++) if (random.chance(0.08)) hits++;
  assert.ok(Math.abs(hits / 100_000 - 0.08) < 0.005);
  for (let i = 0; i < 1000; i++) {
    assert.equal(random.chance(0), false);
    assert.equal(random.chance(1), true);
  }
});

test('pick() and weightedPick() choose in proportion', () => {
  const random = createRandom(99);
  const counts = { a: 0, b: 0, c: 0 };
  for (let i = 0; i < 60_000; i++) counts[random.weightedPick(['a', 'b', 'c'] as const, [1, 2, 0])]++;
  assert.equal(counts.c, 0, 'a zero weight is never chosen');
  assert.ok(Math.abs(counts.b / counts.a - 2) < 0.1);
  const picked = new Set<string>();
  for (let i = 0; i < 200; i++) picked.add(random.pick(['x', 'y', 'z']));
  assert.equal(picked.size, 3);
  assert.throws(() => random.pick([]), RangeError);
  assert.throws(() => random.weightedPick(['a'], [0]), RangeError);
});

test('weightedSampler() matches weightedPick() proportions', () => {
  const random = createRandom(3);
  const sample = weightedSampler([5, 0, 1, 4]);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 100_000; i++) counts[sample(random)]++;
  assert.equal(counts[1], 0);
  assert.ok(Math.abs(counts[0] / 100_000 - 0.5) < 0.01);
  assert.ok(Math.abs(counts[2] / 100_000 - 0.1) < 0.01);
  assert.ok(Math.abs(counts[3] / 100_000 - 0.4) < 0.01);
});

test('shuffle() is a permutation and fork() gives an independent, reproducible stream', () => {
  const random = createRandom(8);
  const shuffled = random.shuffle([...Array(100).keys()]);
  assert.deepEqual([...shuffled].sort((a, b) => a - b), [...Array(100).keys()]);
  assert.notDeepEqual(shuffled, [...Array(100).keys()]);

  const parentA = createRandom(8);
  const parentB = createRandom(8);
  const childA = parentA.fork();
  const childB = parentB.fork();
  assert.equal(childA.next(), childB.next());
  assert.notEqual(childA.next(), parentA.next());
});
