// `referable restore` and `export` as a user runs them against hostile or broken input: a malformed backup is refused
// whole with exit 2 and the workspace is left as it was.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from './support/test-stores.ts';
import { EDGE_CASES, referable } from './support/run-cli.ts';

describe('referable restore with a malformed backup', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'restore.db');

  it('refuses "tables": [] or {} and a rating of 99 with exit 2, naming the problem, and changes nothing', () => {
    assert.equal(referable(['import', EDGE_CASES, '--db', db], folder).code, 0);
    const backupPath = join(folder, 'backup.json');
    assert.equal(referable(['export', '--db', db, '-o', backupPath], folder).code, 0);
    const good = JSON.parse(readFileSync(backupPath, 'utf8'));
    const rated = structuredClone(good);
    rated.tables.contacts[0].rating = 99;
    const cases: [string, unknown, RegExp][] = [
      ['list.json', { ...good, tables: [] }, /"tables" must be an object of tables/],
      ['empty.json', { ...good, tables: {} }, /tables\.members is missing/],
      ['rated.json', rated, /tables\.contacts\[0\] \(contact_id "[^"]+"\) rating: 99 is not a rating: a whole number from 1 to 5, or null/],
    ];
    for (const [name, backup, expected] of cases) {
      const path = join(folder, name);
      writeFileSync(path, JSON.stringify(backup));
      const refused = referable(['restore', path, '--replace', '--db', db], folder);
      assert.equal(refused.code, 2, `${name}: ${refused.stderr}`);
      assert.match(refused.stderr, new RegExp(`${name.replace('.', '\\.')} is not a backup Referable can restore; nothing was changed`));
      assert.match(refused.stderr, expected, name);
    }
    const after = join(folder, 'after.json');
    assert.equal(referable(['export', '--db', db, '-o', after], folder).code, 0);
    assert.equal(readFileSync(after, 'utf8'), readFileSync(backupPath, 'utf8'), 'the workspace is as it was');
    const shown = referable(['contacts', 'show', good.tables.contacts[0].contact_id, '--db', db], folder);
    assert.equal(shown.code, 0, shown.stderr);
  });
});
