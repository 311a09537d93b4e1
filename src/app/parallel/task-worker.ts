// Worker thread body: runs one long use case on its own connection to the store and posts the result (see task-runner).
import { parentPort, workerData } from 'node:worker_threads';
import { isReferableError } from '../../core/errors.ts';
import { openContext, todayOf } from '../app-context.ts';
import { restoreBackup } from '../backup.ts';
import { loadBackup } from '../backup-file.ts';
import { bufferSource, importContacts, readImportInput, type ImportRequest } from '../import-contacts.ts';
import { estimateWordOfMouth } from '../reach.ts';
import { marketReport } from '../report.ts';
import type { TaskJob, TaskMessage } from './task-runner.ts';

const job = workerData as TaskJob;
const post = (message: TaskMessage) => parentPort!.postMessage(message);

async function run(): Promise<unknown> {
  const { offsetMs, today } = job.clock;
  const context = await openContext({ db: job.store, workspace: job.workspace }, { now: () => new Date(Date.now() + offsetMs), today: () => today });
  try {
    const { task } = job;
    if (task.kind === 'reach') return await estimateWordOfMouth(context, task.request);
    if (task.kind === 'report') return await marketReport(context);
    // Checking a large backup is CPU work too: read and checked here, off the server's event loop.
    if (task.kind === 'restore') return await restoreBackup(context, await loadBackup(bufferSource(task.fileName, task.bytes)), { replace: task.replace });
    const bytes = task.bytes;
    const request: ImportRequest = {
      input: { name: task.fileName, size: bytes.byteLength, chunks: async function* () { yield bytes; } },
      source: task.source,
      member: task.member,
      map: task.map,
      dryRun: task.dryRun,
      onProgress: (phase, done, total) => post({ progress: [phase, done, total] }),
    };
    return await importContacts(context, request, await readImportInput(request, todayOf(context)));
  } finally {
    await context.store.close();
  }
}

run().then(
  (result) => post({ ok: true, result }),
  (error: unknown) =>
    post({
      ok: false,
      error: isReferableError(error)
        ? { code: error.code, message: error.message, details: error.details }
        : { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack },
    }),
);
