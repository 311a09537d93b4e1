// Dashboard benchmark: the main chunk's gzip size against its budget, and the first load of the overview in
// Debian's chromium against `serve` on the 30,000-connection demo, beside a tiny page from the same server.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, launchChromium, mainChunk } from '../test/browser/dashboard-fixture.ts';
import { buildDemoDatabase, startChild, stop } from './api-bench.ts';
import { median, ms, type BenchRow } from './bench-table.ts';

export const WEB_BENCH = { firstLoadGoalMs: 1000, mainChunkGoalKb: 300 };

/** Navigation start to the load event, in a fresh browser context (empty cache: a first visit). */
const LOAD_TIME = `(() => { const entry = performance.getEntriesByType('navigation')[0]; return entry.loadEventEnd - entry.startTime; })()`;

export async function webBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  const chunk = mainChunk();
  const rows: BenchRow[] = [
    {
      figure: `Dashboard main chunk (${chunk.file}), gzip level 9`,
      ours: `${(chunk.gzip / 1024).toFixed(1)} kB (${(chunk.bytes / 1024).toFixed(0)} kB raw)`,
      reference: '',
      ratio: '',
      goal: `< ${WEB_BENCH.mainChunkGoalKb} kB gzip`,
      met: chunk.gzip < WEB_BENCH.mainChunkGoalKb * 1024,
    },
  ];
  // The API bench leaves its 30,000-connection demo database in the work folder; build it when run alone.
  const existing = join(workFolder, 'api-demo.db');
  const db = existsSync(existing) ? existing : buildDemoDatabase(workFolder);
  const server = await startChild([BIN, 'serve', '--port', '0', '--db', db], /Referable dashboard: (http:\S+)/);
  const browser = await launchChromium();
  try {
    const loads: number[] = [];
    const references: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const [path, times] of [['', loads], ['api/health', references]] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).toString(), { waitUntil: 'load' });
        times.push((await page.evaluate(LOAD_TIME)) as number);
        await context.close();
      }
    }
    const ours = median(loads);
    const reference = median(references);
    rows.push({
      figure: 'Dashboard first load (overview, empty cache) to the load event, 30,000-connection demo',
      ours: ms(ours),
      reference: `${ms(reference)} (/api/health from the same server)`,
      ratio: `${(ours / Math.max(reference, 1)).toFixed(1)}x`,
      goal: `< ${ms(WEB_BENCH.firstLoadGoalMs)}`,
      met: ours < WEB_BENCH.firstLoadGoalMs,
    });
    return rows;
  } finally {
    await browser.close();
    await stop(server.child);
  }
}

// Run alone: node --import tsx bench/web-bench.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const work = fileURLToPath(new URL('./.work-web/', import.meta.url));
  try {
    for (const row of await webBench(work, Number(process.env.BENCH_RUNS ?? 3))) console.log(`| ${row.figure} | ${row.ours} | ${row.reference} | ${row.ratio} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
