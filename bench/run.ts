// `npm run bench`: every benchmark side by side with its reference, written to bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTable, type BenchRow } from './bench-table.ts';
import { graphBench } from './graph-bench.ts';
import { apiBench, healthBench, mixedLoadBench } from './api-bench.ts';
import { importBench } from './import-bench.ts';
import { introsBench } from './intros-bench.ts';
import { classifyAndScoreBench, reportBench, taxonomyAccuracy } from './market-bench.ts';
import { planBench } from './plan-bench.ts';
import { webBench } from './web-bench.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=graph,plan runs only those groups and prints their rows without touching RESULTS.md, which only a
// whole run may write (a partial table would drop the other rows).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((name) => name.trim())) : undefined;
const GROUPS = ['import', 'address-book', 'market', 'graph', 'intros', 'reach', 'plan', 'lookup', 'hostile', 'api', 'mixed-load', 'health', 'web', 'cohort'];
for (const name of only ?? []) if (!GROUPS.includes(name)) throw new Error(`BENCH_ONLY: unknown group "${name}" (groups: ${GROUPS.join(', ')})`);
const runs = (group: string): boolean => !only || only.has(group);
const work = fileURLToPath(new URL('./.work/', import.meta.url));

// Whole-process figures must time the bundle users run, not the TypeScript fallback bin/ uses when dist/ is stale.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('the CLI bundle could not be built (node scripts/build.mjs)');

const rows: BenchRow[] = [];
if (runs('import')) {
  console.log(`import benchmark (${RUNS} runs)...`);
  rows.push(...importBench(work, RUNS));
}
if (runs('address-book')) rows.push(...(await import('./address-book-bench.ts')).addressBookBench(work, RUNS));
if (runs('market')) {
  console.log('target-market benchmarks...');
  rows.push(...classifyAndScoreBench(RUNS));
  rows.push(...reportBench(work, RUNS));
  rows.push(...taxonomyAccuracy());
}
if (runs('graph')) {
  console.log('graph engine benchmarks (cascade vs C and graphology, paths, build from the store)...');
  rows.push(...(await graphBench(work, RUNS)));
}
if (runs('intros')) {
  console.log('introduction suggestions (1,000 needs against 30,000 contacts)...');
  rows.push(...(await introsBench(work, RUNS)));
}
if (runs('reach')) {
  console.log('word of mouth for one person (adaptive sampling vs fixed runs)...');
  rows.push(...(await (await import('./reach-bench.ts')).reachBench(work, RUNS)));
}
if (runs('plan')) {
  console.log('weekly plan (30,000 connections, 5,000 prospects)...');
  rows.push(...(await planBench(work, RUNS)));
}
if (runs('lookup')) rows.push(...(await (await import('./lookup-bench.ts')).lookupBench(work, RUNS)));
if (runs('hostile')) {
  console.log('hostile input (alias bomb, zip bomb, big vCard photo)...');
  rows.push(...(await import('./hostile-input-bench.ts')).hostileInputBench(work, RUNS));
}
if (runs('api')) {
  console.log('HTTP API under load (autocannon)...');
  rows.push(...(await apiBench(work, RUNS)));
}
if (runs('mixed-load')) {
  console.log('HTTP API under a mixed read/write load (SQLite, and PostgreSQL when REFERABLE_BENCH_DATABASE_URL is set)...');
  rows.push(...(await mixedLoadBench(work, RUNS)));
}
if (runs('health')) rows.push(...(await healthBench(work, RUNS)));
if (runs('web')) rows.push(...(await webBench(work, RUNS)));
if (runs('cohort')) {
  console.log('cohort of 200 members × 3,000 connections on PostgreSQL (imports, pooled graph, warm paths, two-hop reach, cohort page)...');
  rows.push(...(await (await import('./cohort-bench.ts')).cohortBench(work, RUNS)));
}

const table = renderTable(rows, RUNS, new Date().toISOString().slice(0, 10));
if (!only) writeFileSync(new URL('./RESULTS.md', import.meta.url), table);
rmSync(work, { recursive: true, force: true });
console.log(table);
