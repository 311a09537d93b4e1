// What the dashboard's overview needs, computed as soon as the server listens (in the background: listening does not
// wait for it): the scored list, the report and the workspace summary. A first visit then finds them ready or already
// computing, instead of starting a 30,000-contact scoring when the page asks.
import type { ApiDeps } from './api-deps.ts';
import { reportBytes } from './routes/report.ts';
import { workspaceSummary } from './routes/workspace.ts';

export async function warmUp(deps: ApiDeps): Promise<void> {
  try {
    await workspaceSummary(deps);
    await reportBytes(deps);
  } catch {
    // Nothing to warm (no market yet, an empty or closed store): the first request says what is wrong.
  }
}
