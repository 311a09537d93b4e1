// The HTTP API under load: autocannon, 50 connections, against `referable serve` on the 30,000-connection demo, side by
// side with a minimal hono hello-world on @hono/node-server (the floor this stack allows on this machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openContext } from '../src/app/app-context.ts';
import { median, ms, type BenchRow } from './bench-table.ts';
import { HEALTH_BENCH, healthUnderHeavyWork } from './health-under-load.ts';
import { closedLoop, mixedLoad, percentile, READ_ROUTES, WRITE_ROUTES } from './mixed-load.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'referable.js');
export const API_BENCH = { connections: 50, seconds: Number(process.env.BENCH_API_SECONDS ?? 5), warmUpSeconds: 2, maxRuns: 3, goalP99Ms: 50 };

interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
export type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

export async function loadAutocannon(): Promise<Autocannon> {
  // autocannon ships no types; the few fields used are typed above.
  const name = 'autocannon';
  return ((await import(name)) as { default: Autocannon }).default;
}

/** Starts a child that prints a line with its URL; resolves with the URL once it does. */
export function startChild(args: string[], pattern: RegExp): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL from ${args.join(' ')} after 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A hono hello-world on @hono/node-server: the floor this HTTP stack allows on this machine. */
export const HELLO = `import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/', (c) => c.json({ hello: 'world' }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('hello at http://127.0.0.1:' + info.port + '/'));`;

/** Builds the 30,000-connection demo database with the CLI, as a user would. */
export function buildDemoDatabase(workFolder: string): string {
  mkdirSync(workFolder, { recursive: true });
  const db = join(workFolder, 'api-demo.db');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  const result = spawnSync(process.execPath, [BIN, 'demo', '--connections', '30000', '--db', db, '--json'], { cwd: workFolder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`referable demo failed: ${result.stderr}`);
  return db;
}

/** Median p99 and request rate of `runs` autocannon runs at API_BENCH.connections, after a warm-up run. */
export async function measure(autocannon: Autocannon, url: string, runs: number, headers?: Record<string, string>): Promise<{ p99: number; p99s: number[]; rps: number; failures: number }> {
  const p99s: number[] = [];
  const rates: number[] = [];
  let failures = 0;
  // JIT warm-up, not measured (both servers get the same).
  await autocannon({ url, connections: API_BENCH.connections, duration: API_BENCH.warmUpSeconds, headers });
  for (let run = 0; run < runs; run++) {
    const result = await autocannon({ url, connections: API_BENCH.connections, duration: API_BENCH.seconds, headers });
    p99s.push(result.latency.p99);
    rates.push(result.requests.average);
    failures += result.errors + result.timeouts + result.non2xx;
  }
  return { p99: median(p99s), p99s, rps: median(rates), failures };
}

export async function apiBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  const autocannon = await loadAutocannon();
  const db = buildDemoDatabase(workFolder);
  const repeat = Math.max(1, Math.min(runs, API_BENCH.maxRuns));
  const hello = await startChild(['--input-type=module', '-e', HELLO], /hello at (http:\S+)/);
  const server = await startChild([BIN, 'serve', '--port', '0', '--db', db], /Referable dashboard: (http:\S+)/);
  try {
    const reference = await measure(autocannon, hello.url, repeat);
    const rows: BenchRow[] = [];
    for (const path of ['/api/report', '/api/contacts?limit=50']) {
      const url = new URL(path, server.url).toString();
      // The first request computes and caches (scoring 30,000 contacts); every later one is served from memory.
      const start = performance.now();
      const first = await fetch(url);
      const firstMs = performance.now() - start;
      if (!first.ok) throw new Error(`${path} answered ${first.status}: ${await first.text()}`);
      await first.arrayBuffer();
      const ours = await measure(autocannon, url, repeat);
      rows.push({
        runs: `${repeat} (autocannon runs of ${API_BENCH.seconds} s; median p99)`,
        figure: `Cached reads only: GET ${path} p99, ${API_BENCH.connections} connections × ${API_BENCH.seconds} s after ${API_BENCH.warmUpSeconds} s warm-up, 30,000-connection demo (first request, uncached: ${ms(firstMs)})`,
        ours: `${ms(ours.p99)} (${Math.round(ours.rps).toLocaleString('en-US')} req/s${ours.failures ? `, ${ours.failures} failed` : ''})`,
        reference: `${ms(reference.p99)} (${Math.round(reference.rps).toLocaleString('en-US')} req/s, hono hello-world)`,
        ratio: `${(ours.p99 / Math.max(reference.p99, 1)).toFixed(1)}x`,
        goal: `p99 < ${API_BENCH.goalP99Ms} ms, no errors`,
        met: ours.p99 < API_BENCH.goalP99Ms && ours.failures === 0,
      });
    }
    return rows;
  } finally {
    await Promise.all([stop(server.child), stop(hello.child)]);
  }
}

export const MIXED_BENCH = { clients: 50, requestsPerClient: 40, warmUpPerClient: 5, writeShare: 0.1, connections: 2000, maxRuns: 3, goalReadP99Ms: 100 };

/** "median (n runs, min–max)". */
export function spread(values: number[]): string {
  return `${ms(median(values))} (${values.length} run${values.length === 1 ? '' : 's'}, ${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

interface MixedStore {
  name: 'SQLite' | 'PostgreSQL';
  /** serve's arguments for this store. */
  args: string[];
  cleanUp(): Promise<void>;
}

async function mixedStores(workFolder: string): Promise<{ stores: MixedStore[]; skipped: string | null }> {
  const demo = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, 'demo', '--connections', String(MIXED_BENCH.connections), ...args, '--json'], { cwd: workFolder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`referable demo ${args.join(' ')} failed: ${result.stderr}`);
  };
  mkdirSync(workFolder, { recursive: true });
  const db = join(workFolder, 'mixed.db');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  demo(['--db', db]);
  const stores: MixedStore[] = [{ name: 'SQLite', args: ['--db', db], cleanUp: async () => {} }];
  const url = process.env.REFERABLE_BENCH_DATABASE_URL ?? process.env.REFERABLE_TEST_DATABASE_URL;
  if (!url) return { stores, skipped: 'PostgreSQL not measured: set REFERABLE_BENCH_DATABASE_URL=postgres://...' };
  const workspace = `bench-mixed-${process.pid}`;
  demo(['--db', url, '--workspace', workspace]);
  stores.push({
    name: 'PostgreSQL',
    args: ['--db', url, '--workspace', workspace],
    async cleanUp() {
      const context = await openContext({ db: url, workspace });
      try {
        await context.store.workspace.rows.clear();
      } finally {
        await context.store.close();
      }
    },
  });
  return { stores, skipped: null };
}

/**
 * 50 clients each making a fixed seeded sequence of requests, 10% of them writes (a tag, a rating, a need), against
 * `serve` on a 2,000-connection demo, on SQLite and on PostgreSQL: the p99 per route. The reference is a hono
 * hello-world under the same client loop in the same run.
 */
export async function mixedLoadBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  const repeat = Math.max(1, Math.min(runs, MIXED_BENCH.maxRuns));
  const hello = await startChild(['--input-type=module', '-e', HELLO], /hello at (http:\S+)/);
  const { stores, skipped } = await mixedStores(workFolder);
  const rows: BenchRow[] = [];
  try {
    await closedLoop(hello.url, MIXED_BENCH.clients, MIXED_BENCH.warmUpPerClient);
    const floor: number[] = [];
    for (let run = 0; run < repeat; run++) floor.push(percentile(await closedLoop(hello.url, MIXED_BENCH.clients, MIXED_BENCH.requestsPerClient), 0.99));
    const reference = `${spread(floor)} (hono hello-world, same clients)`;
    for (const store of stores) {
      const server = await startChild([BIN, 'serve', '--port', '0', ...store.args], /Referable dashboard: (http:\S+)/);
      const byRoute = new Map<string, number[]>();
      const writes: number[] = [];
      let failures = 0;
      let requests = 0;
      try {
        for (let run = 0; run < repeat; run++) {
          const result = await mixedLoad(server.url, { ...MIXED_BENCH, token: null });
          failures += result.failures.length;
          for (const [route, values] of result.latencies) {
            requests += values.length;
            if ((READ_ROUTES as readonly string[]).includes(route)) byRoute.set(route, [...(byRoute.get(route) ?? []), percentile(values, 0.99)]);
          }
          writes.push(percentile(WRITE_ROUTES.flatMap((route) => result.latencies.get(route)!), 0.99));
        }
      } finally {
        await stop(server.child);
        await store.cleanUp();
      }
      const setting = `${MIXED_BENCH.clients} clients × ${MIXED_BENCH.requestsPerClient} requests, ${MIXED_BENCH.writeShare * 100}% writes, ${MIXED_BENCH.connections.toLocaleString('en-US')}-connection demo, ${store.name}`;
      for (const [route, p99s] of byRoute) {
        rows.push({
          runs: String(p99s.length),
          figure: `Mixed load: ${route} p99 (${setting}${route === 'GET /api/report' ? '; Cache-Control: max-stale' : ''})`,
          ours: spread(p99s),
          reference,
          ratio: `${(median(p99s) / Math.max(median(floor), 1)).toFixed(1)}x`,
          goal: `p99 < ${MIXED_BENCH.goalReadP99Ms} ms`,
          met: median(p99s) < MIXED_BENCH.goalReadP99Ms && failures === 0,
        });
      }
      rows.push({
        runs: String(writes.length),
        figure: `Mixed load: writes p99, tag / rating / need (${setting}; ${requests.toLocaleString('en-US')} requests, ${failures} failed)`,
        ours: spread(writes),
        reference,
        ratio: `${(median(writes) / Math.max(median(floor), 1)).toFixed(1)}x`,
        goal: 'no failed request',
        met: failures === 0,
      });
    }
    if (skipped) rows.push({ figure: 'Mixed load on PostgreSQL', runs: '0', ours: skipped, reference: '', ratio: '', goal: `p99 < ${MIXED_BENCH.goalReadP99Ms} ms`, met: false });
    return rows;
  } finally {
    await stop(hello.child);
  }
}

export const HEALTH_ROW = { maxRuns: 3 };

/** #13: /api/health while a 5 MB vCard import and a 10,000-run estimate are in flight, on a copy of the 30,000 demo. */
export async function healthBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  const repeat = Math.max(1, Math.min(runs, HEALTH_ROW.maxRuns));
  const source = join(workFolder, 'api-demo.db');
  const db = join(workFolder, 'health-demo.db');
  if (!existsSync(source)) buildDemoDatabase(workFolder);
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  copyFileSync(source, db);
  const server = await startChild([BIN, 'serve', '--port', '0', '--db', db], /Referable dashboard: (http:\S+)/);
  const busy: number[] = [];
  const idle: number[] = [];
  const seconds: number[] = [];
  let failed = 0;
  try {
    for (let run = 0; run < repeat; run++) {
      const result = await healthUnderHeavyWork(server.url, { workspaceSeed: 7 + run });
      busy.push(percentile(result.busy, 0.99));
      idle.push(percentile(result.idle, 0.99));
      seconds.push(Math.max(result.importMs, result.reachMs) / 1000);
      if (result.importStatus !== 200 || result.reachStatus !== 200) failed++;
    }
  } finally {
    await stop(server.child);
  }
  return [
    {
      runs: String(busy.length),
      figure: `GET /api/health p99 while a ${(HEALTH_BENCH.vcardBytes / 1024 / 1024).toFixed(0)} MB vCard import and a reach with ${HEALTH_BENCH.reachRuns.toLocaleString('en-US')} runs are in flight (both done in ${seconds.map((value) => value.toFixed(0)).join(', ')} s${failed ? `; ${failed} runs failed` : ''}), 30,000-connection demo`,
      ours: spread(busy),
      reference: `${spread(idle)} (the same checks with nothing in flight)`,
      ratio: `${(median(busy) / Math.max(median(idle), 1)).toFixed(1)}x`,
      goal: `p99 < ${HEALTH_BENCH.goalP99Ms} ms`,
      met: median(busy) < HEALTH_BENCH.goalP99Ms && failed === 0,
    },
  ];
}

// Run alone: node --import tsx bench/api-bench.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const work = fileURLToPath(new URL('./.work-api/', import.meta.url));
  try {
    const runs = Number(process.env.BENCH_RUNS ?? 1);
    const parts = (process.env.BENCH_API_PARTS ?? 'cached,mixed,health').split(',');
    const rows = [
      ...(parts.includes('cached') ? await apiBench(work, runs) : []),
      ...(parts.includes('mixed') ? await mixedLoadBench(work, runs) : []),
      ...(parts.includes('health') ? await healthBench(work, runs) : []),
    ];
    for (const row of rows) console.log(`| ${row.figure} | ${row.ours} | ${row.reference} | ${row.ratio} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
