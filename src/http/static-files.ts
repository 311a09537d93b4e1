// The dashboard: files from web/dist, index.html for client-side routes, a plain page when it has not been built.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Referable</title></head>
<body><h1>Referable</h1><p>The dashboard has not been built yet. Run <code>npm run build</code> in the Referable folder, then start <code>referable serve</code> again.</p>
<p>The API is running: <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** A path under the root, or null when the request tries to leave it (../, encoded or not). */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export function staticFiles(webRoot: string | null) {
  return async (c: Context) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Not found', 404);
    const index = webRoot ? await fileAt(join(webRoot, 'index.html')) : null;
    if (!webRoot || !index) return c.html(NOT_BUILT_PAGE, 200, { 'Cache-Control': 'no-store' });
    const path = c.req.path === '/' ? null : resolveInside(webRoot, c.req.path);
    const file = path ? await fileAt(path) : null;
    if (file && path) {
      // Vite names assets by content hash: they never change, so browsers may keep them.
      const immutable = c.req.path.startsWith('/assets/');
      return c.body(new Uint8Array(file), 200, {
        'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    // A missing asset is a 404; any other path is a client-side route of the single-page app.
    if (extname(c.req.path)) return c.text('Not found', 404);
    return c.body(new Uint8Array(index), 200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
  };
}
