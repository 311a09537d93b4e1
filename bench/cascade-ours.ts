// Our cascade timed the way users run it: bundled to plain JavaScript (as dist/ is) and run by node without the
// TypeScript loader, on the same input file as bench/cascade-reference.c.
//
// Why a separate process: Node 20 runs loader hooks (tsx's) on a helper thread whose messages detach an ArrayBuffer,
// which disables V8's "no buffer was ever detached" shortcut for the whole process; from then on every typed-array read
// also checks that its buffer is still attached (measured ~10-15% slower per edge visit). The CLI, the server and their
// worker threads load no hooks, so timing the kernel inside the tsx-run bench would time a slower kernel than users get.
//
// Usage: node cascade-ours.mjs INPUT SEED RUNS. Reads the graph and seeds from INPUT (the C reference's layout), runs
// estimateReach untimed until V8 has optimized the kernel, then once timed, and prints
// "<edge visits> <reached sum> <milliseconds>" like the C reference: processor time, as the C reference measures
// (this process's, its garbage collector and compiler threads included).
import { readFileSync } from 'node:fs';
import type { CsrGraph } from '../src/core/graph/csr-graph.ts';
import { estimateReach } from '../src/core/graph/independent-cascade.ts';

const [input, seedArgument, runsArgument] = process.argv.slice(2);
if (input === undefined || seedArgument === undefined || runsArgument === undefined) {
  console.error('usage: cascade-ours INPUT SEED RUNS');
  process.exit(2);
}
const bytes = readFileSync(input);
const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
const [nodeCount, edges, seedCount] = words;
let at = 4;
const take = (count: number): Int32Array => words.slice(at, (at += count));
const offsets = take(nodeCount + 1);
const targets = take(edges);
const probabilities = new Float32Array(take(edges).buffer);
const seeds = take(seedCount);
const graph: CsrGraph = { nodeCount, offsets, targets, probabilities };
const options = { runs: Number(runsArgument), seed: Number(seedArgument) };
// Three untimed calls: after one, V8 is still compiling (and replacing on-stack code) in the next (measured 45-52 ms
// against 31-33 ms warm on the 30,000-connection graph).
for (let warmUp = 0; warmUp < 3; warmUp++) estimateReach(graph, seeds, options);
const processorMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const start = processorMs();
const estimate = estimateReach(graph, seeds, options);
const took = processorMs() - start;
console.log(`${estimate.edgeVisits} ${Math.round(estimate.reached.mean * options.runs)} ${took.toFixed(3)}`);
