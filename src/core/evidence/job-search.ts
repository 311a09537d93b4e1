// The job search: openings appear at employers, travel as information through ties, and a seeker takes the first
// opening that reaches them; each hire through a contact is traced back to the tie that carried it.
//
// Information spreads as an independent cascade (Kempe, Kleinberg & Tardos, KDD 2003) from the hiring team: each
// informed person passes the opening along each tie once, with the tie's pass probability (Referable's own, from
// tie strength — pass-model.ts). Job information reaching the people who need it through their contacts is the
// mechanism of Calvó-Armengol & Jackson ("The effects of social networks on employment and inequality", American
// Economic Review 94(3), 2004); here time runs in hops. The first hop at which a seeker still searching hears of the
// opening decides it: one of those seekers (at random) takes it, from one of the contacts who told them at that hop
// (at random). Seekers do not take openings at their own employer (Granovetter's respondents changed employers).
// Some openings are filled by formal means instead (ads, agencies, direct application): Granovetter (Getting a Job,
// 1974) found that a little over half of his respondents heard of their job through a personal contact;
// `formalShare` keeps that proportion.
//
// Every random draw of an opening (where it is, formal or not, its coins, which seeker and which contact) is fixed
// before any search runs, so two pass models are compared on the same worlds and the same coins (common random
// numbers): a calibration curve is smooth rather than noisy.
import { createRandom } from '../random/seeded-random.ts';
import { COIN_SCALE, edgeCoin } from '../graph/cascade-kernel.ts';
import type { JobWorld } from './job-world.ts';
import type { TieGraph } from './tie-graph.ts';

export const SEARCH_DEFAULTS = {
  /** Share of people looking for a job (assumption; Granovetter sampled recent job changers). */
  seekerShare: 0.05,
  /** Openings per seeker over the simulated period. */
  openingsPerSeeker: 1.2,
  /** Share of openings filled by formal means: about 44% did not come through a personal contact (Granovetter 1974). */
  formalShare: 0.44,
  /** Information travels at most this many hops from the hiring team (Granovetter 1973: 3.1% had more than two intermediaries). */
  maxHops: 4,
};

export type SearchOptions = typeof SEARCH_DEFAULTS;

/** The θ-independent draws of one world's search: who seeks, and each opening's draws. */
export interface SearchSetup {
  seekers: Int32Array;
  /** Per opening: employer, team, formal-roll, formal-pick, seeker-pick, contact-pick (uniforms), then two coin keys. */
  draws: Float64Array;
  keys: Uint32Array;
  openings: number;
  options: SearchOptions;
}

export interface Hire {
  seeker: number;
  opening: number;
  /** Where the opening was. */
  employer: number;
  /** The tie that carried the opening to the seeker, or -1 when it came by formal means. */
  tie: number;
  /** Hops from the hiring team (1 = the contact is on the hiring team); 0 for formal means. */
  hop: number;
}

const DRAWS = 6;

export function prepareSearch(world: JobWorld, seed: number, options: Partial<SearchOptions> = {}): SearchSetup {
  const o: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  const random = createRandom(seed);
  const everyone = Array.from({ length: world.people }, (_, person) => person);
  const seekerCount = Math.max(1, Math.round(world.people * o.seekerShare));
  const seekers = Int32Array.from(random.shuffle(everyone).slice(0, seekerCount)).sort();
  const openings = Math.round(seekerCount * o.openingsPerSeeker);
  const draws = new Float64Array(openings * DRAWS);
  const keys = new Uint32Array(openings * 2);
  for (let i = 0; i < draws.length; i++) draws[i] = random.next();
  for (let i = 0; i < keys.length; i++) keys[i] = random.uint32();
  return { seekers, draws, keys, openings, options: o };
}

/** Index of the employer whose cumulative headcount first exceeds u·total: employers hire in proportion to size. */
function employerAt(cumulative: Int32Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Runs every opening in order with the given pass probability per directed edge; returns the hires. */
export function runSearch(world: JobWorld, graph: TieGraph, probabilities: Float32Array, setup: SearchSetup): Hire[] {
  const { offsets, targets, tieOf, reverse } = graph;
  const { employerOf } = world;
  const maxHops = setup.options.maxHops;
  const cumulative = new Int32Array(world.employers);
  for (let e = 0, sum = 0; e < world.employers; e++) cumulative[e] = sum += world.headcount[e];
  const searching = new Uint8Array(world.people);
  for (const seeker of setup.seekers) searching[seeker] = 1;
  let left = setup.seekers.length;
  const stamps = new Uint32Array(world.people);
  const level = new Uint8Array(world.people);
  let frontier = new Int32Array(world.people);
  let next = new Int32Array(world.people);
  const candidates = new Int32Array(world.people);
  const parents = new Int32Array(world.people);
  const hires: Hire[] = [];

  for (let opening = 0; opening < setup.openings && left > 0; opening++) {
    const d = opening * DRAWS;
    const employer = employerAt(cumulative, setup.draws[d]);
    const teamCount = world.employerTeamOffsets[employer + 1] - world.employerTeamOffsets[employer];
    if (teamCount === 0) continue;
    const team = world.employerTeams[world.employerTeamOffsets[employer] + Math.floor(setup.draws[d + 1] * teamCount)];

    if (setup.draws[d + 2] < setup.options.formalShare) {
      // Formal means: any seeker still searching (not at this employer) may answer the ad.
      let eligible = 0;
      for (const seeker of setup.seekers) if (searching[seeker] && employerOf[seeker] !== employer) candidates[eligible++] = seeker;
      if (eligible === 0) continue;
      const seeker = candidates[Math.floor(setup.draws[d + 3] * eligible)];
      searching[seeker] = 0;
      left--;
      hires.push({ seeker, opening, employer, tie: -1, hop: 0 });
      continue;
    }

    const epoch = opening + 1;
    const k1 = setup.keys[2 * opening] | 0;
    const k2 = setup.keys[2 * opening + 1] | 0;
    let size = 0;
    for (let i = world.teamOffsets[team]; i < world.teamOffsets[team + 1]; i++) {
      const insider = world.teamMembers[i];
      stamps[insider] = epoch;
      level[insider] = 0;
      frontier[size++] = insider;
    }
    for (let hop = 1; hop <= maxHops && size > 0; hop++) {
      let grown = 0;
      let found = 0;
      for (let f = 0; f < size; f++) {
        const u = frontier[f];
        for (let e = offsets[u]; e < offsets[u + 1]; e++) {
          if (edgeCoin(e, k1, k2) >= probabilities[e] * COIN_SCALE) continue;
          const w = targets[e];
          if (stamps[w] === epoch) continue;
          stamps[w] = epoch;
          level[w] = hop;
          next[grown++] = w;
          if (searching[w] && employerOf[w] !== employer) candidates[found++] = w;
        }
      }
      if (found > 0) {
        const seeker = candidates[Math.floor(setup.draws[d + 4] * found)];
        // Everyone at the previous hop whose tie to the seeker passed the word told them at the same time: pick one.
        let told = 0;
        for (let e = offsets[seeker]; e < offsets[seeker + 1]; e++) {
          const u = targets[e];
          const back = reverse[e];
          if (stamps[u] === epoch && level[u] === hop - 1 && edgeCoin(back, k1, k2) < probabilities[back] * COIN_SCALE) parents[told++] = e;
        }
        const edge = parents[Math.floor(setup.draws[d + 5] * told)];
        searching[seeker] = 0;
        left--;
        hires.push({ seeker, opening, employer, tie: tieOf[edge], hop });
        break;
      }
      const swap = frontier;
      frontier = next;
      next = swap;
      size = grown;
    }
  }
  return hires;
}
