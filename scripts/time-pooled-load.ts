// Times the pooled graph load (loadPooledNetwork) on a kept cohort database (scripts/seed-cohort-db.ts) and prints what
// must not change between two versions of it: people, ties, in-market count, word-of-mouth estimates and IMM picks
// for a fixed seed. Usage: node --import tsx scripts/time-pooled-load.ts URL SEED_JSON [RUNS] [--check]
// (--check also runs word of mouth and the picks; the fingerprint line is what two versions compare.)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openAccounts } from '../src/app/accounts/accounts-context.ts';
import { loadPooledNetwork, pooledWordOfMouth } from '../src/app/accounts/pooled-views.ts';

const [url, seedFile, runsText = '5', ...flags] = process.argv.slice(2);
if (!url || !seedFile) throw new Error('usage: time-pooled-load.ts URL SEED_JSON [RUNS] [--check]');
const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { cohortId: string; seekerUserId: string };
const ctx = await openAccounts(url);
try {
  const times: number[] = [];
  const cpu: number[] = [];
  let loaded: Awaited<ReturnType<typeof loadPooledNetwork>> | undefined;
  for (let run = 0; run < Number(runsText); run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    loaded = await loadPooledNetwork(ctx, seed.seekerUserId, seed.cohortId);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`load ms: ${times.map((t) => t.toFixed(0)).join(' ')}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)}; this process's CPU ms (node only, GC threads included): ${cpu.map((t) => t.toFixed(0)).join(' ')}`);
  if (flags.includes('--check') && loaded) {
    const pooled = loaded.pooled;
    const mask = pooled.inMarketMask.reduce((sum, bit) => sum + bit, 0);
    const graph = pooled.graph;
    const hash = createHash('sha256');
    hash.update(Buffer.from(graph.offsets.buffer, graph.offsets.byteOffset, graph.offsets.byteLength));
    hash.update(Buffer.from(graph.targets.buffer, graph.targets.byteOffset, graph.targets.byteLength));
    hash.update(Buffer.from(pooled.inMarketMask));
    const names = [...loaded.names.contacts].sort().join('\n') + loaded.names.teammates.join('\n');
    const womSeed = 7;
    const wom = await pooledWordOfMouth(pooled, { runs: 2000, fixedRuns: true, seed: womSeed, threads: 1, ask: 5 }, loaded.names);
    const { threads: _threads, ...rest } = wom;
    console.log(JSON.stringify({ counts: loaded.counts, people: pooled.people, teammates: pooled.teammates, ties: graph.offsets[graph.nodeCount] / 2, mask, graphHash: hash.digest('hex').slice(0, 16), namesHash: createHash('sha256').update(names).digest('hex').slice(0, 16), keysHash: createHash('sha256').update(pooled.personKeys.join(',')).digest('hex').slice(0, 16), wom: rest }));
  }
} finally {
  await ctx.store.close();
}
