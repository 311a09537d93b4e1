// A refused command with --json prints {"error":{"code","message","file","line"?}} on stdout as well as its exit code.
import { stripVTControlCharacters } from 'node:util';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from '../../test/support/test-stores.ts';
import { main } from './main.ts';
import type { Output } from './output.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(['node', 'referable', ...args], output, { REFERABLE_NOW: '2026-11-25T12:00:00Z', NO_COLOR: '1' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('--json refusals', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'test.db');

  it('an import refused for a damaged line names the file and the line', async () => {
    const path = join(folder, 'Connections.csv');
    writeFileSync(path, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,"Lovelace,,,,,05 Jun 2024\n');
    const result = await run('import', path, '--db', db, '--json');
    assert.equal(result.code, 5);
    const { error } = JSON.parse(result.stdout);
    assert.equal(error.code, 'IMPORT_REJECTED');
    assert.equal(error.file, 'Connections.csv');
    assert.equal(error.line, 2);
    assert.match(error.message, /never closed[\s\S]*Nothing was imported/);
    assert.match(result.stderr, /never closed/, 'people still read it on stderr');
  });

  it('an import of a missing file names the path it was given', async () => {
    const path = join(folder, 'nope.csv');
    const result = await run('import', path, '--db', db, '--json');
    assert.equal(result.code, 3);
    assert.deepEqual(JSON.parse(result.stdout), {
      error: { code: 'NOT_FOUND', message: `${path}: no such file or folder. Check the path (LinkedIn names its download Basic_LinkedInDataExport_*.zip)`, file: path, details: { file: path } },
    });
  });

  it('any other command refused with --json prints the same shape', async () => {
    const result = await run('contacts', 'show', 'Nobody Atall', '--db', db, '--json');
    assert.equal(result.code, 3);
    const { error } = JSON.parse(result.stdout);
    assert.equal(error.code, 'NOT_FOUND');
    assert.ok(error.message.length > 0);
  });

  it('a refusal with a way out prints its command under the message, and --json carries it as action', async () => {
    const plain = await run('report', '--db', db);
    assert.equal(plain.code, 3);
    // ANSI stripped: picocolors colours stderr when CI is set or a TTY is attached, whatever NO_COLOR the test injects.
    assert.match(stripVTControlCharacters(plain.stderr), /^error no target market yet: define one; one is suggested from your network\n  run: referable target suggest --apply$/);
    const json = await run('report', '--db', db, '--json');
    assert.deepEqual(JSON.parse(json.stdout).error.action, { text: 'Define your target market (one is suggested from your network)', command: 'referable target suggest --apply', link: '/target' });
  });

  it('a bad option with --json is INVALID_INPUT as JSON, exit code 2', async () => {
    const result = await run('import', join(folder, 'x.csv'), '--source', 'excel', '--json', '--db', db);
    assert.equal(result.code, 2);
    const { error } = JSON.parse(result.stdout);
    assert.equal(error.code, 'INVALID_INPUT');
    assert.match(error.message, /excel/);
  });

  it('without --json stdout stays empty', async () => {
    const result = await run('import', join(folder, 'nope.csv'), '--db', db);
    assert.equal(result.code, 3);
    assert.equal(result.stdout, '');
  });
});
