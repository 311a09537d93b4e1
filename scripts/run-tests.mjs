#!/usr/bin/env node
// `npm test`: type check, the layer rule, then every *.test.ts under src/, test/ and bench/ with Node's own runner.
// Node 20 does not expand quoted globs, and with no files it would pass having run nothing, so files are listed here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// A folder named on the command line means its test files: Node's runner given a folder runs nothing and passes.
const only = process.argv.slice(2).flatMap((path) => (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? testFiles(path).sort() : [path]));
const files = process.argv.length > 2 ? only : ['src', 'test', 'bench'].flatMap(testFiles).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
if (process.argv.length <= 2) {
  run('type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
  // The dashboard has its own settings (DOM, JSX), so its type check is a separate project.
  run('dashboard type check (tsc -p web)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'web']);
  run('layer rule (dependency-cruiser)', process.execPath, ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', '--config', '.dependency-cruiser.cjs']);
}

// spec for people, plus a summary reporter (scripts/test-summary-reporter.mjs) whose counts include the tests of
// skipped suites, so a run without PostgreSQL says how many tests did not run and why.
const summaryFolder = mkdtempSync(join(tmpdir(), 'referable-test-summary-'));
const summaryPath = join(summaryFolder, 'summary.json');
const reporter = new URL('./test-summary-reporter.mjs', import.meta.url).href;
process.stdout.write(`\n== tests (${files.length} files)\n`);
const tests = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter', 'spec', '--test-reporter-destination', 'stdout', '--test-reporter', reporter, '--test-reporter-destination', summaryPath, ...files],
  { stdio: 'inherit' },
);
let summary = null;
try {
  summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
} catch {
  // no summary (the runner crashed before reporting): the exit status below still tells
}
rmSync(summaryFolder, { recursive: true, force: true });
if (summary) process.stdout.write(`\n${summaryLine(summary)}\n`);
if (tests.status !== 0) {
  process.stdout.write(`\ntests failed (exit ${tests.status ?? tests.signal}).\n`);
  process.exit(tests.status || 1);
}

/** "tests 844: pass 760, fail 0, skipped 84 (84: PostgreSQL tests skipped: set ...)" */
function summaryLine(s) {
  const parts = [`pass ${s.passed}`, `fail ${s.failed}`];
  if (s.cancelled) parts.push(`cancelled ${s.cancelled}`);
  if (s.todo) parts.push(`todo ${s.todo}`);
  let skipped = `skipped ${s.skipped}`;
  if (s.reasons.length > 0) skipped += ` (${s.reasons.map((r) => `${r.tests}: ${r.reason}`).join('; ')})`;
  parts.push(skipped);
  let line = `summary: tests ${s.tests}: ${parts.join(', ')}`;
  if (s.uncountedSuites.length > 0) line += `\nskipped suites whose tests could not be counted: ${s.uncountedSuites.join('; ')}`;
  return line;
}
