// Runs the Monte Carlo cascade over worker threads that share the graph's buffers, when the work is big enough to pay
// for starting them. Each run's randomness depends only on (seed, run index), so any split gives the same answer.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { edgeCount, type CsrGraph } from '../../core/graph/csr-graph.ts';
import { CASCADE_DEFAULTS, cascadeChunk, combineChunks, type CascadeChunk, type CascadeOptions, type ReachEstimate } from '../../core/graph/independent-cascade.ts';
import type { CascadeJob } from './cascade-worker.ts';

export const RUNNER_DEFAULTS = {
  /** Below this many expected edge visits (runs x edges x a typical reach share) one thread is faster. */
  parallelAbove: 20_000_000,
  maxThreads: 4,
};

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

function runWorker(job: CascadeJob): Promise<CascadeChunk> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', (chunk: CascadeChunk) => resolve(chunk));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`cascade worker stopped with exit code ${code}`));
    });
  });
}

export async function estimateReachParallel(graph: CsrGraph, seeds: Int32Array, options: CascadeOptions, settings: Partial<typeof RUNNER_DEFAULTS> & { threads?: number } = {}): Promise<ReachEstimate & { threads: number }> {
  const s = { ...RUNNER_DEFAULTS, ...settings };
  const runs = options.runs ?? CASCADE_DEFAULTS.runs;
  const confidence = options.confidence ?? CASCADE_DEFAULTS.confidence;
  const work = runs * edgeCount(graph);
  const threads = settings.threads ?? (work > s.parallelAbove ? Math.min(s.maxThreads, availableParallelism()) : 1);
  if (threads <= 1 || runs < threads * 2) {
    return { ...combineChunks([cascadeChunk(graph, seeds, options, 0, runs)], runs, confidence), threads: 1 };
  }
  const base: Omit<CascadeJob, 'runsFrom' | 'runsTo'> = {
    nodeCount: graph.nodeCount,
    offsets: shared(graph.offsets),
    targets: shared(graph.targets),
    probabilities: shared(graph.probabilities),
    seeds,
    countMask: options.countMask ? shared(options.countMask) : undefined,
    groupOf: options.groupOf ? shared(options.groupOf) : undefined,
    options: { runs, seed: options.seed, groupCount: options.groupCount, confidence, countSeedsFrom: options.countSeedsFrom },
  };
  const per = Math.ceil(runs / threads);
  const chunks = await Promise.all(
    Array.from({ length: threads }, (_, index) => runWorker({ ...base, runsFrom: index * per, runsTo: Math.min(runs, (index + 1) * per) })),
  );
  return { ...combineChunks(chunks, runs, confidence), threads };
}
