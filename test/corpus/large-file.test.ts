// A 200 MB CSV streams through the real import, into the store, with bounded memory: one child process with a 256 MB
// heap cap whose peak RSS must stay far below what reading the file whole takes (~515 MB to parse it alone).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from '../support/test-stores.ts';
import { generateLargeCrmCsv } from './generate-corpus.ts';

const CHILD = fileURLToPath(new URL('./import-in-child.ts', import.meta.url));
const ROWS = 25_000;
/** Peak RSS allowed: the runtime, the store and 25,000 contacts take ~190 MB whether the file is 4 MB or 200 MB. */
const MAX_RSS_MB = 320;

describe('streaming a 200 MB file', () => {
  it(`imports ${ROWS.toLocaleString('en-US')} people from a 200 MB CSV under a 256 MB heap, peak RSS < ${MAX_RSS_MB} MB`, { timeout: 180_000 }, () => {
    const folder = temporaryFolder();
    const csv = join(folder, 'crm-export-200mb.csv');
    const bytes = generateLargeCrmCsv(csv, ROWS, 8200);
    try {
      assert.ok(bytes >= 200_000_000, `the file is ${bytes} bytes`);
      const child = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', CHILD, csv, join(folder, 'large.db')], { encoding: 'utf8', timeout: 170_000 });
      assert.equal(child.status, 0, `the import failed:\n${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as { added: number; skipped: number; issues: number; contacts: number; ms: number; maxRssMb: number };
      assert.deepEqual([result.added, result.skipped, result.issues, result.contacts], [ROWS, 0, 0, ROWS]);
      assert.ok(result.maxRssMb < MAX_RSS_MB, `peak RSS ${result.maxRssMb} MB`);
      console.log(`# 200 MB CSV: ${result.contacts} contacts in ${result.ms} ms, peak RSS ${result.maxRssMb} MB`);
    } finally {
      rmSync(csv, { force: true });
    }
  });
});
