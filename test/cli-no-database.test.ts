// Read commands in a folder with no database: they say nothing was imported yet and how to start, and create nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from './support/test-stores.ts';
import { referable } from './support/run-cli.ts';

const READS = [
  ['contacts', 'list'],
  ['contacts', 'show', 'Dana Reyes'],
  ['report'],
  ['export'],
  ['plan'],
  ['ledger', 'list'],
  ['needs', 'list'],
  ['index'],
  ['cadence'],
  ['graph', 'export'],
];

describe('a folder with no database', () => {
  it('answers every read command with "nothing imported yet" (exit 3) and creates no ./referable.db', () => {
    const folder = temporaryFolder();
    for (const args of READS) {
      const result = referable(args, folder);
      assert.equal(result.code, 3, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /^error nothing imported yet: import your LinkedIn export first; .*\n  run: referable import ~\/Downloads\/Basic_LinkedInDataExport_\*\.zip\n/, args.join(' '));
      assert.match(result.stderr, /there is no database at \.\/referable\.db/, args.join(' '));
    }
    assert.deepEqual(readdirSync(folder), [], 'no database, journal or WAL file was created');
    const named = referable(['contacts', 'list', '--db', 'elsewhere.db'], folder);
    assert.equal(named.code, 3);
    assert.match(named.stderr, /no database at elsewhere\.db/);
    assert.ok(!existsSync(join(folder, 'elsewhere.db')));
  });

  it('lets init, import and config set create it, and then a new workspace name is not made up by reading it', () => {
    const folder = temporaryFolder();
    assert.equal(referable(['init'], folder).code, 0);
    assert.ok(existsSync(join(folder, 'referable.db')));
    const listed = referable(['contacts', 'list'], folder);
    assert.equal(listed.code, 0, listed.stderr);
    const other = referable(['contacts', 'list', '--workspace', 'cohort-b'], folder);
    assert.equal(other.code, 3, other.stderr);
    assert.match(other.stderr, /nothing imported yet.* has no workspace "cohort-b"/);
  });
});
