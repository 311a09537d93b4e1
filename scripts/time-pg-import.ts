// Times imports as the cohort bench makes them, into a PostgreSQL database already holding the seeded cohort
// (scripts/seed-cohort-db.ts): fresh members' first imports, and re-imports of a seeded member's own file.
//   node --import tsx scripts/time-pg-import.ts DATABASE_URL [fresh] [reimports] [tag] [first]
// Fresh: new members' first imports (the first in a process warms it up). Re-imports into seeded members from bench-FIRST
// on: their own file again (all unchanged), then, into members from bench-(FIRST+100) on, their file with every
// 'Engineer' title changed (about 500 contacts updated, the first time). Prints one JSON line per import (seconds,
// statements sent and their summed wall time). Adds members to the database and changes seeded ones.
import pg from 'pg';
import { openAccounts, CLI_ADMIN } from '../src/app/accounts/accounts-context.ts';
import { addUser } from '../src/app/accounts/users.ts';
import { workspaceContext } from '../src/app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../src/app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../src/app/import-contacts.ts';
import { cohortPopulation } from '../bench/cohort-population.ts';

const [url, freshArg, reArg, tag, firstArg] = process.argv.slice(2);
const first = Number(firstArg ?? 10);
if (!url) throw new Error('usage: time-pg-import.ts DATABASE_URL [fresh] [reimports] [tag]');
const fresh = Number(freshArg ?? 3);
const reimports = Number(reArg ?? 1);
const stats = { statements: 0, ms: 0 };
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  stats.statements++;
  const begin = performance.now();
  const result = query.apply(this, args);
  const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text ?? '');
  if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(() => {
    const ms = performance.now() - begin;
    stats.ms += ms;
    if (process.env.SHOW_STATEMENTS) console.error(`${ms.toFixed(1).padStart(8)} ms  ${text.slice(0, 110).replace(/\s+/g, ' ')}`);
  }, () => {});
  return result;
} as typeof pg.Client.prototype.query;

const ctx = await openAccounts(url);
const population = cohortPopulation({ members: 200, connections: 3_000 });
const stamp = `${Date.now().toString(36)}${process.pid}`;
const time = async (kind: string, workspace: string, index: number) => {
  let bytes = population.connectionsCsv(index);
  if (kind === 'changed') bytes = new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/Engineer/g, 'Engineering Lead'));
  stats.statements = 0;
  stats.ms = 0;
  const begin = performance.now();
  const report = await importContacts(workspaceContext(ctx, workspace), { input: bufferSource('Connections.csv', bytes) });
  const seconds = (performance.now() - begin) / 1000;
  console.log(JSON.stringify({ tag, kind, workspace, seconds: Math.round(seconds * 1000) / 1000, statements: stats.statements, statementMs: Math.round(stats.ms), added: report.added, updated: report.updated, unchanged: report.unchanged }));
};
for (let i = 0; i < fresh; i++) {
  const email = `timed-${stamp}-${i}@bench.example.org`;
  await addUser(ctx, CLI_ADMIN, email, 'bench password not secret');
  const workspace = `timed-${stamp}-${i}`;
  await createOwnedWorkspace(ctx, CLI_ADMIN, workspace, email);
  await time(i === 0 ? 'warm-up' : 'fresh', workspace, (i * 37) % 200);
}
for (let i = 0; i < reimports; i++) {
  await time('reimport', `bench-${first + i}`, first + i);
  await time('changed', `bench-${first + 100 + i}`, first + 100 + i);
}
await ctx.store.close();
