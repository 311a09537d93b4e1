// The cohort bench's cohort, seeded through the real use cases: a coach, `members` job seekers each with their own
// workspace and the bench's mix of consent levels, every member's Connections.csv imported one after another (as
// members would upload them, each import timed), and the first member's target market: the cohort's largest
// employers. Shared by the bench (bench/cohort-bench.ts) and scripts/seed-cohort-db.ts, which keeps the database.
import { sql } from 'kysely';
import { CLI_ADMIN, type AccountsContext } from '../src/app/accounts/accounts-context.ts';
import { createCohort } from '../src/app/accounts/cohorts.ts';
import { setConsent } from '../src/app/accounts/consents.ts';
import { addUser } from '../src/app/accounts/users.ts';
import { workspaceContext } from '../src/app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../src/app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../src/app/import-contacts.ts';
import { setTargetDefinition } from '../src/app/target.ts';
import type { ConsentLevel } from '../src/core/accounts/consent.ts';
import { putMembership } from '../src/store/accounts/cohorts-repo.ts';
import type { CohortRecord } from '../src/store/accounts/cohorts-repo.ts';
import { cohortPopulation } from './cohort-population.ts';

export const BENCH_COACH = 'coach@bench.example.org';

/** Every tenth member shares nothing, every tenth counts only; the rest alternate companies and titles / full contacts. */
export function levelOf(index: number): ConsentLevel {
  if (index === 0) return 'companies';
  return index % 10 === 9 ? 'nothing' : index % 10 === 8 ? 'aggregates' : index % 2 === 0 ? 'companies' : 'contacts';
}

export interface SeededCohort {
  cohort: CohortRecord;
  seats: { userId: string; workspace: string }[];
  /** Each member's import, in milliseconds, in order. */
  importTimes: number[];
  /** Contacts the imports added in all. */
  imported: number;
  /** The seeker's (the first member's) target companies. */
  targets: string[];
  people: number;
}

export async function seedBenchCohort(ctx: AccountsContext, size: { members: number; connections: number }, log: (line: string) => void): Promise<SeededCohort> {
  const { members, connections } = size;
  const population = cohortPopulation({ members, connections });
  const cohort = await createCohort(ctx, 'Bench cohort', 'Bench Outplacement');
  const coach = await addUser(ctx, CLI_ADMIN, BENCH_COACH);
  await putMembership(ctx.db, cohort.id, coach.user.id, 'coach', new Date().toISOString());
  const seats: { userId: string; workspace: string }[] = [];
  log(`cohort bench: ${members} members × ${connections.toLocaleString('en-US')} connections from ${population.people.toLocaleString('en-US')} synthetic people...`);
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
  const importTimes: number[] = [];
  let imported = 0;
  for (let i = 0; i < members; i++) {
    const bytes = population.connectionsCsv(i);
    const start = performance.now();
    const report = await importContacts(workspaceContext(ctx, seats[i].workspace), { input: bufferSource('Connections.csv', bytes) });
    importTimes.push(performance.now() - start);
    imported += report.added;
    if ((i + 1) % 20 === 0) log(`  imported ${i + 1}/${members} (${Math.round(importTimes.reduce((a, b) => a + b, 0))} ms so far)`);
  }
  const targets = population.largest(8);
  const market = `name: Bench market\nthreshold: 40\ncompanies:\n${targets.map((name, index) => `  - name: ${name}\n    tier: ${index < 3 ? 1 : 2}`).join('\n')}\nweights: { company: 100 }\n`;
  await setTargetDefinition(workspaceContext(ctx, seats[0].workspace), 'bench.yaml', market);
  // A deployed PostgreSQL's autovacuum gathers statistics on tables this size within a minute of their loading; the
  // bench machine's runs with autovacuum off, where every plan after 600,000 new rows would be a guess about empty
  // tables (the page's roster and the members' reads then scan what an index would find). As a deployment would be:
  await sql`analyze`.execute(ctx.db);
  return { cohort, seats, importTimes, imported, targets, people: population.people };
}
