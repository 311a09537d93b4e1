#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild (runs on `npm install` via "prepare"): starting from plain JavaScript saves
// the ~400 ms the TypeScript loader costs on every command. bin/referable.js falls back to tsx when dist/ is stale.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { referable: 'src/cli/main.ts', 'cascade-worker': 'src/app/parallel/cascade-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
writeFileSync('dist/BUILT', `${Date.now()}\n`);
