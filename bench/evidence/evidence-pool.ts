// A fixed pool of worker threads for the evidence run. World i of a request always goes to worker i mod threads, so a
// world a worker keeps (calibration) is found there on the next request; results come back in seed order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { PassModel } from '../../src/core/evidence/pass-model.ts';
import type { WorldTally } from '../../src/core/evidence/evidence-tally.ts';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './evidence-worker.ts';

/**
 * The worker runs from a bundle made with esbuild at start-up (about a second): under tsx every nested function is
 * wrapped to keep its name, which costs a third of the time of building a world, and loader flags are not inherited
 * reliably by workers on Node 20 anyway.
 */
async function bundleWorker(folder: string): Promise<string> {
  const outfile = join(folder, 'evidence-worker.mjs');
  await build({ entryPoints: [fileURLToPath(new URL('./evidence-worker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

export class EvidencePool {
  private nextId = 1;

  private constructor(
    private readonly workers: Worker[],
    private readonly folder: string,
  ) {}

  static async start(threads: number, setup: WorkerSetup): Promise<EvidencePool> {
    const folder = mkdtempSync(join(tmpdir(), 'referable-evidence-'));
    const script = await bundleWorker(folder);
    return new EvidencePool(Array.from({ length: threads }, () => new Worker(script, { workerData: setup })), folder);
  }

  get threads(): number {
    return this.workers.length;
  }

  private ask(worker: Worker, request: WorkerRequest): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      const onMessage = (response: WorkerResponse) => {
        if (response.id !== request.id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(response);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(request);
    });
  }

  private async spread<T>(seeds: readonly number[], models: readonly PassModel[], keep: boolean, bandsOnly: boolean): Promise<T[][]> {
    const shares = this.workers.map((_, w) => seeds.filter((_, i) => i % this.workers.length === w));
    const responses = await Promise.all(
      this.workers.map((worker, w) => this.ask(worker, { id: this.nextId++, kind: 'search', seeds: shares[w], models: [...models], keep, bandsOnly })),
    );
    return seeds.map((_, i) => responses[i % this.workers.length].results[Math.floor(i / this.workers.length)] as T[]);
  }

  /** Contact hires by band, per seed and model; the worlds stay in their workers for the next call. */
  bands(seeds: readonly number[], models: readonly PassModel[]): Promise<number[][][]> {
    return this.spread<number[]>(seeds, models, true, true);
  }

  /** Full tallies, per seed and model; each world is built, searched and dropped. */
  tallies(seeds: readonly number[], models: readonly PassModel[]): Promise<WorldTally[][]> {
    return this.spread<WorldTally>(seeds, models, false, false);
  }

  async forget(): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.ask(worker, { id: this.nextId++, kind: 'forget' })));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    rmSync(this.folder, { recursive: true, force: true });
  }
}
