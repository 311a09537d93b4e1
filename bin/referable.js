#!/usr/bin/env node
// Entry point: runs the bundle in dist/ when it is newer than every source file it was built from (built by `npm install`),
// otherwise the TypeScript sources through tsx, so an edit is never run stale and a build is never required.
// The check runs on every command, so it is kept cheap: see bundleIsFresh().
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// `referable contacts list --json | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const stamp = join(root, 'dist', 'BUILT');
    const built = statSync(stamp).mtimeMs;
    // An installed package (no git checkout): its sources are not edited, and `npm install` built dist/.
    if (!existsSync(join(root, '.git'))) return true;
    // A checkout: the stamp lists the source files the bundle was made from (scripts/build.mjs), so only those are
    // checked, not tests or files the CLI never loads. A new file only matters once an edited, listed file imports it;
    // a listed file deleted fails statSync, and so runs the sources. An older stamp without the list: scan src/.
    const sources = readFileSync(stamp, 'utf8').split('\n').slice(1).filter(Boolean);
    if (sources.length === 0) return built >= newestSource(join(root, 'src'));
    return sources.every((path) => statSync(join(root, path)).mtimeMs <= built);
  } catch {
    return false;
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import('../dist/referable.mjs'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
