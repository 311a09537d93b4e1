#!/usr/bin/env node
// `npm test`: type check, the layer rule, then every *.test.ts under src/, test/ and bench/ with Node's own runner.
// Node 20 does not expand quoted globs, and with no files it would pass having run nothing, so files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(folder) {
  let found = [];
  let entries = [];
  try {
    entries = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found = found.concat(testFiles(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

function run(label, command, args) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n${label} failed (exit ${result.status ?? result.signal}).\n`);
    process.exit(result.status || 1);
  }
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : ['src', 'test', 'bench'].flatMap(testFiles).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
if (only.length === 0) {
  run('type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
  // The dashboard has its own settings (DOM, JSX), so its type check is a separate project.
  run('dashboard type check (tsc -p web)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'web']);
  run('layer rule (dependency-cruiser)', process.execPath, ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', '--config', '.dependency-cruiser.cjs']);
}
run(`tests (${files.length} files)`, process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...files]);
