// Target-market figures: classify + score 1,000,000 contacts in process, `referable report` on 30,000 connections,
// and the title classifier's accuracy on the labeled evaluation set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyKey } from '../src/core/companies/company-key.ts';
import { createFitScorer } from '../src/core/market/fit.ts';
import { classifyTitle } from '../src/core/taxonomy/classify-title.ts';
import { evaluateTitles } from '../src/core/taxonomy/evaluate-titles.ts';
import { TITLE_EVAL_SET } from '../src/core/taxonomy/title-eval-set.ts';
import { TITLE_HOLDOUT_SET } from '../src/core/taxonomy/title-holdout-set.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';
import { parseMarket } from '../src/app/target.ts';
import { median, ms, msSpread, type BenchRow } from './bench-table.ts';
import { csvFields } from './csv-fields.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;

function peopleFrom(csv: string): { company: string; title: string }[] {
  const people: { company: string; title: string }[] = [];
  // The generator's Connections.csv: quoted fields only where needed; a small parser keeps the bench honest.
  for (const line of csv.split('\n').slice(4)) {
    const fields = csvFields(line);
    if (fields.length >= 7) people.push({ company: fields[4], title: fields[5] });
  }
  return people;
}

export function classifyAndScoreBench(runs: number): BenchRow[] {
  const market = parseMarket('example', EXAMPLE_TARGET_YAML);
  const base = peopleFrom(generateLinkedInExport({ seed: 11, connections: 100_000, today: '2026-11-25' }).get('Connections.csv')!);
  const total = 1_000_000;
  const inputs = Array.from({ length: total }, (_, i) => {
    const person = base[i % base.length];
    return { company: person.company, companyKey: companyKey(person.company), title: person.title, location: i % 7 === 0 ? 'London, United Kingdom' : 'Lisbon', industry: '' };
  });
  const times: number[] = [];
  let inMarket = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const score = createFitScorer(market);
    inMarket = 0;
    for (const input of inputs) {
      const role = classifyTitle(input.title);
      // An explicit literal, as the app builds it: object spread takes V8's slow path and would triple the time.
      const scored = score({ company: input.company, companyKey: input.companyKey, title: input.title, location: input.location, industry: input.industry, seniority: role.seniority, function: role.function });
      if (scored.inMarket) inMarket++;
    }
    times.push(performance.now() - start);
  }
  const took = median(times);
  return [
    {
      figure: `classify + score 1,000,000 contacts (${inMarket} in market)`,
      ours: `${ms(took)} (${Math.round(total / (took / 1000)).toLocaleString('en-US')} contacts/s)`,
      reference: '—',
      ratio: '—',
      goal: '< 2000 ms',
      met: took < 2000,
    },
  ];
}

export function reportBench(workFolder: string, runs: number): BenchRow[] {
  mkdirSync(workFolder, { recursive: true });
  const db = join(workFolder, 'report.db');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  const csvPath = join(workFolder, 'Connections-report.csv');
  writeFileSync(csvPath, generateLinkedInExport({ seed: 5, connections: 30_000, today: '2026-11-25' }).get('Connections.csv')!);
  const targetPath = join(workFolder, 'target.yaml');
  writeFileSync(targetPath, EXAMPLE_TARGET_YAML);
  for (const args of [['import', csvPath], ['target', 'set', targetPath]]) {
    const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, 'report', '--json', '--db', db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`report failed: ${result.stderr}`);
  }
  const took = median(times);
  return [{ figure: '`referable report` on 30,000 connections, whole process', runs: String(runs), ours: msSpread(times), reference: '—', ratio: '—', goal: '< 1000 ms', met: took < 1000 }];
}

/**
 * Two sets: the development set the rules were written against (a consistency check, flattering by construction) and
 * a held-out set labeled blind to the rules (the honest figure).
 */
export function taxonomyAccuracy(): BenchRow[] {
  return [
    ['held-out set, labeled blind to the rules', TITLE_HOLDOUT_SET],
    ['development set', TITLE_EVAL_SET],
  ].flatMap(([label, set]) => {
    const result = evaluateTitles(set as typeof TITLE_EVAL_SET);
    return [
      { figure: `title → seniority accuracy, ${label} (${result.total} titles)`, ours: `${(result.seniorityAccuracy * 100).toFixed(1)}%`, reference: '—', ratio: '—', goal: '≥ 95%', met: result.seniorityAccuracy >= 0.95 },
      { figure: `title → function accuracy, ${label} (${result.total} titles)`, ours: `${(result.functionAccuracy * 100).toFixed(1)}%`, reference: '—', ratio: '—', goal: '≥ 90%', met: result.functionAccuracy >= 0.9 },
    ];
  });
}
