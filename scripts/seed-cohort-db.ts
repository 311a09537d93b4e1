// Seeds the cohort bench's cohort (bench/cohort-seed.ts: members × connections through the real import path, with the
// bench's consent mix and the seeker's target market) into a database that is kept, for profiling the pooled views
// and the cohort page without re-seeding each time. Prints the ids and a coach's API token as JSON.
//   node --import tsx scripts/seed-cohort-db.ts postgres://postgres@127.0.0.1:5432/cohort_seed [members] [connections] [out.json]
// The database is dropped and created afresh. Synthetic people only (bench/cohort-population.ts).
import pg from 'pg';
import { writeFileSync } from 'node:fs';
import { openAccounts, CLI_ADMIN } from '../src/app/accounts/accounts-context.ts';
import { createApiToken } from '../src/app/accounts/api-tokens.ts';
import { BENCH_COACH, seedBenchCohort } from '../bench/cohort-seed.ts';

const [url, membersArg, connectionsArg, outFile] = process.argv.slice(2);
if (!url) throw new Error('usage: seed-cohort-db.ts DATABASE_URL [members] [connections] [out.json]');
const members = Number(membersArg ?? 200);
const connections = Number(connectionsArg ?? 3_000);
const name = new URL(url).pathname.slice(1);
const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
await admin.connect();
await admin.query(`drop database if exists "${name}" with (force)`);
await admin.query(`create database "${name}"`);
await admin.end();

const started = performance.now();
const ctx = await openAccounts(url);
const seeded = await seedBenchCohort(ctx, { members, connections }, (line) => console.error(line));
const token = (await createApiToken(ctx, CLI_ADMIN, BENCH_COACH, 'cohort seed')).token;
await ctx.store.close();
const importMs = seeded.importTimes.reduce((a, b) => a + b, 0);
const result = { url, cohortId: seeded.cohort.id, seekerUserId: seeded.seats[0].userId, seekerWorkspace: seeded.seats[0].workspace, coachToken: token, members, connections, importSeconds: Math.round(importMs / 100) / 10, totalSeconds: Math.round((performance.now() - started) / 100) / 10 };
if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));
