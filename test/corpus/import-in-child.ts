// Runs one import in its own process and prints the report's counts with the process's peak memory, so a test can
// prove a large file streams with bounded memory (run with a small --max-old-space-size).
import { importContacts } from '../../src/app/import-contacts.ts';
import { openStore } from '../../src/store/open-store.ts';

const [path, db, dryRun] = process.argv.slice(2);
const store = await openStore({ location: db }, '2026-11-25T00:00:00.000Z');
let id = 0;
const started = performance.now();
const report = await importContacts({ store, now: () => new Date('2026-11-25T12:00:00.000Z'), newId: () => `id${++id}` }, { path, dryRun: dryRun === 'dry-run' });
const contacts = (await store.db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
await store.close();
console.log(JSON.stringify({
  // Notes (how a generic CSV was read) are not problems; count errors and warnings only.
  added: report.added, skipped: report.skipped, issues: report.issues.filter((issue) => issue.severity !== 'info').length, contacts: Number(contacts),
  ms: Math.round(performance.now() - started), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
