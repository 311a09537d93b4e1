// One world of the evidence run, ready to search: the people and ties, the graph, every tie's strength and mutual
// connections, and the fixed draws of the search. Built once per world seed, searched once per pass model.
import { createRandom } from '../random/seeded-random.ts';
import { generateJobWorld, type Employer, type JobWorld } from './job-world.ts';
import { measureTies, type ContactOptions } from './contact-frequency.ts';
import { buildTieGraph, type TieGraph } from './tie-graph.ts';
import { mutualConnections } from './mutual-connections.ts';
import { prepareSearch, type SearchOptions, type SearchSetup } from './job-search.ts';
import type { JobWorldOptions } from './world-options.ts';
import { passProbabilities, strengthMillis, type PassModel } from './pass-model.ts';

export interface SearchWorld {
  seed: number;
  world: JobWorld;
  graph: TieGraph;
  strength: Float32Array;
  mutual: Uint16Array;
  /** Per directed edge, its tie's strength in thousandths and mutual connections: what a pass model needs, in edge order. */
  edgeStrength: Uint16Array;
  edgeMutual: Uint16Array;
  setup: SearchSetup;
}

export interface SearchWorldOptions {
  world?: Partial<JobWorldOptions>;
  contact?: Partial<ContactOptions>;
  search?: Partial<SearchOptions>;
  /** The world's clock (ms): when the export would be downloaded. */
  now: number;
}

/** World `index` of the run seeded `seed`: the pair alone fixes it, whichever thread builds it. */
export function worldSeed(seed: number, index: number): number {
  return seed * 100_003 + index;
}

export function buildSearchWorld(seed: number, employers: readonly Employer[], options: SearchWorldOptions): SearchWorld {
  const root = createRandom(seed);
  const worldRandom = root.fork();
  const contactRandom = root.fork();
  const searchSeed = root.uint32();
  const world = generateJobWorld(worldRandom, employers, options.world);
  const { strength } = measureTies(contactRandom, world.ties, options.now, options.contact);
  const graph = buildTieGraph(world.people, world.ties);
  const mutual = mutualConnections(graph, world.ties.a.length);
  // Plain loops: TypedArray.from with a callback costs a function call per element (a fifth of a world's build).
  const millis = strengthMillis(strength);
  const edgeStrength = new Uint16Array(graph.tieOf.length);
  const edgeMutual = new Uint16Array(graph.tieOf.length);
  for (let e = 0; e < edgeStrength.length; e++) {
    edgeStrength[e] = millis[graph.tieOf[e]];
    edgeMutual[e] = mutual[graph.tieOf[e]];
  }
  return { seed, world, graph, strength, mutual, edgeStrength, edgeMutual, setup: prepareSearch(world, searchSeed, options.search) };
}

/** The pass probability of every directed edge of the world under a pass model. */
export function edgeProbabilities(search: SearchWorld, model: PassModel): Float32Array {
  return passProbabilities(search.edgeStrength, search.edgeMutual, model);
}
