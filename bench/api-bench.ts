// The HTTP API under load: autocannon, 50 connections, against `referable serve` on the 30,000-connection demo, side by
// side with a minimal hono hello-world on @hono/node-server (the floor this stack allows on this machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ms, type BenchRow } from './bench-table.ts';

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
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

async function loadAutocannon(): Promise<Autocannon> {
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

const HELLO = `import { Hono } from 'hono';
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

async function measure(autocannon: Autocannon, url: string, runs: number): Promise<{ p99: number; rps: number; failures: number }> {
  const p99s: number[] = [];
  const rates: number[] = [];
  let failures = 0;
  // JIT warm-up, not measured (both servers get the same).
  await autocannon({ url, connections: API_BENCH.connections, duration: API_BENCH.warmUpSeconds });
  for (let run = 0; run < runs; run++) {
    const result = await autocannon({ url, connections: API_BENCH.connections, duration: API_BENCH.seconds });
    p99s.push(result.latency.p99);
    rates.push(result.requests.average);
    failures += result.errors + result.timeouts + result.non2xx;
  }
  return { p99: median(p99s), rps: median(rates), failures };
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
        figure: `GET ${path} p99, ${API_BENCH.connections} connections × ${API_BENCH.seconds} s after ${API_BENCH.warmUpSeconds} s warm-up, 30,000-connection demo (first request, uncached: ${ms(firstMs)})`,
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

// Run alone: node --import tsx bench/api-bench.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const work = fileURLToPath(new URL('./.work-api/', import.meta.url));
  try {
    for (const row of await apiBench(work, Number(process.env.BENCH_RUNS ?? 1))) console.log(`| ${row.figure} | ${row.ours} | ${row.reference} | ${row.ratio} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
