// Name lookup: a name nobody has (`GET /api/contacts/zzzqqq`, `contacts show zzzqqq`) on 60,000 contacts, in
// process with the name index built (as the server keeps it per data version), side by side with the same answer
// found naively: every contact loaded, its name folded and scored against the query by edit distance.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openContext, type AppContext } from '../src/app/app-context.ts';
import { resolveContact } from '../src/app/contacts.ts';
import { importContacts } from '../src/app/import-contacts.ts';
import { displayName } from '../src/core/contacts/contact.ts';
import { NAME_INDEX_DEFAULTS } from '../src/core/contacts/name-index.ts';
import { wordSimilarity } from '../src/core/text/damerau-levenshtein.ts';
import { foldText } from '../src/core/text/fold.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { zipFiles } from '../src/demo/write-zip.ts';
import { median, ms, type BenchRow } from './bench-table.ts';

/** Connections in the export: about 1% are hidden profiles LinkedIn exports without a name, so 60,000+ contacts remain. */
const CONNECTIONS = 60_700;
const TODAY = '2026-11-25';
const UNKNOWN = 'zzzqqq';
const GOAL_MS = 20;

/** The lookup as a user meets it: NOT_FOUND (with no close names) is the expected answer. */
async function lookUp(context: AppContext, name: string): Promise<number> {
  const start = performance.now();
  try {
    await resolveContact(context, name);
    throw new Error(`"${name}" was found; the benchmark needs a name nobody has`);
  } catch (error) {
    if ((error as { code?: string }).code !== 'NOT_FOUND') throw error;
  }
  return performance.now() - start;
}

/** The reference: load every contact, fold its name, score every name word against the query's, keep the close ones. */
async function naive(context: AppContext, name: string): Promise<number> {
  const start = performance.now();
  const words = foldText(name).split(' ').filter(Boolean);
  const close: { id: string; score: number }[] = [];
  for (const contact of await context.store.workspace.contacts.list()) {
    const names = foldText(displayName(contact)).split(' ').filter(Boolean);
    if (names.length === 0) continue;
    const score = words.reduce((total, word) => total + Math.max(...names.map((other) => wordSimilarity(word, other))), 0) / words.length;
    if (score >= NAME_INDEX_DEFAULTS.minSimilarity) close.push({ id: contact.id, score });
  }
  close.sort((a, b) => b.score - a.score);
  if (close.length > 0) throw new Error(`the reference found ${close.length} names close to "${name}"`);
  return performance.now() - start;
}

const spread = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

export async function lookupBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  mkdirSync(workFolder, { recursive: true });
  const db = join(workFolder, 'lookup.db');
  const zip = join(workFolder, 'lookup-export-60k.zip');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  writeFileSync(zip, zipFiles(generateLinkedInExport({ seed: 13, connections: CONNECTIONS, today: TODAY }), { date: TODAY }));
  const now = () => new Date(`${TODAY}T12:00:00Z`);
  const context = await openContext({ db }, { now });
  const ours: number[] = [];
  const reference: number[] = [];
  let cold = 0;
  let contacts = 0;
  try {
    const report = await importContacts(context, { path: zip });
    contacts = report.added;
    cold = await lookUp(context, UNKNOWN); // builds the index, as the first lookup after a write does
    for (let run = 0; run < runs + 1; run++) {
      const took = await lookUp(context, UNKNOWN);
      const referenceTook = await naive(context, UNKNOWN);
      if (run === 0) continue; // the first round warms up the JIT
      ours.push(took);
      reference.push(referenceTook);
    }
  } finally {
    await context.store.close();
    for (const path of [db, `${db}-wal`, `${db}-shm`, zip]) rmSync(path, { force: true });
  }
  const took = median(ours);
  const ref = median(reference);
  return [
    {
      figure: `unknown-name lookup ("${UNKNOWN}") on ${contacts.toLocaleString('en-US')} contacts, in process with the name index built (first lookup after a write, building it: ${ms(cold)})`,
      runs: String(runs),
      ours: `${took.toFixed(1)} ms (${spread(ours)})`,
      reference: `${ms(ref)} (${spread(reference)}; naive: load every contact, fold and edit-distance-score every name)`,
      ratio: `${(ref / took).toFixed(0)}x faster`,
      goal: `< ${GOAL_MS} ms`,
      met: took < GOAL_MS,
    },
  ];
}
