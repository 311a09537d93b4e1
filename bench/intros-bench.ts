// The introduction matcher's figure: suggestions for 1,000 open needs against a 30,000-connection network, in
// process (load from the store, derive offers, index them with MiniSearch, search every need, rank with rotation),
// side by side with MiniSearch alone indexing and searching the same texts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { openContext, type AppContext } from '../src/app/app-context.ts';
import { suggestIntroductions } from '../src/app/intros.ts';
import { addNeed } from '../src/app/needs.ts';
import { addOffer, listOffers } from '../src/app/offers.ts';
import { listContacts } from '../src/app/contacts.ts';
import { createRandom } from '../src/core/random/seeded-random.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { zipFiles } from '../src/demo/write-zip.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';
import { median, ms, type BenchRow } from './bench-table.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;
const TODAY = '2026-11-25';
const NEEDS = 1_000;
const STATED_OFFERS = 300;
const CONNECTIONS = 30_000;

const SUBJECTS = [
  'a SOC 2 audit', 'ISO 27001 certification', 'pricing strategy for a new tier', 'a Kubernetes migration', 'hiring data engineers',
  'GDPR compliance', 'Series A fundraising', 'customer success playbooks', 'SEO and content marketing', 'product-led growth',
  'sales compensation plans', 'cloud cost optimisation', 'machine learning in production', 'treasury management', 'supply chain planning',
  'employer branding', 'payments fraud', 'UX research', 'a data warehouse rebuild', 'enterprise sales in Germany', 'an ERP rollout',
  'brand design for a relaunch', 'mobile app performance', 'a board-level security review', 'clinical trial recruitment',
];
const FRAMES = [
  'their team is struggling with {s}', 'looking for advice on {s}', 'needs someone who has done {s} before', 'wants to compare notes on {s}',
  'their CFO asked for help with {s}', 'stuck on {s} and the deadline is close',
];

/** A 30,000-connection export imported once, with the example market, 1,000 open needs and 300 stated offers. */
export async function prepareIntrosWorkspace(work: string, now: () => Date): Promise<string> {
  const db = join(work, 'intros.db');
  const zipPath = join(work, 'intros-export-30k.zip');
  const targetPath = join(work, 'intros-target.yaml');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  writeFileSync(zipPath, zipFiles(generateLinkedInExport({ seed: 9, connections: CONNECTIONS, today: TODAY }), { date: TODAY }));
  writeFileSync(targetPath, EXAMPLE_TARGET_YAML);
  for (const args of [['import', zipPath], ['target', 'set', targetPath]]) {
    const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  rmSync(zipPath, { force: true });
  rmSync(targetPath, { force: true });
  const context = await openContext({ db }, { now });
  try {
    const ids = (await listContacts(context)).contacts.map((contact) => contact.id);
    const random = createRandom(20261125);
    const used = new Set<string>();
    for (let i = 0; used.size < NEEDS; i++) {
      const text = `${random.pick(FRAMES).replace('{s}', random.pick(SUBJECTS))} (#${i})`;
      const contact = random.pick(ids);
      if (used.has(contact)) continue;
      used.add(contact);
      await addNeed(context, { contact, text });
    }
    for (let i = 0; i < STATED_OFFERS; i++) await addOffer(context, { contact: random.pick(ids), text: `${random.pick(SUBJECTS)}, ${random.pick(SUBJECTS)} (#${i})` });
  } finally {
    await context.store.close();
  }
  return db;
}

/** The reference: MiniSearch with its defaults over the same helper texts (one field), searching the same need texts. */
async function referenceTexts(context: AppContext): Promise<{ docs: { id: string; text: string }[]; queries: string[] }> {
  const { offers } = await listOffers(context);
  const byContact = new Map<string, string[]>();
  for (const offer of offers) byContact.set(offer.contact.id, [...(byContact.get(offer.contact.id) ?? []), offer.text]);
  const { listNeeds } = await import('../src/app/needs.ts');
  const needs = await listNeeds(context);
  return { docs: [...byContact].map(([id, texts]) => ({ id, text: texts.join('; ') })), queries: needs.map((need) => need.text) };
}

function minisearchAlone(docs: { id: string; text: string }[], queries: string[]): number {
  const start = performance.now();
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(docs);
  let found = 0;
  for (const query of queries) found += index.search(query).slice(0, 20).length;
  if (found === 0) throw new Error('the reference found nothing');
  return performance.now() - start;
}

export async function introsBench(workFolder: string, runs: number): Promise<BenchRow[]> {
  mkdirSync(workFolder, { recursive: true });
  const now = () => new Date(`${TODAY}T12:00:00Z`);
  const db = await prepareIntrosWorkspace(workFolder, now);
  const ours: number[] = [];
  const reference: number[] = [];
  let suggested = 0;
  let helpers = 0;
  const context = await openContext({ db }, { now });
  try {
    const texts = await referenceTexts(context);
    helpers = texts.docs.length;
    for (let run = 0; run < runs + 1; run++) {
      const start = performance.now();
      const suggestions = await suggestIntroductions(context, { limit: NEEDS });
      const took = performance.now() - start;
      const referenceTook = minisearchAlone(texts.docs, texts.queries);
      if (run === 0) continue; // the first round warms up the JIT
      suggested = suggestions.length;
      ours.push(took);
      reference.push(referenceTook);
    }
  } finally {
    await context.store.close();
  }
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  const took = median(ours);
  const ref = median(reference);
  return [
    {
      figure: `intros suggest: ${NEEDS.toLocaleString('en-US')} open needs × ${CONNECTIONS.toLocaleString('en-US')} connections (${helpers.toLocaleString('en-US')} helpers with offers, ${suggested} suggestions), in process: load, derive offers, index, search, rank`,
      ours: ms(took),
      reference: `${ms(ref)} (MiniSearch alone, default options, indexing the same offer texts and searching the same needs)`,
      ratio: `${(took / ref).toFixed(2)}x`,
      goal: '< 2000 ms',
      met: took < 2000,
    },
  ];
}
