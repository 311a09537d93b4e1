// What the dashboard's overview needs, computed as soon as the server listens (in the background: listening does not
// wait for it): the workspace summary, the report (in a worker thread, see routes/report.ts) and the referability index.
// A first visit then finds them ready or already computing, instead of starting a 30,000-contact scoring when the page
// asks. The scored contact list is not warmed: it is built on the event loop (seconds on 30,000 contacts), and built in
// the background it held up the overview's own requests, which arrive a moment after the workspace summary, or the
// next visitor's; the contact list page builds it when it first asks.
import type { ApiDeps } from './api-deps.ts';
import { cachedIndex } from './routes/ledger.ts';
import { reportBytes } from './routes/report.ts';
import { workspaceSummary } from './routes/workspace.ts';

export async function warmUp(deps: ApiDeps): Promise<void> {
  for (const step of [() => workspaceSummary(deps), () => reportBytes(deps), () => cachedIndex(deps)]) {
    try {
      await step();
    } catch {
      // Nothing to warm (no market yet, an empty or closed store): the first request says what is wrong.
    }
  }
}
