// Times two-hop pooled word of mouth the way users run it: this file is bundled with esbuild (with the cascade worker
// beside it) and run as its own process, so worker threads start from plain JavaScript as they do from `referable`,
// not through the TypeScript loader the bench itself runs under. Reads its job as JSON from argv, prints one JSON line.
import { openAccounts } from '../src/app/accounts/accounts-context.ts';
import { loadPooledNetwork, pooledWordOfMouth, type PooledWordOfMouth } from '../src/app/accounts/pooled-views.ts';

interface Job {
  url: string;
  userId: string;
  cohortId: string;
  runs: number;
  threads: number[];
  repeat: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const ctx = await openAccounts(job.url);
try {
  const { pooled } = await loadPooledNetwork(ctx, job.userId, job.cohortId);
  const times: Record<string, number[]> = {};
  const results: Record<string, PooledWordOfMouth> = {};
  for (let run = 0; run < job.repeat; run++) {
    for (const threads of job.threads) {
      const start = performance.now();
      results[threads] = await pooledWordOfMouth(pooled, { runs: job.runs, fixedRuns: true, seed: 1, threads });
      (times[threads] ??= []).push(performance.now() - start);
    }
  }
  // The figures of the first thread count asked for (every count gives the same figures for the seed).
  console.log(JSON.stringify({ times, wordOfMouth: results[job.threads[0]] }));
} finally {
  await ctx.store.close();
}
