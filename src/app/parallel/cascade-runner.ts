// Runs the Monte Carlo cascade, in batches that stop once the estimate is precise enough (adaptive-runs.ts), over
// worker threads that share the graph's buffers when the work is big enough to pay for starting them. Each run's
// randomness depends only on (seed, run index), and the batch boundaries are fixed in advance, so any number of
// threads gives the same answer.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PRECISION_DEFAULTS, preciseEnough, runCheckpoints, type PrecisionGoal } from '../../core/graph/adaptive-runs.ts';
import { edgeCount, type CsrGraph } from '../../core/graph/csr-graph.ts';
import { CASCADE_DEFAULTS, cascadeChunk, combineChunks, type CascadeChunk, type CascadeOptions, type ReachEstimate } from '../../core/graph/independent-cascade.ts';
import type { CascadeJob, CascadeRange } from './cascade-worker.ts';

export const RUNNER_DEFAULTS = {
  /** Below this many expected edge visits (runs x edges x a typical reach share) one thread is faster. */
  parallelAbove: 20_000_000,
  maxThreads: 4,
};

export interface RunnerSettings extends Partial<typeof RUNNER_DEFAULTS> {
  threads?: number;
  /** Stop early once every measure is this precise; null runs exactly `options.runs`. */
  precision?: PrecisionGoal | null;
}

export interface RunnerEstimate extends ReachEstimate {
  threads: number;
  /** The most runs that were allowed (options.runs); `runs` is how many were made. */
  runsCap: number;
}

function shared<T extends Int32Array | Float32Array | Uint8Array>(array: T): SharedArrayBuffer {
  if (array.buffer instanceof SharedArrayBuffer) return array.buffer;
  const buffer = new SharedArrayBuffer(array.byteLength);
  new (array.constructor as new (buffer: SharedArrayBuffer) => T)(buffer).set(array);
  return buffer;
}

/**
 * Starts a worker on the bundled script next to the bundle, or, when running from the TypeScript sources, on a
 * bootstrap that registers tsx inside the worker first (loader flags are not inherited reliably by workers on Node 20).
 */
function startWorker(job: CascadeJob): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cascade-worker.mjs', import.meta.url), { workerData: job });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const script = JSON.stringify(new URL('./cascade-worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${script}); });`, { eval: true, workerData: job });
}

/** Workers kept for the batches of one estimate; each answers one range at a time. */
class WorkerPool {
  private readonly workers: Worker[];

  constructor(job: CascadeJob, size: number) {
    this.workers = Array.from({ length: size }, () => startWorker(job));
  }

  get size(): number {
    return this.workers.length;
  }

  run(index: number, range: CascadeRange): Promise<CascadeChunk> {
    const worker = this.workers[index];
    return new Promise((resolve, reject) => {
      const cleanUp = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (chunk: CascadeChunk) => {
        cleanUp();
        resolve(chunk);
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanUp();
        reject(new Error(`cascade worker stopped with exit code ${code}`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(range);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Splits runsFrom..runsTo-1 into `parts` contiguous ranges (the last ones may be empty when there are few runs). */
function splitRange(runsFrom: number, runsTo: number, parts: number): CascadeRange[] {
  const per = Math.ceil((runsTo - runsFrom) / parts);
  return Array.from({ length: parts }, (_, index) => ({ runsFrom: Math.min(runsTo, runsFrom + index * per), runsTo: Math.min(runsTo, runsFrom + (index + 1) * per) })).filter((range) => range.runsTo > range.runsFrom);
}

function isPrecise(estimate: ReachEstimate, goal: PrecisionGoal): boolean {
  return preciseEnough(estimate.counted, goal) && preciseEnough(estimate.reached, goal) && preciseEnough(estimate.groups, goal);
}

export async function estimateReachParallel(graph: CsrGraph, seeds: Int32Array, options: CascadeOptions, settings: RunnerSettings = {}): Promise<RunnerEstimate> {
  const s = { ...RUNNER_DEFAULTS, ...settings };
  const cap = options.runs ?? CASCADE_DEFAULTS.runs;
  const confidence = options.confidence ?? CASCADE_DEFAULTS.confidence;
  const goal = settings.precision === undefined ? PRECISION_DEFAULTS : settings.precision;
  const checkpoints = goal ? runCheckpoints(cap, goal.minRuns) : [cap];
  // Threads are chosen for the first batch: that is the work every estimate does.
  const work = checkpoints[0] * edgeCount(graph);
  const threads = settings.threads ?? (work > s.parallelAbove ? Math.min(s.maxThreads, availableParallelism()) : 1);
  const pool =
    threads > 1 && checkpoints[0] >= threads * 2
      ? new WorkerPool(
          {
            nodeCount: graph.nodeCount,
            offsets: shared(graph.offsets),
            targets: shared(graph.targets),
            probabilities: shared(graph.probabilities),
            seeds,
            countMask: options.countMask ? shared(options.countMask) : undefined,
            groupOf: options.groupOf ? shared(options.groupOf) : undefined,
            options: { runs: cap, seed: options.seed, groupCount: options.groupCount, confidence, countSeedsFrom: options.countSeedsFrom, maxHops: options.maxHops },
          },
          threads,
        )
      : undefined;
  try {
    const chunks: CascadeChunk[] = [];
    let done = 0;
    let estimate: ReachEstimate | undefined;
    for (const checkpoint of checkpoints) {
      if (pool) {
        const ranges = splitRange(done, checkpoint, pool.size);
        chunks.push(...(await Promise.all(ranges.map((range, index) => pool.run(index, range)))));
      } else {
        chunks.push(cascadeChunk(graph, seeds, options, done, checkpoint));
      }
      done = checkpoint;
      estimate = combineChunks(chunks, done, confidence);
      if (goal && isPrecise(estimate, goal)) break;
    }
    return { ...estimate!, threads: pool ? pool.size : 1, runsCap: cap };
  } finally {
    await pool?.close();
  }
}
