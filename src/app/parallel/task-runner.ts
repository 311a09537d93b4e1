// Long use cases off the event loop: an import, a restore, a word-of-mouth estimate or a fresh server's first market
// report (scoring every contact) runs in a worker thread with its
// own connection to the same store, so the server keeps answering other requests while it works, and it is stopped
// (the thread terminated, its transaction never committed) when it passes its time limit.
import { Worker } from 'node:worker_threads';
import { ReferableError, type ErrorCode } from '../../core/errors.ts';
import type { ReachRequest } from '../reach.ts';
import type { SourceKind } from '../import-contacts.ts';

export type Task =
  | { kind: 'import'; bytes: Uint8Array; fileName: string; source?: SourceKind; member?: string; map?: string; dryRun?: boolean }
  | { kind: 'restore'; bytes: Uint8Array; fileName: string; replace?: boolean }
  | { kind: 'reach'; request: ReachRequest }
  | { kind: 'report' };

export interface TaskJob {
  /** Where the store is (a SQLite path or a postgres:// URL, password included: never printed). */
  store: string;
  workspace: string;
  /**
   * The server's clock as the worker should see it: its offset from this machine's clock (tests and demos run on a
   * fixed day) and the user's day when the work started.
   */
  clock: { offsetMs: number; today: string };
  task: Task;
}

/** What the worker posts: progress while it works, then one result or one failure. */
export type TaskMessage =
  | { progress: [phase: string, done: number, total: number] }
  | { ok: true; result: unknown }
  | { ok: false; error: { code?: ErrorCode; message: string; details?: Record<string, unknown>; stack?: string } };

const WHAT: Record<Task['kind'], string> = { import: 'the import', restore: 'the restore', reach: 'the word-of-mouth estimate', report: 'the market report' };
/** The same work at the command line, which runs it without a time limit. */
const LONG_WORK_COMMANDS: Record<Task['kind'], string> = { import: 'referable import FILE', restore: 'referable restore FILE --replace', reach: 'referable reach', report: 'referable report' };

/** Same bootstrap as the cascade workers: the bundled script next to the bundle, or tsx registered first from sources. */
function startWorker(job: TaskJob): Worker {
  const transfer = job.task.kind === 'import' || job.task.kind === 'restore' ? [job.task.bytes.buffer as ArrayBuffer] : [];
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./task-worker.mjs', import.meta.url), { workerData: job, transferList: transfer });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const script = JSON.stringify(new URL('./task-worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${script}); });`, { eval: true, workerData: job, transferList: transfer });
}

export function runTask<T>(job: TaskJob, options: { timeoutMs: number; onProgress?: (phase: string, done: number, total: number) => void }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new ReferableError(
            'TIMED_OUT',
            `${WHAT[job.task.kind]} took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped; nothing was changed. ${job.task.kind === 'reach' ? 'Ask for fewer runs' : 'The command line has no time limit'}`,
            { limitMs: options.timeoutMs },
            job.task.kind === 'reach' ? undefined : { text: 'Run it at the command line, which has no time limit', command: LONG_WORK_COMMANDS[job.task.kind] },
          ),
        ),
      );
      // Terminating ends the thread's connection with its transaction uncommitted: the store is as it was.
      void worker.terminate();
    }, options.timeoutMs);
    worker.on('message', (message: TaskMessage) => {
      if ('progress' in message) return options.onProgress?.(...message.progress);
      void worker.terminate();
      if (message.ok) return finish(() => resolve(message.result as T));
      const { code, message: text, details, stack } = message.error;
      finish(() => reject(code ? new ReferableError(code, text, details) : Object.assign(new Error(text), { stack })));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`${WHAT[job.task.kind]} stopped without an answer (worker exit code ${code})`))));
  });
}
