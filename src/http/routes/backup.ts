// /api/export and /api/restore: a JSON backup of the whole workspace or the contacts as CSV; restore from a backup.
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { createBackup, exportContactsCsv, restoreBackup } from '../../app/backup.ts';
import type { ApiDeps } from '../api-deps.ts';
import { BODY_LIMITS } from '../middleware/body-limit.ts';
import { newRouter } from '../router.ts';
import { errors, json, queryBoolean } from '../schemas.ts';
import { inTempFolder, writeBody } from '../temp-files.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Download a JSON backup of everything (restore it with POST /api/restore) or the contacts as CSV (formula-safe)',
  request: { query: z.strictObject({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: {
    200: { content: { 'application/json': { schema: z.string() }, 'text/csv': { schema: z.string() } }, description: 'a file download' },
    ...errors(400),
  },
});

const restoreRoute = createRoute({
  method: 'post',
  path: '/restore',
  summary: 'Replace the workspace with a backup sent as the raw body, in one transaction (refused over existing data unless replace=true)',
  request: {
    query: z.strictObject({ replace: queryBoolean.optional() }),
    body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary', description: 'a file written by GET /api/export?format=json' }) } }, required: true },
  },
  responses: { ...json(z.record(z.string(), z.number()).openapi({ description: 'rows restored per table' }), 'rows restored per table'), ...errors(400, 409, 413) },
});

/** What restore errors call the uploaded file. */
const BACKUP_NAME = 'backup.json';

export function backupRoutes(deps: ApiDeps) {
  const app = newRouter();

  app.openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const day = deps.context.now().toISOString().slice(0, 10);
    const text = format === 'csv' ? await exportContactsCsv(deps.context) : await createBackup(deps.context);
    const headers = {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="referable-${format === 'csv' ? 'contacts' : 'backup'}-${day}.${format}"`,
    };
    return c.body(text, 200, headers) as never;
  });

  app.openapi(restoreRoute, async (c) => {
    const { replace } = c.req.valid('query');
    const counts = await inTempFolder(async (folder) => {
      const path = join(folder, 'backup.json');
      await writeBody(path, c.req.raw.body, BODY_LIMITS.uploadBytes);
      // Messages name the file as the client knows it, never the temporary path on the server.
      const options = { replace, displayName: BACKUP_NAME };
      // Checking and writing a large backup is CPU work: in a worker thread when the server has them.
      return deps.write(() => (deps.workers ? deps.inWorker<Record<string, number>>({ kind: 'restore', path, ...options }) : restoreBackup(deps.context, path, options)));
    });
    return c.json(counts, 200);
  });

  return app;
}
