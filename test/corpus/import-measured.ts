// Runs one import in its own process and prints its outcome (counts, or the refusal's code and message) with the CPU
// time the import took and the process's peak memory, so a test can bound what a hostile file costs.
import { importContacts } from '../../src/app/import-contacts.ts';
import { isReferableError } from '../../src/core/errors.ts';
import { openStore } from '../../src/store/open-store.ts';

const [path, db] = process.argv.slice(2);
const store = await openStore({ location: db }, '2026-11-25T00:00:00.000Z');
let id = 0;
const cpuBefore = process.cpuUsage();
let outcome: Record<string, unknown>;
try {
  const report = await importContacts({ store, now: () => new Date('2026-11-25T12:00:00.000Z'), newId: () => `id${++id}` }, { path });
  outcome = { added: report.added, contentAdded: report.contentAdded, issues: report.issues.map((issue) => `${issue.file}: ${issue.reason}`) };
} catch (error) {
  if (!isReferableError(error)) throw error;
  outcome = { refused: error.code, message: error.message };
}
const cpu = process.cpuUsage(cpuBefore);
await store.close();
console.log(JSON.stringify({ ...outcome, cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
