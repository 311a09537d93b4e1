// A costly result kept in the store between processes: computed once per data version and day, then read back by the
// next server that starts on the same data (a restart, a second server), which answers its first visitor at once
// instead of scoring 30,000 contacts again. Current only while the workspace's data version (moved on by every write,
// in any process: store/data-version.ts) and the day are the ones it was computed at; otherwise it is computed again.
import { todayOf, type AppContext } from './app-context.ts';
import type { ComputedResult } from '../store/computed-results-repo.ts';

export interface KeptResultOptions {
  /**
   * Wait for the result to be written before answering (a command about to exit). A server does not: the answer
   * goes out while the write finds its turn.
   */
  waitForSave?: boolean;
}

/**
 * The result kept under `name` when it is current, else `compute()`'s, kept for the next process. The data version is
 * read before computing starts, so a write that lands meanwhile makes the kept result look older, never newer.
 */
export async function keptResult<T>(context: AppContext, name: string, compute: () => Promise<T>, options: KeptResultOptions = {}): Promise<T> {
  const ws = context.store.workspace;
  const day = todayOf(context);
  const [dataVersion, kept] = await Promise.all([ws.computed.dataVersion(), ws.computed.read(name)]);
  // A damaged row is computed again and replaced.
  const current = kept && kept.dataVersion === dataVersion && kept.day === day ? bodyOf<T>(kept) : undefined;
  if (current !== undefined) return current;
  const result = await compute();
  const saving = saveKept(context, { name, dataVersion, day, body: JSON.stringify(result), computedAt: context.now().toISOString() });
  if (options.waitForSave) await saving;
  return result;
}

/**
 * Written in a transaction (it takes its turn behind other writers without blocking the process) and only if no write
 * has landed since the computation started: a result of data that has already changed is not worth keeping. Never
 * fails its caller: the result was computed and answered; only the next start's head start is lost.
 */
async function saveKept(context: AppContext, result: ComputedResult): Promise<void> {
  try {
    await context.store.workspace.transaction(async (tx) => {
      if ((await tx.computed.dataVersion()) === result.dataVersion) await tx.computed.save(result);
    });
  } catch {
    // BUSY (another writer held the workspace past the wait), a store closed meanwhile, a read-only role: the result
    // is simply not kept.
  }
}

/**
 * The result kept under `name` when it is from today but the data has moved on since (a change made while no server
 * ran): an answer for a reader who accepts stale results while the current one is computed. Never one from another
 * day (a report dates itself), nor a current one (that is keptResult's to return, as fresh).
 */
export async function staleKeptResult<T>(context: AppContext, name: string): Promise<T | undefined> {
  const ws = context.store.workspace;
  const [dataVersion, kept] = await Promise.all([ws.computed.dataVersion(), ws.computed.read(name)]);
  return kept && kept.day === todayOf(context) && kept.dataVersion < dataVersion ? bodyOf<T>(kept) : undefined;
}

/** The kept result, or undefined when its row is damaged (no answer: computed again). */
function bodyOf<T>(kept: ComputedResult): T | undefined {
  try {
    return JSON.parse(kept.body) as T;
  } catch {
    return undefined;
  }
}
