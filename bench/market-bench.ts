// Target-market figures: classify + score 1,000,000 contacts with realistic titles, the title rules alone on distinct
// titles, `referable report` on 30,000 connections, and the title classifier's accuracy on the held-out set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyKey } from '../src/core/companies/company-key.ts';
import { createFitScorer } from '../src/core/market/fit.ts';
import { classifyTitle, classifyTitleUncached, clearTitleCache } from '../src/core/taxonomy/classify-title.ts';
import { evaluateTitles } from '../src/core/taxonomy/evaluate-titles.ts';
import { foldTitleText } from '../src/core/taxonomy/normalize-title.ts';
import { TITLE_HELDOUT_SET } from '../src/core/taxonomy/title-heldout-set.ts';
import { TITLE_HELDOUT_SET_2 } from '../src/core/taxonomy/title-heldout-set-2.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';
import { parseMarket } from '../src/app/target.ts';
import { median, ms, msSpread, type BenchRow } from './bench-table.ts';
import { csvFields } from './csv-fields.ts';
import { distinctTitles, titleMix } from './title-mix.ts';

/** A million contacts hold tens of thousands of distinct titles; the rules alone are timed on this many distinct ones. */
const DISTINCT_IN_MIX = 50_000;
const DISTINCT_ALONE = 250_000;

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

function spread(times: number[]): string {
  return `min–max ${ms(Math.min(...times))}–${ms(Math.max(...times))}, ${times.length} runs`;
}

/** Contacts per second from a time in milliseconds. */
function rate(count: number, took: number): string {
  return Math.round(count / (took / 1000)).toLocaleString('en-US');
}

/**
 * Classify + score a million contacts whose titles repeat as a real network's do (tens of thousands of distinct
 * titles, Zipf-repeated), starting each run with an empty title cache; then the title rules alone on distinct titles.
 * The references do the rest of the same work in the same run: scoring with titles classified beforehand, and folding
 * and splitting each title into words (the least any word-based classifier must do).
 */
export function classifyAndScoreBench(runs: number): BenchRow[] {
  const market = parseMarket('example', EXAMPLE_TARGET_YAML);
  const base = peopleFrom(generateLinkedInExport({ seed: 11, connections: 100_000, today: '2026-11-25' }).get('Connections.csv')!);
  const total = 1_000_000;
  const mix = titleMix(total, DISTINCT_IN_MIX);
  const inputs = mix.titles.map((title, i) => {
    const person = base[i % base.length];
    return { company: person.company, companyKey: companyKey(person.company), title, location: i % 7 === 0 ? 'London, United Kingdom' : 'Lisbon', industry: '' };
  });
  // The reference's roles, computed once (through the cache, emptied again before every timed run).
  const roles = inputs.map((input) => classifyTitle(input.title));
  const times: number[] = [];
  const scoreOnly: number[] = [];
  let inMarket = 0;
  for (let run = 0; run < runs; run++) {
    clearTitleCache();
    let start = performance.now();
    let score = createFitScorer(market);
    inMarket = 0;
    for (const input of inputs) {
      const role = classifyTitle(input.title);
      // An explicit literal, as the app builds it: object spread takes V8's slow path and would triple the time.
      const scored = score({ company: input.company, companyKey: input.companyKey, title: input.title, location: input.location, industry: input.industry, seniority: role.seniority, function: role.function });
      if (scored.inMarket) inMarket++;
    }
    times.push(performance.now() - start);
    start = performance.now();
    score = createFitScorer(market);
    let check = 0;
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const role = roles[i];
      const scored = score({ company: input.company, companyKey: input.companyKey, title: input.title, location: input.location, industry: input.industry, seniority: role.seniority, function: role.function });
      if (scored.inMarket) check++;
    }
    scoreOnly.push(performance.now() - start);
    if (check !== inMarket) throw new Error(`scoring alone found ${check} in market, classify + score ${inMarket}`);
  }
  const took = median(times);
  const reference = median(scoreOnly);

  const distinct = distinctTitles(DISTINCT_ALONE, 23);
  const rules: number[] = [];
  const split: number[] = [];
  let words = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    for (const title of distinct) classifyTitleUncached(title);
    rules.push(performance.now() - start);
    start = performance.now();
    words = 0;
    for (const title of distinct) words += foldTitleText(title).split(' ').length;
    split.push(performance.now() - start);
  }
  const rulesTook = median(rules);
  const splitTook = median(split);
  const perMillion = rulesTook * (1_000_000 / DISTINCT_ALONE);
  return [
    {
      runs: String(times.length),
      figure: `classify + score 1,000,000 contacts, realistic titles: ${mix.distinct.toLocaleString('en-US')} distinct, Zipf-repeated (most common held by ${mix.top.toLocaleString('en-US')}), title cache emptied before each run (${inMarket} in market)`,
      ours: `${ms(took)} (${rate(total, took)} contacts/s; ${spread(times)})`,
      reference: `${ms(reference)} (scoring alone, titles classified beforehand; ${spread(scoreOnly)})`,
      ratio: `${(took / reference).toFixed(1)}x`,
      goal: '< 2000 ms',
      met: took < 2000,
    },
    {
      runs: String(rules.length),
      figure: `title rules alone: classify ${DISTINCT_ALONE.toLocaleString('en-US')} distinct titles, no cache (${words.toLocaleString('en-US')} words)`,
      ours: `${ms(rulesTook)} = ${ms(perMillion)} per million (${spread(rules)})`,
      reference: `${ms(splitTook)} (fold + split into words; ${spread(split)})`,
      ratio: `${(rulesTook / splitTook).toFixed(1)}x`,
      goal: '< 2000 ms per million',
      met: perMillion < 2000,
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
 * Accuracy on the held-out set only: titles written and labelled from LinkedIn's definitions (docs/title-labelling.md)
 * before the classifier ran on them, disjoint from every development set. Development-set figures are flattering by
 * construction and stay out of this table.
 */
export function taxonomyAccuracy(): BenchRow[] {
  // Set 1 has been partly seen by people tuning the rules (its overlap test once printed the titles it shared); set 2
  // was labelled blind to the rules and is the honest figure. Both are reported, set 2 first.
  const sets = [
    { rows: TITLE_HELDOUT_SET_2, name: 'held-out set 2, labelled blind to the rules' },
    { rows: TITLE_HELDOUT_SET, name: 'held-out set 1, about 30 of its titles since seen while tuning' },
  ];
  return sets.flatMap(({ rows, name }) => {
    const result = evaluateTitles(rows, classifyTitleUncached);
    const label = `${name} (${result.total} titles, none in any development set)`;
    return [
      { runs: '— (not timed)', figure: `title → seniority accuracy, ${label}`, ours: `${(result.seniorityAccuracy * 100).toFixed(1)}%`, reference: '—', ratio: '—', goal: '≥ 95%', met: result.seniorityAccuracy >= 0.95 },
      { runs: '— (not timed)', figure: `title → function accuracy, ${label}`, ours: `${(result.functionAccuracy * 100).toFixed(1)}%`, reference: '—', ratio: '—', goal: '≥ 93%', met: result.functionAccuracy >= 0.93 },
    ];
  });
}
