// What the dashboard needs, computed as soon as the server listens (in the background: listening does not wait for
// it), the overview's data first: the workspace summary and the report, then the scored contact list the other pages
// page through. A first visit then finds them ready or already computing, instead of starting a 30,000-contact scoring
// when the page asks; one at a time, so the overview's numbers never share the event loop with building the list.
import type { ApiDeps } from './api-deps.ts';
import { contactTable } from './contact-list.ts';
import { reportBytes } from './routes/report.ts';
import { workspaceSummary } from './routes/workspace.ts';

export async function warmUp(deps: ApiDeps): Promise<void> {
  for (const step of [() => workspaceSummary(deps), () => reportBytes(deps), () => contactTable(deps)]) {
    try {
      await step();
    } catch {
      // Nothing to warm (no market yet, an empty or closed store): the first request says what is wrong.
    }
  }
}
