// /api/imports: upload a file (raw bytes) through the same import as the CLI, and watch its progress.
import { createRoute, z } from '@hono/zod-openapi';
import { todayOf } from '../../app/app-context.ts';
import { importContacts, readImportInput, SOURCE_KINDS, type ImportReport, type ImportRequest } from '../../app/import-contacts.ts';
import { importHistory } from '../../app/workspace-info.ts';
import type { ApiDeps } from '../api-deps.ts';
import { BODY_LIMITS, megabytes } from '../middleware/body-limit.ts';
import { newRouter } from '../router.ts';
import { errors, json, page, pageOf, pagingFields, queryBoolean } from '../schemas.ts';
import { bodySource, readAll } from '../request-body-source.ts';
import { safeFileName } from '../upload-name.ts';

export const UPLOAD_PATHS = ['/api/imports', '/api/restore'];

const IssueSchema = z.looseObject({ file: z.string(), line: z.number().optional(), field: z.string().optional(), reason: z.string(), severity: z.enum(['error', 'warning', 'info']), count: z.number().optional() });

const ImportReportSchema = z
  .looseObject({
    importId: z.string(),
    filesRead: z.array(z.string()).openapi({ description: 'the files read from an archive (one for a single file)' }),
    file: z.string(),
    source: z.string(),
    member: z.string(),
    dryRun: z.boolean(),
    added: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    skipped: z.number(),
    jobChanges: z.number(),
    contentAdded: z.number(),
    issues: z.array(IssueSchema),
  })
  .openapi('ImportReport', { description: 'the same JSON as `referable import --json`' });

const uploadRoute = createRoute({
  method: 'post',
  path: '/imports',
  operationId: 'importFile',
  summary: `Import a file sent as the raw request body (up to ${megabytes(BODY_LIMITS.uploadBytes)}): a LinkedIn export ZIP or CSV, Google or Outlook CSV, vCard, any CSV`,
  request: {
    headers: z.object({ 'x-file-name': z.string().max(500).optional().openapi({ description: 'the file name; its extension helps detect the format' }) }),
    query: z.strictObject({
      source: z.enum(SOURCE_KINDS).optional().openapi({ description: 'read the file as this format instead of detecting it' }),
      member: z.string().min(1).max(200).optional().openapi({ description: "whose network this is (a teammate's or a candidate's export); default me" }),
      map: z.string().max(2000).optional().openapi({ description: 'for generic CSV: our field=their column, e.g. "Company=Employer,Position=Role"' }),
      dryRun: queryBoolean.optional().openapi({ description: 'report what would change without writing anything' }),
    }),
    body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true },
  },
  responses: { ...json(ImportReportSchema, 'what was added, updated, unchanged and skipped, with every issue'), ...errors(400, 404, 413, 422) },
});

const ProgressSchema = z
  .object({ running: z.boolean(), file: z.string().nullable(), phase: z.string().nullable(), done: z.number(), total: z.number() })
  .openapi('ImportProgress');

const progressRoute = createRoute({
  method: 'get',
  path: '/imports/progress',
  operationId: 'getImportProgress',
  summary: 'How far the import in progress has got (rows written of the total); the upload itself is measured by the client',
  responses: { ...json(ProgressSchema, 'the import in progress, or running: false') },
});

const ImportHistorySchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    source: z.string(),
    member: z.string().openapi({ description: '"me" or the teammate whose export it was' }),
    startedAt: z.string(),
    finishedAt: z.string(),
    added: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    skipped: z.number(),
    errors: z.number(),
    warnings: z.number(),
  })
  .openapi('ImportHistoryEntry');

const historyRoute = createRoute({
  method: 'get',
  path: '/imports',
  operationId: 'listImports',
  summary: 'Past imports, newest first, with their counts',
  request: { query: z.strictObject({ ...pagingFields }) },
  responses: { ...json(pageOf(ImportHistorySchema), 'a page of past imports'), ...errors(400) },
});

export function importRoutes(deps: ApiDeps) {
  const app = newRouter();
  const progress = { running: false, file: null as string | null, phase: null as string | null, done: 0, total: 0 };

  app.openapi(uploadRoute, async (c) => {
    const query = c.req.valid('query');
    const fileName = safeFileName(c.req.header('x-file-name'), 'upload.csv');
    const request: ImportRequest = {
      input: bodySource(fileName, c.req.raw.body, BODY_LIMITS.uploadBytes),
      source: query.source,
      member: query.member,
      map: query.map,
      dryRun: query.dryRun,
      onProgress: (phase, done, total) => Object.assign(progress, { phase, done, total }),
    };
    Object.assign(progress, { running: true, file: fileName, phase: 'reading', done: 0, total: 0 });
    try {
      // The body is read as it arrives, before the write queue: a slow upload never holds other writes back.
      if (deps.workers) {
        // Parsing and merging are CPU work: a worker thread does them (the bytes are moved there, not copied).
        const bytes = await readAll(request.input!);
        const { source, member, map, dryRun } = query;
        const task = { kind: 'import' as const, bytes, fileName, source, member, map, dryRun };
        return c.json(await deps.write(() => deps.inWorker<ImportReport>(task, request.onProgress), 'everything', { oneTransaction: true }), 200);
      }
      const read = await readImportInput(request, todayOf(deps.context));
      const report = await deps.write(() => importContacts(deps.context, request, read), 'everything', { oneTransaction: true });
      return c.json(report, 200);
    } finally {
      Object.assign(progress, { running: false, phase: null });
    }
  });

  app.openapi(historyRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json(page(await deps.read('imports', () => importHistory(deps.context), 'market'), limit, offset), 200);
  });

  app.openapi(progressRoute, (c) => c.json({ ...progress }, 200));

  return app;
}
