// Dashboard benchmark: the main chunk's gzip size against its budget, and the time until the overview's data is drawn
// in Debian's chromium against `serve` on the 30,000-connection demo, beside a tiny page from the same server. Three
// visits: cold on a server started just after the data changed (`referable content add` from another process: nothing
// the store keeps is current, so the market report is computed while the page waits), cold on a server restarted on
// data an earlier server has seen (the report kept in the store is current), and warm (the same server, a new visitor).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, launchChromium, mainChunk } from '../test/browser/dashboard-fixture.ts';
import { buildDemoDatabase, startChild, stop } from './api-bench.ts';
import { median, ms, type BenchRow } from './bench-table.ts';

export const WEB_BENCH = { firstDataGoalMs: 1000, mainChunkGoalKb: 300 };

/**
 * Drawn only once the report's data is on the page (the overview's headline numbers): time to data, not to the load
 * event, which comes before any data is drawn.
 */
export const OVERVIEW_DATA_SELECTOR = '[aria-label="Headline numbers"]';

/** Navigation start to the load event (the reference page has no data to wait for). */
const LOAD_TIME = `(() => { const entry = performance.getEntriesByType('navigation')[0]; return entry.loadEventEnd - entry.startTime; })()`;

/**
 * Opens the overview in a fresh browser context (empty cache: a first visit); milliseconds until its data is drawn,
 * and until it is fresh (a server started just after a change draws the kept report first, marked "updating…").
 */
async function timeToData(browser: Browser, url: string): Promise<{ data: number; fresh: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(OVERVIEW_DATA_SELECTOR).waitFor({ timeout: 60_000 });
    // The page's own clock: milliseconds since its navigation started.
    const data = (await page.evaluate('performance.now()')) as number;
    await page.locator(FRESHNESS_NOTE_SELECTOR).waitFor({ state: 'detached', timeout: 60_000 });
    return { data, fresh: (await page.evaluate('performance.now()')) as number };
  } finally {
    await context.close();
  }
}

/** The note above numbers answered from the last report while the fresh one computes (components/states.tsx). */
const FRESHNESS_NOTE_SELECTOR = '.freshness';

function spread(values: number[]): string {
  return `${ms(median(values))} (${values.length} runs, ${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

export async function webBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  const chunk = mainChunk();
  const rows: BenchRow[] = [
    {
      runs: '— (a size)',
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
  const browser = await launchChromium();
  try {
    const changed: number[] = [];
    const changedFresh: number[] = [];
    const restarted: number[] = [];
    const warm: number[] = [];
    const references: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A change made elsewhere (as `referable import` between two runs of serve would): the kept report is not current.
      const change = spawnSync(process.execPath, [BIN, 'content', 'add', `https://example.com/bench/web-${Date.now()}-${run}`, '--title', 'A piece shared between two runs of serve', '--kind', 'shared', '--db', db], { encoding: 'utf8' });
      if (change.status !== 0) throw new Error(`referable content add failed: ${change.stderr}`);
      // Cold: a server started just now, the page opened the moment it listens (its caches are warming).
      const server = await startChild([BIN, 'serve', '--port', '0', '--db', db], /Referable dashboard: (http:\S+)/);
      try {
        const first = await timeToData(browser, server.url);
        changed.push(first.data);
        changedFresh.push(first.fresh);
        // Warm: the same server, a new visitor (empty browser cache).
        warm.push((await timeToData(browser, server.url)).data);
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        await page.goto(new URL('api/health', server.url).toString(), { waitUntil: 'load' });
        references.push((await page.evaluate(LOAD_TIME)) as number);
        await context.close();
      } finally {
        await stop(server.child);
      }
      // Cold again, on a server restarted on the same data: the report the last one computed is kept in the store.
      const again = await startChild([BIN, 'serve', '--port', '0', '--db', db], /Referable dashboard: (http:\S+)/);
      try {
        restarted.push((await timeToData(browser, again.url)).data);
      } finally {
        await stop(again.child);
      }
    }
    const reference = `${spread(references)} (/api/health page load, same server)`;
    const visits = [
      ['cold: a server started just after the data changed (the kept report of the data before it, marked "updating…")', changed],
      ['cold: a server started just after the data changed, until the fresh numbers replace the kept ones (no goal: the rescoring)', changedFresh],
      ['cold: a server restarted on unchanged data (the report kept in the store by the last one)', restarted],
      ['warm: the same server, a new visitor', warm],
    ] as const;
    for (const [label, times] of visits) {
      rows.push({
        runs: String(times.length),
        figure: `Dashboard overview, navigation to its data drawn (${OVERVIEW_DATA_SELECTOR}), empty browser cache, ${label}; 30,000-connection demo`,
        ours: spread(times),
        reference,
        ratio: `${(median(times) / Math.max(median(references), 1)).toFixed(1)}x`,
        goal: times === changedFresh ? '—' : `< ${ms(WEB_BENCH.firstDataGoalMs)}`,
        met: times === changedFresh ? true : median(times) < WEB_BENCH.firstDataGoalMs,
      });
    }
    return rows;
  } finally {
    await browser.close();
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
