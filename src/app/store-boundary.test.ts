// The use cases and the shells reach a workspace's data only through its bound handle (store.workspace): a query
// written by hand here could leave out its workspace. The accounts use cases are the one exception: users, sessions
// and the workspaces table are global, not a workspace's data (src/app/accounts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const RAW = /\bstore\.db\b|\.(selectFrom|insertInto|updateTable|deleteFrom)\(/;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'accounts' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the store boundary', () => {
  it('app/, http/ and cli/ write no queries and never touch a store\'s database handle', () => {
    const offending = ['app', 'http', 'cli'].flatMap((layer) => sources(join(SRC, layer)))
      .flatMap((path) => readFileSync(path, 'utf8').split('\n').map((line, i) => ({ where: `${relative(SRC, path)}:${i + 1}`, line })))
      .filter(({ line }) => RAW.test(line))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    assert.deepEqual(offending, []);
  });
});
