// What one world's search produced, as counts that add up across worlds: hires through contacts and seekers' ties,
// by contact-frequency band, strength bin, mutual-connection bin, Referable's strength band and focus.
import { STRENGTH_BANDS } from '../ties/tie-strength.ts';
import { mutualBin, MUTUAL_BINS } from './mutual-connections.ts';
import { BANDS, FOCI } from './world-options.ts';
import type { Hire } from './job-search.ts';
import type { SearchWorld } from './search-world.ts';

/** Lower bounds of the strength bins the curve is drawn over; the last bin runs to 1. */
export const STRENGTH_BINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] as const;

export function strengthBin(strength: number): number {
  let bin = 0;
  while (bin + 1 < STRENGTH_BINS.length && strength >= STRENGTH_BINS[bin + 1]) bin++;
  return bin;
}

export function strengthBinLabel(bin: number): string {
  const next = STRENGTH_BINS[bin + 1];
  return `${STRENGTH_BINS[bin].toFixed(1)}–${next === undefined ? '1.0' : next.toFixed(1)}`;
}

/** Referable's band of a strength: 0 weak (< 0.2), 1 moderate, 2 strong (≥ 0.5). */
export function strengthGroup(strength: number): number {
  const index = STRENGTH_BANDS.findIndex((band) => strength >= band.min && strength < band.max);
  return index < 0 ? 0 : index;
}

export interface Counts {
  band: number[];
  strength: number[];
  mutual: number[];
  group: number[];
  focus: number[];
}

/** What a world is, whatever the pass model: its seekers' ties (each hire rate's exposure) and all its ties by band. */
export interface WorldFacts {
  seed: number;
  seekers: number;
  openings: number;
  /** Every tie of every seeker, by the same bins as the hires. */
  ties: Counts;
  /** Every tie of the world by band: how many, and the sums of their mutual connections and strengths. */
  world: { people: number; ties: number[]; mutualSum: number[]; strengthSum: number[] };
}

/** What one pass model's search produced in a world, with the world's facts beside it. */
export interface WorldTally extends WorldFacts {
  /** Hires by formal means and through a contact. */
  formal: number;
  contact: number;
  /** Hires through a contact by hops from the hiring team: index 0 is one hop (the contact is on the hiring team). */
  hop: number[];
  /** Hires through a contact, by the carrying tie. */
  hires: Counts;
}

function emptyCounts(): Counts {
  return { band: BANDS.map(() => 0), strength: STRENGTH_BINS.map(() => 0), mutual: MUTUAL_BINS.map(() => 0), group: STRENGTH_BANDS.map(() => 0), focus: FOCI.map(() => 0) };
}

function count(counts: Counts, search: SearchWorld, tie: number): void {
  const strength = search.strength[tie];
  counts.band[search.world.ties.band[tie]]++;
  counts.strength[strengthBin(strength)]++;
  counts.mutual[mutualBin(search.mutual[tie])]++;
  counts.group[strengthGroup(strength)]++;
  counts.focus[search.world.ties.focus[tie]]++;
}

export function worldFacts(search: SearchWorld): WorldFacts {
  const facts: WorldFacts = {
    seed: search.seed,
    seekers: search.setup.seekers.length,
    openings: search.setup.openings,
    ties: emptyCounts(),
    world: { people: search.world.people, ties: BANDS.map(() => 0), mutualSum: BANDS.map(() => 0), strengthSum: BANDS.map(() => 0) },
  };
  const { offsets, tieOf } = search.graph;
  for (const seeker of search.setup.seekers) for (let e = offsets[seeker]; e < offsets[seeker + 1]; e++) count(facts.ties, search, tieOf[e]);
  const { band } = search.world.ties;
  for (let t = 0; t < band.length; t++) {
    facts.world.ties[band[t]]++;
    facts.world.mutualSum[band[t]] += search.mutual[t];
    facts.world.strengthSum[band[t]] += search.strength[t];
  }
  return facts;
}

/** The hires of one search, counted; `facts` is worldFacts(search), passed in when already computed. */
export function tallySearch(search: SearchWorld, hires: readonly Hire[], facts: WorldFacts = worldFacts(search)): WorldTally {
  const tally: WorldTally = { ...facts, formal: 0, contact: 0, hop: Array.from({ length: search.setup.options.maxHops }, () => 0), hires: emptyCounts() };
  for (const hire of hires) {
    if (hire.tie < 0) {
      tally.formal++;
      continue;
    }
    tally.contact++;
    tally.hop[hire.hop - 1]++;
    count(tally.hires, search, hire.tie);
  }
  return tally;
}

/** Element-wise sum of tallies with the same shape (seed is kept from the first). */
export function sumTallies(tallies: readonly WorldTally[]): WorldTally {
  const add = (into: unknown, from: unknown): unknown => {
    if (typeof into === 'number') return into + (from as number);
    if (Array.isArray(into)) return into.map((value, i) => add(value, (from as unknown[])[i]));
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(into as Record<string, unknown>)) out[key] = key === 'seed' ? value : add(value, (from as Record<string, unknown>)[key]);
    return out;
  };
  if (tallies.length === 0) throw new RangeError('sumTallies() needs at least one tally');
  return tallies.slice(1).reduce((sum, tally) => add(sum, tally) as WorldTally, tallies[0]);
}
