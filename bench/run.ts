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
const work = fileURLToPath(new URL('./.work/', import.meta.url));

// Whole-process figures must time the bundle users run, not the TypeScript fallback bin/ uses when dist/ is stale.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('the CLI bundle could not be built (node scripts/build.mjs)');

const rows: BenchRow[] = [];
console.log(`import benchmark (${RUNS} runs)...`);
rows.push(...importBench(work, RUNS));
rows.push(...(await import('./address-book-bench.ts')).addressBookBench(work, RUNS));
console.log('target-market benchmarks...');
rows.push(...classifyAndScoreBench(RUNS));
rows.push(...reportBench(work, RUNS));
rows.push(...taxonomyAccuracy());
console.log('graph engine benchmarks (cascade vs C and graphology, paths, build from the store)...');
rows.push(...(await graphBench(work, RUNS)));
console.log('introduction suggestions (1,000 needs against 30,000 contacts)...');
rows.push(...(await introsBench(work, RUNS)));
console.log('weekly plan (30,000 connections, 5,000 prospects)...');
rows.push(...(await planBench(work, RUNS)));
rows.push(...(await (await import('./lookup-bench.ts')).lookupBench(work, RUNS)));
console.log('hostile input (alias bomb, zip bomb, big vCard photo)...');
rows.push(...(await import('./hostile-input-bench.ts')).hostileInputBench(work, RUNS));
console.log('HTTP API under load (autocannon) and the dashboard in chromium...');
rows.push(...(await apiBench(work, RUNS)));
console.log('HTTP API under a mixed read/write load (SQLite, and PostgreSQL when REFERABLE_BENCH_DATABASE_URL is set), and health during long work...');
rows.push(...(await mixedLoadBench(work, RUNS)));
rows.push(...(await healthBench(work, RUNS)));
rows.push(...(await webBench(work, RUNS)));

const table = renderTable(rows, RUNS, new Date().toISOString().slice(0, 10));
writeFileSync(new URL('./RESULTS.md', import.meta.url), table);
rmSync(work, { recursive: true, force: true });
console.log(table);
