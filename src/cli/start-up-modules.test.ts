import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Metafile } from 'esbuild';

/**
 * The source files and packages a command loads before it runs, bundled as scripts/build.mjs bundles the CLI: the
 * static imports from its entry points, not what dynamic imports load when (and if) they are reached.
 */
async function loadedAtStart(entryPoints: string[]): Promise<{ sources: Set<string>; packages: Set<string> }> {
  const { metafile } = await build({ entryPoints, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', outdir: 'out', write: false, metafile: true, logLevel: 'silent' });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const sources = new Set<string>();
  const packages = new Set<string>();
  // Chunks that dynamic imports load are entry points of their own too: start from the ones asked for only.
  const pending = Object.keys(outputs).filter((path) => entryPoints.includes(outputs[path].entryPoint ?? ''));
  const seen = new Set(pending);
  while (pending.length > 0) {
    const output = outputs[pending.pop()!];
    for (const input of Object.keys(output.inputs)) sources.add(input);
    for (const { path, kind, external } of output.imports) {
      if (kind !== 'import-statement') continue;
      if (external) packages.add(path);
      else if (!seen.has(path)) {
        seen.add(path);
        pending.push(path);
      }
    }
  }
  return { sources, packages };
}

test('`referable import` starts without the settings parser (zod, yaml): a workspace with default settings never needs it', async () => {
  const { sources, packages } = await loadedAtStart(['src/cli/shell.ts', 'src/cli/commands/import-command.ts']);
  // The import itself is loaded: the check sees the command's real graph.
  assert.ok(sources.has('src/app/import-contacts.ts'));
  assert.ok(sources.has('src/app/settings.ts'));
  assert.deepEqual([...sources].filter((path) => path.startsWith('src/import/settings/')), []);
  assert.deepEqual([...packages].filter((name) => name === 'yaml' || name === 'zod' || name.startsWith('zod/')), []);
});

test('`referable import` loads the progress bar only where one is shown (a terminal, without --json)', async () => {
  const { packages } = await loadedAtStart(['src/cli/shell.ts', 'src/cli/commands/import-command.ts']);
  assert.ok(packages.has('commander'));
  assert.equal(packages.has('cli-progress'), false);
});
