// Import of a 30,000-row Connections.csv (LinkedIn's cap): the whole `referable import` process vs sqlite3's `.import`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { median, msSpread, type BenchRow } from './bench-table.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;

function timed(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function importBench(workFolder: string, runs: number): BenchRow[] {
  mkdirSync(workFolder, { recursive: true });
  const files = generateLinkedInExport({ seed: 7, connections: 30_000, today: '2026-11-25' });
  const csv = files.get('Connections.csv')!;
  const csvPath = join(workFolder, 'Connections.csv');
  writeFileSync(csvPath, csv);
  const headerLine = csv.split('\n').findIndex((line) => line.startsWith('First Name,'));

  const ours: number[] = [];
  const reference: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = join(workFolder, `ours-${run}.db`);
    const sqliteDb = join(workFolder, `sqlite3-${run}.db`);
    for (const path of [db, `${db}-wal`, `${db}-shm`, sqliteDb]) rmSync(path, { force: true });
    ours.push(
      timed(() => {
        const result = spawnSync(process.execPath, [BIN, 'import', csvPath, '--db', db, '--json'], { encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`referable import failed: ${result.stderr}`);
      }),
    );
    // The reference: the sqlite3 shell importing the same file (from its header row) into one table.
    reference.push(
      timed(() => {
        const result = spawnSync('sqlite3', [sqliteDb, '.mode csv', `.import --skip ${headerLine} ${csvPath} connections`], { encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`sqlite3 .import failed: ${result.stderr}`);
      }),
    );
  }
  const oursMs = median(ours);
  const referenceMs = median(reference);
  const ratio = oursMs / referenceMs;
  return [
    {
      figure: 'import 30,000-row Connections.csv, whole process',
      runs: String(runs),
      ours: msSpread(ours),
      reference: `${msSpread(reference)} (sqlite3 .import)`,
      ratio: `${ratio.toFixed(2)}x`,
      goal: '< 1500 ms and ≤ 3x sqlite3',
      met: oursMs < 1500 && ratio <= 3,
    },
  ];
}
