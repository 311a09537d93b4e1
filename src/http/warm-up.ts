// What the dashboard needs, computed as soon as the server listens (in the background: listening does not wait for
// it), the overview's data first: the workspace summary, the report (in a worker thread, see routes/report.ts) and the
// referability index; then, once the overview has had time to load, the scored contact list the other pages page
// through. A first visit then finds them ready or already computing, instead of starting a 30,000-contact scoring when
// the page asks. The list is built on the event loop (seconds on 30,000 contacts): started at once, it held up the
// overview's own requests, which arrive a moment after the workspace summary.
import type { ApiDeps } from './api-deps.ts';
import { contactTable } from './contact-list.ts';
import { cachedIndex } from './routes/ledger.ts';
import { reportBytes } from './routes/report.ts';
import { workspaceSummary } from './routes/workspace.ts';

export const WARM_UP_DEFAULTS = {
  /** Milliseconds between the overview's data being ready and the contact list being built. */
  listDelayMs: 1500,
};

async function quietly(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // Nothing to warm (no market yet, an empty or closed store): the first request says what is wrong.
  }
}

export async function warmUp(deps: ApiDeps, options: Partial<typeof WARM_UP_DEFAULTS> = {}): Promise<void> {
  const { listDelayMs } = { ...WARM_UP_DEFAULTS, ...options };
  for (const step of [() => workspaceSummary(deps), () => reportBytes(deps), () => cachedIndex(deps)]) await quietly(step);
  await new Promise<void>((resolve) => setTimeout(resolve, listDelayMs).unref?.());
  await quietly(() => contactTable(deps));
}
