// The job-search machinery: the same seed gives the same world and hires, the Granovetter table adds up to 100%,
// and a world of strong ties only can only hire through strong ties. These guard the simulator, not the papers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random/seeded-random.ts';
import { compare } from './comparisons.ts';
import { tallySearch, type WorldTally } from './evidence-tally.ts';
import { runSearch } from './job-search.ts';
import { passProbabilities, strengthMillis, type PassModel } from './pass-model.ts';
import { buildSearchWorld, edgeProbabilities, type SearchWorldOptions } from './search-world.ts';
import { FOCI, type BandMix, type Focus } from './world-options.ts';
import { tiePassProbability } from '../ties/pass-probability.ts';

const employers = Array.from({ length: 12 }, (_, i) => ({ size: 1 + (i % 4) }));
// A small world with fewer chance acquaintances keeps each test well under a second.
const options: SearchWorldOptions = { now: Date.UTC(2025, 0, 1), world: { people: 500, acquaintances: 10, neighbours: 5 }, search: { seekerShare: 0.1 } };
const model: PassModel = { min: 0.01, max: 0.6, exponent: 1.5, redundancyHalf: 0 };

function searched(seed: number, worldOptions: SearchWorldOptions = options, passModel: PassModel = model) {
  const world = buildSearchWorld(seed, employers, worldOptions);
  const hires = runSearch(world.world, world.graph, edgeProbabilities(world, passModel), world.setup);
  return { world, hires, tally: tallySearch(world, hires) };
}

test('the same seed gives the same world and the same hires; another seed gives others', () => {
  const first = searched(7);
  const again = searched(7);
  assert.deepEqual(again.world.world.ties, first.world.world.ties);
  assert.deepEqual(again.world.strength, first.world.strength);
  assert.deepEqual(again.hires, first.hires);
  assert.ok(first.tally.contact > 10, `a 500-person world hires through contacts (got ${first.tally.contact})`);
  const other = searched(8);
  assert.notDeepEqual(other.hires, first.hires);
});

test('every hire is of a seeker once, through a real tie of theirs, never at their own employer', () => {
  const { world, hires } = searched(3);
  const seekers = new Set(world.setup.seekers);
  const hired = new Set<number>();
  for (const hire of hires) {
    assert.ok(seekers.has(hire.seeker));
    assert.ok(!hired.has(hire.seeker), `seeker ${hire.seeker} hired twice`);
    hired.add(hire.seeker);
    assert.notEqual(world.world.employerOf[hire.seeker], hire.employer, 'seekers change employers');
    if (hire.tie < 0) continue;
    const { a, b } = world.world.ties;
    assert.ok(a[hire.tie] === hire.seeker || b[hire.tie] === hire.seeker, 'the carrying tie is one of the seeker’s');
    assert.ok(hire.hop >= 1 && hire.hop <= world.setup.options.maxHops);
  }
});

test('the Granovetter table of a run adds up to 100% of the hires through a contact', () => {
  const tallies: WorldTally[] = [1, 2, 3].map((seed) => searched(seed).tally);
  for (const tally of tallies) assert.equal(tally.hires.band.reduce((sum, count) => sum + count, 0), tally.contact);
  const result = compare(tallies, createRandom(1), { minTies: 10 });
  const total = result.granovetter.shares.reduce((sum, share) => sum + share.value, 0);
  assert.ok(Math.abs(total - 1) < 1e-12, `shares add up to ${total}`);
  const chains = result.chains.reduce((sum, share) => sum + share.value, 0);
  assert.ok(Math.abs(chains - 1) < 1e-12, `chain lengths add up to ${chains}`);
});

test('a world with strong ties only hires through strong ties only', () => {
  const often: BandMix = [1, 0, 0];
  const bandMix = Object.fromEntries(FOCI.map((focus) => [focus, often])) as Record<Focus, BandMix>;
  const { world, hires, tally } = searched(5, { ...options, world: { ...options.world, bandMix } });
  const throughContacts = hires.filter((hire) => hire.tie >= 0);
  assert.ok(throughContacts.length > 10);
  for (const hire of throughContacts) assert.equal(world.world.ties.band[hire.tie], 0, 'seen often');
  assert.deepEqual(tally.hires.band, [tally.contact, 0, 0]);
  const result = compare([tally, searched(6, { ...options, world: { ...options.world, bandMix } }).tally], createRandom(2), { minTies: 10 });
  assert.deepEqual(result.granovetter.shares.map((share) => share.value), [1, 0, 0]);
});

test('the redundancy term only lowers pass probabilities, the more the more mutual connections a tie has', () => {
  const { world } = searched(4);
  const plain = passProbabilities(strengthMillis(world.strength), world.mutual, model);
  const redundant = passProbabilities(strengthMillis(world.strength), world.mutual, { ...model, redundancyHalf: 10 });
  let embedded = 0;
  for (let t = 0; t < plain.length; t++) {
    const mutual = world.mutual[t];
    assert.ok(Math.abs(redundant[t] - plain[t] * (10 / (10 + mutual))) < 1e-6);
    // The study measures the product's own function (src/core/ties/pass-probability.ts), tabulated, not a copy of it.
    const product = tiePassProbability(Math.round(world.strength[t] * 1000) / 1000, mutual, { ...model, redundancyHalf: 10 });
    assert.ok(Math.abs(redundant[t] - product) < 1e-6);
    if (mutual >= 10) embedded++;
  }
  assert.ok(embedded > 0, 'some ties have ten or more mutual connections');
});
