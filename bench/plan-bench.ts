// The weekly planner at LinkedIn's cap: `referable plan` on 30,000 connections plus 5,000 prospects, whole process,
// side by side with `referable report` on the same database and a bare Node start.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';
import { median, msSpread, type BenchRow } from './bench-table.ts';
import { csvFields } from './csv-fields.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;
const CONNECTIONS = 30_000;
const PROSPECTS = 5_000;


const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A prospect list as a lead tool exports it: people from another generated network (other seed, so other people) with
 * name, profile, company and title and no connection date, which makes them prospects.
 */
export function prospectsCsv(count: number): string {
  const csv = generateLinkedInExport({ seed: 99, connections: Math.ceil(count * 1.05), today: '2026-11-25' }).get('Connections.csv')!;
  const rows = ['First Name,Last Name,LinkedIn URL,Company,Title'];
  for (const line of csv.split('\n').slice(4)) {
    const [first, last, url, , company, title] = csvFields(line);
    if (!first || !url || rows.length > count) continue;
    // Both generated networks draw from the same name pool: a distinct profile URL keeps each prospect a new person.
    rows.push([first, last, `${url.replace(/\/$/, '')}-p${rows.length}`, company, title].map(quote).join(','));
  }
  return `${rows.join('\n')}\n`;
}

function referable(args: string[], db: string, bin = BIN): { took: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const took = performance.now() - start;
  if (result.status !== 0) throw new Error(`referable ${args.join(' ')} failed: ${result.stderr}`);
  return { took, stdout: result.stdout };
}

/** `bin` is the CLI entry to time (bench/run.ts builds the bundle first, so bin/referable.js runs it). */
export async function planBench(workFolder: string, runs: number, bin = BIN): Promise<BenchRow[]> {
  mkdirSync(workFolder, { recursive: true });
  const db = join(workFolder, 'plan.db');
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  // The whole export as an unzipped folder: messages, invitations and endorsements give ties their history.
  const exportFolder = join(workFolder, 'plan-export');
  rmSync(exportFolder, { recursive: true, force: true });
  mkdirSync(exportFolder, { recursive: true });
  for (const [name, text] of generateLinkedInExport({ seed: 5, connections: CONNECTIONS, today: '2026-11-25' })) writeFileSync(join(exportFolder, name), text);
  writeFileSync(join(workFolder, 'prospects.csv'), prospectsCsv(PROSPECTS));
  writeFileSync(join(workFolder, 'target.yaml'), EXAMPLE_TARGET_YAML);
  referable(['import', exportFolder], db, bin);
  const prospects = JSON.parse(referable(['import', join(workFolder, 'prospects.csv'), '--source', 'csv', '--json'], db, bin).stdout) as { added: number };
  referable(['target', 'set', join(workFolder, 'target.yaml')], db, bin);

  const plan: number[] = [];
  const report: number[] = [];
  const node: number[] = [];
  let summary = { items: 0, totalMinutes: 0, budgetMinutes: 0, requests: 0 };
  for (let run = 0; run < runs; run++) {
    // --replan makes the plan from scratch every run: scoring, cadence, candidates, greedy, write.
    const made = referable(['plan', '--replan', '--json'], db, bin);
    plan.push(made.took);
    const parsed = JSON.parse(made.stdout) as { budgetMinutes: number; totalMinutes: number; items: { kind: string }[] };
    summary = { items: parsed.items.length, totalMinutes: parsed.totalMinutes, budgetMinutes: parsed.budgetMinutes, requests: parsed.items.filter((item) => item.kind === 'connection-request').length };
    report.push(referable(['report', '--json'], db, bin).took);
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    node.push(performance.now() - start);
  }
  const planMs = median(plan);
  const reportMs = median(report);
  // Showing the stored plan: the same number of runs as making it (it was one sample).
  const shownRuns = Array.from({ length: runs }, () => referable(['plan', '--json'], db, bin).took);
  const shown = median(shownRuns);
  return [
    {
      figure: `\`referable plan\` (made from scratch), ${CONNECTIONS.toLocaleString('en-US')} connections + ${prospects.added.toLocaleString('en-US')} prospects, whole process: ${summary.items} items, ${summary.totalMinutes} of ${summary.budgetMinutes} min, ${summary.requests} connection requests`,
      runs: String(runs),
      ours: msSpread(plan),
      reference: `${msSpread(report)} (\`referable report\`, same database); ${msSpread(node)} (node startup)`,
      ratio: `${(planMs / reportMs).toFixed(2)}x report`,
      goal: '< 1000 ms',
      met: planMs < 1000,
    },
    {
      figure: '`referable plan` showing the stored plan, same database, whole process',
      runs: String(runs),
      ours: msSpread(shownRuns),
      reference: '—',
      ratio: '—',
      goal: '< 1000 ms',
      met: shown < 1000,
    },
  ];
}
