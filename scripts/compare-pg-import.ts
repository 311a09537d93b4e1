// What an import stores, for comparing two versions of the code: imports four Connections.csv files of the cohort
// bench into a new member's workspace with fixed ids and clock (a first import, a second file overlapping it, the first
// again with every 'Engineer' title changed, so about 500 contacts are updated, and a file under a second member), then
// writes the reports and the workspace's dump (every table) as JSON. Run it on each version into a new workspace name
// each time, and compare the files.
//   node --import tsx scripts/compare-pg-import.ts DATABASE_URL WORKSPACE OUT.json
import { writeFileSync } from 'node:fs';
import { openAccounts, CLI_ADMIN } from '../src/app/accounts/accounts-context.ts';
import { addUser } from '../src/app/accounts/users.ts';
import { workspaceContext } from '../src/app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../src/app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../src/app/import-contacts.ts';
import { cohortPopulation } from '../bench/cohort-population.ts';
const [url, name, out] = process.argv.slice(2);
if (!out) throw new Error('usage: compare-pg-import.ts DATABASE_URL WORKSPACE OUT.json');
const ctx = await openAccounts(url);
const population = cohortPopulation({ members: 200, connections: 3_000 });
await addUser(ctx, CLI_ADMIN, `${name}@x.example.org`, 'bench password not secret');
await createOwnedWorkspace(ctx, CLI_ADMIN, name, `${name}@x.example.org`);
let n = 0;
let t = Date.UTC(2026, 0, 1);
const app = { ...workspaceContext(ctx, name), newId: () => `id${String(n++).padStart(7, '0')}`, now: () => new Date((t += 1000)) };
const reports = [];
for (const [i, member] of [[3, 'me'], [4, 'me'], [3, 'me'], [5, 'Other']] as const) {
  const bytes = population.connectionsCsv(i);
  let text = new TextDecoder().decode(bytes);
  if (i === 3 && reports.length === 2) text = text.replace(/Engineer/g, 'Engineering Lead');
  reports.push(await importContacts(app, { input: bufferSource('Connections.csv', new TextEncoder().encode(text)), member }));
}
const dump = await app.store.workspace.rows.dump();
writeFileSync(out, JSON.stringify({ reports, dump }, null, 1));
await ctx.store.close();
