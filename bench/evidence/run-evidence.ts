// `npm run evidence`: runs the job-search simulator over many seeded worlds on worker threads, calibrates the pass
// probability on Granovetter's table only, compares the other two findings as predictions, prints the result and
// writes docs/evidence.md from scratch. `--quick` runs small worlds for development and writes nothing unless --out.
import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMPANIES } from '../../src/demo/world-companies.ts';
import { createRandom } from '../../src/core/random/seeded-random.ts';
import { bestModel, firstGrid, secondGrid } from '../../src/core/evidence/calibration.ts';
import { compare } from '../../src/core/evidence/comparisons.ts';
import { worldSeed } from '../../src/core/evidence/search-world.ts';
import type { PassModel } from '../../src/core/evidence/pass-model.ts';
import { EvidencePool } from './evidence-pool.ts';
import { renderEvidence, type EvidenceRun, type Fit, type Variant } from './render-evidence.ts';

/** The product's pass-probability defaults before this calibration existed: the "before" row of every table. */
export const PRE_CALIBRATION: PassModel = { min: 0.03, max: 0.6, exponent: 0.8, redundancyHalf: 0 };

/**
 * The models compared. The redundancy term's scale is set before any run, not fitted: 10 is about the mean number of
 * mutual connections of the ties people see often in these worlds (printed in the world table), read as "a contact as
 * embedded as a typical frequent contact brings half news, half what you already know". 5 and 20 show how much the
 * predictions depend on that choice.
 */
export const VARIANTS: Variant[] = [
  { key: 'plain', label: 'independent cascade', redundancyHalf: 0, sensitivity: false },
  { key: 'redundancy', label: 'cascade + redundancy term', redundancyHalf: 10, sensitivity: false },
  { key: 'redundancy-5', label: 'redundancy, m½ = 5', redundancyHalf: 5, sensitivity: true },
  { key: 'redundancy-20', label: 'redundancy, m½ = 20', redundancyHalf: 20, sensitivity: true },
];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    worlds: { type: 'string' },
    'calibration-worlds': { type: 'string' },
    people: { type: 'string' },
    threads: { type: 'string' },
    out: { type: 'string' },
  },
});

function whole(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}; got "${text}"`);
  return value;
}

const quick = values.quick ?? false;
const seed = whole('seed', values.seed, 1, 1);
const people = whole('people', values.people, quick ? 3000 : 10_000, 200);
const calibrationWorlds = whole('calibration-worlds', values['calibration-worlds'], quick ? 2 : 4, 1);
const predictionWorlds = whole('worlds', values.worlds, quick ? 4 : 24, 2);
const threads = whole('threads', values.threads, Math.min(2, availableParallelism()), 1);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const out = values.out ?? (quick ? null : `${repoRoot}docs/evidence.md`);
const now = Date.UTC(2025, 0, 1);

const started = performance.now();
// Process-wide CPU time, worker threads included: the figure that does not depend on what else the machine runs.
const cpuStart = process.cpuUsage();
const calibrationSeeds = Array.from({ length: calibrationWorlds }, (_, i) => worldSeed(seed, 10_000 + i));
const predictionSeeds = Array.from({ length: predictionWorlds }, (_, i) => worldSeed(seed, i));
const pool = await EvidencePool.start(threads, { employers: COMPANIES.map((company) => ({ size: company.size })), options: { now, world: { people } } });
const log = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`);

try {
  // Calibration: every variant's grid on the same kept worlds, first coarse, then fine around each best point.
  const fixed = (variant: Variant) => ({ max: PRE_CALIBRATION.max, redundancyHalf: variant.redundancyHalf });
  const sumBands = (perSeed: number[][][], model: number) => [0, 1, 2].map((band) => perSeed.reduce((sum, perModel) => sum + perModel[model][band], 0));
  async function stage(grids: PassModel[][]): Promise<{ model: PassModel; logLikelihood: number; bands: number[] }[]> {
    const models = grids.flat();
    const perSeed = await pool.bands(calibrationSeeds, models);
    let offset = 0;
    return grids.map((grid) => {
      const bands = grid.map((_, i) => sumBands(perSeed, offset + i));
      offset += grid.length;
      const best = bestModel(grid, bands);
      return { ...best, bands: bands[grid.indexOf(best.model)] };
    });
  }
  log(`calibrating ${VARIANTS.length} models on ${calibrationWorlds} worlds of ${people.toLocaleString('en-US')} people (${threads} threads)...`);
  const first = await stage(VARIANTS.map((variant) => firstGrid(fixed(variant))));
  log('first grid done; refining...');
  const second = await stage(first.map((best) => secondGrid(best.model)));
  const fits: Fit[] = VARIANTS.map((variant, i) => ({
    variant,
    model: second[i].logLikelihood >= first[i].logLikelihood ? second[i].model : first[i].model,
    logLikelihood: Math.max(second[i].logLikelihood, first[i].logLikelihood),
    calibrationBands: second[i].logLikelihood >= first[i].logLikelihood ? second[i].bands : first[i].bands,
    gridPoints: firstGrid(fixed(variant)).length + secondGrid(first[i].model).length,
  }));
  for (const fit of fits) log(`${fit.variant.label}: min ${fit.model.min}, exponent ${fit.model.exponent} (log-likelihood ${fit.logLikelihood.toFixed(2)})`);
  await pool.forget();

  // Predictions: fresh worlds, the pre-calibration defaults and every fitted model on the same worlds and coins.
  log(`predictions on ${predictionWorlds} fresh worlds...`);
  const models = [PRE_CALIBRATION, ...fits.map((fit) => fit.model)];
  const perSeed = await pool.tallies(predictionSeeds, models);
  log('bootstrapping the comparisons...');
  const comparisons = models.map((_, m) => compare(perSeed.map((perModel) => perModel[m]), createRandom(seed * 7919 + m)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  log('done');

  const run: EvidenceRun = {
    seed,
    people,
    threads,
    calibrationSeeds,
    predictionSeeds,
    fits,
    before: { model: PRE_CALIBRATION, comparisons: comparisons[0] },
    after: fits.map((fit, i) => ({ fit, comparisons: comparisons[i + 1] })),
    worldFacts: perSeed.map((perModel) => perModel[0]),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  const markdown = renderEvidence(run);
  console.log(markdown);
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, markdown);
    log(`wrote ${out}`);
  }
} finally {
  await pool.close();
}
