// Worker thread body: runs one range of Monte Carlo cascade runs on the shared graph and posts the partial sums.
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
const chunk = cascadeChunk(
  graph,
  job.seeds,
  { ...job.options, countMask: job.countMask ? new Uint8Array(job.countMask) : undefined, groupOf: job.groupOf ? new Int32Array(job.groupOf) : undefined },
  job.runsFrom,
  job.runsTo,
);
parentPort?.postMessage(chunk);
