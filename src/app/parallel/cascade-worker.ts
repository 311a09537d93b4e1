// Worker thread body: holds the shared graph and, for each run range it is sent, runs those Monte Carlo cascade runs
// and posts the partial sums back. One worker serves every batch of an adaptive estimate.
import { parentPort, workerData } from 'node:worker_threads';
import { cascadeChunk, type CascadeOptions } from '../../core/graph/independent-cascade.ts';
import type { CsrGraph } from '../../core/graph/csr-graph.ts';

export interface CascadeJob {
  nodeCount: number;
  offsets: SharedArrayBuffer;
  targets: SharedArrayBuffer;
  probabilities: SharedArrayBuffer;
  seeds: Int32Array;
  countMask?: SharedArrayBuffer;
  groupOf?: SharedArrayBuffer;
  options: Omit<CascadeOptions, 'countMask' | 'groupOf'>;
}

/** One range of runs to do: runsFrom..runsTo-1. */
export interface CascadeRange {
  runsFrom: number;
  runsTo: number;
}

const job = workerData as CascadeJob;
const graph: CsrGraph = {
  nodeCount: job.nodeCount,
  offsets: new Int32Array(job.offsets),
  targets: new Int32Array(job.targets),
  probabilities: new Float32Array(job.probabilities),
};
const options: CascadeOptions = { ...job.options, countMask: job.countMask ? new Uint8Array(job.countMask) : undefined, groupOf: job.groupOf ? new Int32Array(job.groupOf) : undefined };
parentPort?.on('message', (range: CascadeRange) => {
  parentPort?.postMessage(cascadeChunk(graph, job.seeds, options, range.runsFrom, range.runsTo));
});
