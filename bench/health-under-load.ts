// /api/health while long CPU work is in flight (#13): a 5 MB vCard import and a word-of-mouth estimate with 10,000 runs
// sent at once, health asked for in a loop until both have answered. The reference is the same loop with nothing else
// running, in the same run. A server that does the work on its event loop answers health only between slices of it.
import { createRandom } from '../src/core/random/seeded-random.ts';
import { people, vcardFile } from './address-book-bench.ts';
import { percentile } from './mixed-load.ts';

export const HEALTH_BENCH = { vcardBytes: 5 * 1024 * 1024, reachRuns: 10_000, idleMs: 2_000, goalP99Ms: 50 };

/** A phone's address book of about `bytes` (cards with photo thumbnails), seeded. */
export function vcardOfSize(bytes: number, seed: number): string {
  const random = createRandom(seed);
  // About 3.4 kB a card with its photo: make a few more than needed, then keep whole cards up to the size.
  const text = vcardFile(random, people(random, Math.ceil(bytes / 3000)));
  const end = text.lastIndexOf('END:VCARD\r\n', bytes);
  return text.slice(0, end + 'END:VCARD\r\n'.length);
}

async function pollHealth(baseUrl: string, until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  const url = new URL('/api/health', baseUrl);
  while (!until()) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
    // A client checking every 5 ms, not a flood: the figure is how long one check waits.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return latencies;
}

export interface HealthUnderLoad {
  idle: number[];
  busy: number[];
  importStatus: number;
  reachStatus: number;
  importMs: number;
  reachMs: number;
  bytes: number;
}

export async function healthUnderHeavyWork(baseUrl: string, options: { workspaceSeed: number; reachRuns?: number; only?: 'import' | 'reach' }): Promise<HealthUnderLoad> {
  const card = vcardOfSize(HEALTH_BENCH.vcardBytes, options.workspaceSeed);
  const idleUntil = performance.now() + HEALTH_BENCH.idleMs;
  const idle = await pollHealth(baseUrl, () => performance.now() > idleUntil);
  let pending = options.only ? 1 : 2;
  const started = performance.now();
  const timed = async (request: Promise<Response>) => {
    const response = await request;
    await response.arrayBuffer();
    pending--;
    return { status: response.status, ms: performance.now() - started };
  };
  const skipped = Promise.resolve({ status: 0, ms: 0 });
  const importing = options.only === 'reach' ? skipped : timed(fetch(new URL('/api/imports', baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'contacts.vcf' }, body: card }));
  // A seed of its own each run: a cached answer would not be work in flight.
  const reaching = options.only === 'import' ? skipped : timed(fetch(new URL('/api/reach', baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ runs: options.reachRuns ?? HEALTH_BENCH.reachRuns, seed: options.workspaceSeed % 1_000_000 }) }));
  const busy = await pollHealth(baseUrl, () => pending === 0);
  const [imported, reached] = await Promise.all([importing, reaching]);
  return { idle, busy, importStatus: imported.status, reachStatus: reached.status, importMs: imported.ms, reachMs: reached.ms, bytes: Buffer.byteLength(card) };
}

export function summarize(latencies: number[]): { p99: number; max: number; count: number } {
  return { p99: percentile(latencies, 0.99), max: Math.max(0, ...latencies), count: latencies.length };
}
