// Crash safety: `referable import` killed with SIGKILL at random moments leaves a sound SQLite file that holds either
// the whole import or none of it (one transaction, WAL journal).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { createRandom } from '../src/core/random/seeded-random.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { temporaryFolder } from './support/test-stores.ts';

const BIN = fileURLToPath(new URL('../bin/referable.js', import.meta.url));
const KILLS = 20;

function importUntilKilled(csv: string, db: string, afterMs: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'import', csv, '--db', db, '--json'], { stdio: 'ignore' });
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, afterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ killed, code });
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during an import: the file is sound and holds all or nothing`, async () => {
    const folder = temporaryFolder();
    const csv = join(folder, 'Connections.csv');
    const text = generateLinkedInExport({ seed: 3, connections: 20_000, today: '2026-11-25' }).get('Connections.csv')!;
    writeFileSync(csv, text);
    // Time one whole import first, so the kill times span it on a fast machine and on a loaded CI runner alike.
    const started = Date.now();
    const baseline = await importUntilKilled(csv, join(folder, 'baseline.db'), 600_000);
    assert.equal(baseline.code, 0, 'the uninterrupted import succeeded');
    const whole = Date.now() - started;
    const random = createRandom(2026);
    const outcomes = { none: 0, all: 0 };
    let expected = -1;
    for (let trial = 0; trial < KILLS; trial++) {
      const db = join(folder, `crash-${trial}.db`);
      const { killed, code } = await importUntilKilled(csv, db, random.int(Math.round(whole * 0.1), Math.round(whole * 1.3)));
      const sqlite = new Sqlite(db);
      try {
        assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok', `trial ${trial}: integrity_check`);
        const hasTable = sqlite.prepare("select count(*) as n from sqlite_master where name = 'contacts'").get() as { n: number };
        const contacts = hasTable.n ? (sqlite.prepare('select count(*) as n from contacts').get() as { n: number }).n : 0;
        const imports = hasTable.n ? (sqlite.prepare('select count(*) as n from imports').get() as { n: number }).n : 0;
        if (!killed) assert.equal(code, 0, `trial ${trial}: the import that finished succeeded`);
        if (contacts === 0) {
          assert.equal(imports, 0, `trial ${trial}: no audit row without the contacts`);
          outcomes.none++;
        } else {
          if (expected < 0) expected = contacts;
          assert.equal(contacts, expected, `trial ${trial}: a partial import (${contacts} contacts)`);
          assert.equal(imports, 1, `trial ${trial}: the audit row came with the contacts`);
          outcomes.all++;
        }
      } finally {
        sqlite.close();
      }
    }
    // The kill times span the whole import, so both outcomes must have happened; otherwise the test proved nothing.
    assert.ok(outcomes.none > 0 && outcomes.all > 0, `outcomes ${JSON.stringify(outcomes)}`);
  });
});
