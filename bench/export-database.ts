// A 30,000-connection LinkedIn export imported into a fresh SQLite file with the example target market set, through
// the CLI as a user would: the store several benchmarks measure from.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { zipFiles } from '../src/demo/write-zip.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;

/** Writes `<name>.db` in `work` from the generated export (seed 7, 30,000 connections, as of `today`); returns its path. */
export function exportDatabase(work: string, name: string, today: string): { db: string; cleanUp: () => void } {
  mkdirSync(work, { recursive: true });
  const zipPath = join(work, `${name}-export-30k.zip`);
  const db = join(work, `${name}.db`);
  const targetPath = join(work, `${name}-target.yaml`);
  const files = [db, `${db}-wal`, `${db}-shm`, targetPath];
  for (const path of files) rmSync(path, { force: true });
  writeFileSync(zipPath, zipFiles(generateLinkedInExport({ seed: 7, connections: 30_000, today }), { date: today }));
  writeFileSync(targetPath, EXAMPLE_TARGET_YAML);
  for (const args of [['import', zipPath], ['target', 'set', targetPath]]) {
    const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  rmSync(zipPath, { force: true });
  return { db, cleanUp: () => files.forEach((path) => rmSync(path, { force: true })) };
}
