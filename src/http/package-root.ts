// Where the package lives on disk, from this module's own URL: src/http/ under tsx, dist/ in the esbuild bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module holding Referable's package.json. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let folder = dirname(from);
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'referable') return folder;
      } catch {
        // Not ours or unreadable: keep looking upwards.
      }
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find Referable's package.json above ${from}`);
    folder = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The built dashboard: web/dist in the package. */
export function defaultWebRoot(): string {
  return join(packageRoot(), 'web', 'dist');
}
