// Worker thread of the evidence run: builds job worlds from their seeds, searches them under pass models, and posts
// the tallies back. Calibration worlds are kept between requests (they are searched under a hundred models).
import { parentPort, workerData } from 'node:worker_threads';
import type { PassModel } from '../../src/core/evidence/pass-model.ts';
import { runSearch } from '../../src/core/evidence/job-search.ts';
import { buildSearchWorld, edgeProbabilities, type SearchWorld, type SearchWorldOptions } from '../../src/core/evidence/search-world.ts';
import { tallySearch, worldFacts, type WorldFacts, type WorldTally } from '../../src/core/evidence/evidence-tally.ts';
import type { Employer } from '../../src/core/evidence/job-world.ts';

export interface WorkerSetup {
  employers: Employer[];
  options: SearchWorldOptions;
}

export type WorkerRequest =
  | { id: number; kind: 'search'; seeds: number[]; models: PassModel[]; keep: boolean; bandsOnly: boolean }
  | { id: number; kind: 'forget' };

/** Per seed, per model: a full tally, or only the contact hires by band (what calibration needs). */
export interface WorkerResponse {
  id: number;
  results: (WorldTally | number[])[][];
}

const setup = workerData as WorkerSetup;
const kept = new Map<number, { search: SearchWorld; facts: WorldFacts }>();

function searchWorld(seed: number, keep: boolean): { search: SearchWorld; facts: WorldFacts } {
  const known = kept.get(seed);
  if (known) return known;
  const search = buildSearchWorld(seed, setup.employers, setup.options);
  const entry = { search, facts: worldFacts(search) };
  if (keep) kept.set(seed, entry);
  return entry;
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'forget') {
    kept.clear();
    parentPort?.postMessage({ id: request.id, results: [] } satisfies WorkerResponse);
    return;
  }
  const results = request.seeds.map((seed) => {
    const { search, facts } = searchWorld(seed, request.keep);
    return request.models.map((model) => {
      const hires = runSearch(search.world, search.graph, edgeProbabilities(search, model), search.setup);
      if (!request.bandsOnly) return tallySearch(search, hires, facts);
      const bands = [0, 0, 0];
      for (const hire of hires) if (hire.tie >= 0) bands[search.world.ties.band[hire.tie]]++;
      return bands;
    });
  });
  parentPort?.postMessage({ id: request.id, results } satisfies WorkerResponse);
});
