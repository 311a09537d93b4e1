// A page that accepts a stale answer (the last report while the server computes the current one) shows it at once,
// then asks again until the answer is fresh, replacing the numbers: a few times, further apart each time, so a server
// busy for longer than expected is not polled without end.

/** One answer and whether it reflects the data as it is now. */
export interface Freshened<T> {
  data: T;
  stale: boolean;
}

/**
 * Milliseconds before each new ask while the answer is stale: every half second for the first few seconds (a cold
 * server's report on 30,000 contacts takes 1–4 s; a stale answer costs the server nothing), then further apart, about
 * half a minute in all.
 */
export const FRESH_RETRY_DELAYS: readonly number[] = [...Array<number>(8).fill(500), 1000, 2000, 3000, 5000, 8000, 10000];

export interface UntilFreshOptions {
  delays?: readonly number[];
  /** Resolves after `ms` (tests pass their own); rejects when `signal` aborts. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('the page moved on', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Shows every answer as it comes (`show`), asking again after each delay while it is stale. Resolves with the last
 * answer: fresh, or still stale once the delays are spent (the page then says its numbers may be behind).
 */
export async function untilFresh<T>(ask: () => Promise<Freshened<T>>, show: (answer: Freshened<T>, retrying: boolean) => void, options: UntilFreshOptions = {}): Promise<Freshened<T>> {
  const delays = options.delays ?? FRESH_RETRY_DELAYS;
  const wait = options.wait ?? sleep;
  let answer = await ask();
  for (const delay of delays) {
    if (!answer.stale) break;
    show(answer, true);
    await wait(delay, options.signal);
    answer = await ask();
  }
  show(answer, false);
  return answer;
}
