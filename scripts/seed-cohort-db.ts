// Seeds the cohort bench's cohort (bench/cohort-bench.ts: members × connections through the real import path, with
// the bench's consent mix and the seeker's target market) into a database that is kept, for profiling the pooled
// views and the cohort page without re-seeding each time. Prints the ids and the coach's API token as JSON.
//   node --import tsx scripts/seed-cohort-db.ts postgres://postgres@127.0.0.1:5432/cohort_seed [members] [connections]
// The database is dropped and created afresh. Synthetic people only (bench/cohort-population.ts).
import pg from 'pg';
import { sql } from 'kysely';
import { writeFileSync } from 'node:fs';
import { openAccounts, CLI_ADMIN } from '../src/app/accounts/accounts-context.ts';
import { createApiToken } from '../src/app/accounts/api-tokens.ts';
import { createCohort } from '../src/app/accounts/cohorts.ts';
import { setConsent } from '../src/app/accounts/consents.ts';
import { addUser } from '../src/app/accounts/users.ts';
import { workspaceContext } from '../src/app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../src/app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../src/app/import-contacts.ts';
import { setTargetDefinition } from '../src/app/target.ts';
import { putMembership } from '../src/store/accounts/cohorts-repo.ts';
import { cohortPopulation } from '../bench/cohort-population.ts';
import { levelOf } from '../bench/cohort-bench.ts';

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
const population = cohortPopulation({ members, connections });
const cohort = await createCohort(ctx, 'Bench cohort', 'Bench Outplacement');
const coach = await addUser(ctx, CLI_ADMIN, 'coach@bench.example.org');
await putMembership(ctx.db, cohort.id, coach.user.id, 'coach', new Date().toISOString());
const seats: { userId: string; workspace: string }[] = [];
for (let i = 0; i < members; i++) {
  const email = `member${i}@bench.example.org`;
  const { user } = await addUser(ctx, CLI_ADMIN, email, 'bench password not secret');
  const workspace = `bench-${i}`;
  await createOwnedWorkspace(ctx, CLI_ADMIN, workspace, email);
  await putMembership(ctx.db, cohort.id, user.id, 'member', new Date().toISOString());
  const level = levelOf(i);
  if (level !== 'nothing') await setConsent(ctx, CLI_ADMIN, user.id, cohort.id, level);
  seats.push({ userId: user.id, workspace });
}
let importMs = 0;
for (let i = 0; i < members; i++) {
  const begin = performance.now();
  await importContacts(workspaceContext(ctx, seats[i].workspace), { input: bufferSource('Connections.csv', population.connectionsCsv(i)) });
  importMs += performance.now() - begin;
  if ((i + 1) % 20 === 0) console.error(`imported ${i + 1}/${members} (${(importMs / 1000).toFixed(1)} s of imports)`);
}
const targets = population.largest(8);
const market = `name: Bench market\nthreshold: 40\ncompanies:\n${targets.map((company, index) => `  - name: ${company}\n    tier: ${index < 3 ? 1 : 2}`).join('\n')}\nweights: { company: 100 }\n`;
await setTargetDefinition(workspaceContext(ctx, seats[0].workspace), 'bench.yaml', market);
await sql`analyze`.execute(ctx.db);
const token = (await createApiToken(ctx, CLI_ADMIN, 'coach@bench.example.org', 'cohort seed')).token;
await ctx.store.close();
const result = { url, cohortId: cohort.id, seekerUserId: seats[0].userId, seekerWorkspace: seats[0].workspace, coachToken: token, members, connections, importSeconds: Math.round(importMs / 100) / 10, totalSeconds: Math.round((performance.now() - started) / 100) / 10 };
if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));
