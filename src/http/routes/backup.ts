// /api/export and /api/restore: a JSON backup of the whole workspace or the contacts as CSV; restore from a backup.
import { createRoute, z } from '@hono/zod-openapi';
import { createBackup, exportContactsCsv, restoreBackup } from '../../app/backup.ts';
import { loadBackup } from '../../app/backup-file.ts';
import { bufferSource } from '../../app/import-contacts.ts';
import type { ApiDeps } from '../api-deps.ts';
import { BODY_LIMITS } from '../middleware/body-limit.ts';
import { newRouter } from '../router.ts';
import { errors, json, queryBoolean } from '../schemas.ts';
import { bodySource, readAll } from '../request-body-source.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportBackup',
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
  operationId: 'restoreBackup',
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
    // The body is read as it arrives, before taking the write turn: a slow upload holds up no other writer. Checking
    // and writing a large backup is CPU work: in a worker thread when the server has them.
    const bytes = await readAll(bodySource(BACKUP_NAME, c.req.raw.body, BODY_LIMITS.uploadBytes));
    const counts = await deps.write(async () =>
      deps.workers
        ? deps.inWorker<Record<string, number>>({ kind: 'restore', bytes, fileName: BACKUP_NAME, replace })
        : restoreBackup(deps.context, await loadBackup(bufferSource(BACKUP_NAME, bytes)), { replace }),
      'everything',
      { oneTransaction: true },
    );
    return c.json(counts, 200);
  });

  return app;
}
