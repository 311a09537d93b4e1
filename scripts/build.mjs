#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild (runs on `npm install` via "prepare"): starting from plain JavaScript saves
// the ~400 ms the TypeScript loader costs on every command. bin/referable.js falls back to tsx when dist/ is stale.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// Pure-JavaScript packages every command loads, bundled into dist/ rather than imported from node_modules: Node resolves
// and compiles each of their files separately (kysely is 263 ES modules, libphonenumber-js 93, zod 95), which cost
// about a third of a second of CPU on every command, `referable --version` included. Native and lazily loaded packages
// (better-sqlite3, argon2, pg, hono for serve) stay external.
const BUNDLED = new Set(['kysely', 'libphonenumber-js', 'zod']);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies ?? {})].filter((name) => !BUNDLED.has(name));

rmSync('dist', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { referable: 'src/cli/main.ts', 'cascade-worker': 'src/app/parallel/cascade-worker.ts', 'task-worker': 'src/app/parallel/task-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  metafile: true,
});
// The stamp bin/referable.js compares with the sources: the build time, then the source files the bundle was made from,
// so a start checks those few hundred files, not every file under src/ (tests included).
const sources = Object.keys(metafile.inputs).filter((path) => path.startsWith('src/')).sort();
writeFileSync('dist/BUILT', `${Date.now()}\n${sources.join('\n')}\n`);

// The web dashboard (web/ -> web/dist), which `referable serve` serves. Vite is a devDependency: a production install
// (npm install --omit=dev) has no Vite, and then serves the web/dist that shipped with the package, if any.
let vite = null;
try {
  vite = await import('vite');
} catch {
  console.log('vite is not installed (a production install?): skipped building the dashboard (web/dist).');
}
if (vite) {
  // The dashboard's API types come from the routes' OpenAPI documents, single- and multi-user (scripts/api-types.ts),
  // so a field the API does not define fails `tsc -p web`.
  const types = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/api-types.ts'], { stdio: 'inherit' });
  if (types.status !== 0) {
    console.error('could not generate web/src/api-schema.d.ts and web/src/multi-user-api-schema.d.ts from the OpenAPI documents (scripts/api-types.ts)');
    process.exit(types.status || 1);
  }
  await vite.build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}
