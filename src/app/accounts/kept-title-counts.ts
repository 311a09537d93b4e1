// Teammates' title counts at a seeker's target companies, kept per workspace while its data version stands still.
// Warm paths count 160 teammates' people at 8 companies on every request: 140,000 contacts checked against their
// owners' ties, about 600 ms on the cohort bench, for figures that change only when a teammate's data does. The data
// version moves on with every write to a workspace, in any process (store/data-version.ts), and is read afresh on every
// request, before the counts: so a kept count is never older than the data, and only the workspaces that changed since
// (a teammate's import) are counted again. Consent is not part of the key: the caller passes only the teammates who
// share companies now, so a revoked grant leaves the answer at once whatever is kept.
import { consentReveals } from '../../core/accounts/consent.ts';
import { countSharedTitlesAt, type SharedRead, type SharedTitleCount } from '../../store/accounts/pooled-view-repo.ts';
import { readDataVersions } from '../../store/data-version.ts';
import type { AccountsContext } from './accounts-context.ts';

/** At most this many (workspace, target companies) counts kept per store: the least recently used go first. */
const KEPT_COUNTS = 5_000;

interface Kept {
  dataVersion: number;
  counts: SharedTitleCount[];
}

const keptByStore = new WeakMap<object, Map<string, Kept>>();

function keptOf(ctx: AccountsContext): Map<string, Kept> {
  let kept = keptByStore.get(ctx.store);
  if (!kept) keptByStore.set(ctx.store, (kept = new Map()));
  return kept;
}

/**
 * What countSharedTitlesAt answers, for the same reads in the same order, counting afresh (in one statement) only the
 * workspaces whose data moved on since their counts were kept. Reads below 'companies' get nothing, as there.
 */
export async function keptTitleCountsAt(ctx: AccountsContext, reads: readonly SharedRead[], companyKeys: readonly string[]): Promise<SharedTitleCount[][]> {
  const kept = keptOf(ctx);
  // Only counts a level may see are kept (below 'companies' the answer is none, and must not stand once it is raised).
  const shown = (read: SharedRead) => consentReveals(read.level).companiesAndTitles;
  const targets = [...new Set(companyKeys)].sort().join('\u0001');
  const versions = await readDataVersions(ctx.store.db, reads.filter(shown).map((read) => read.workspaceId));
  const scopeOf = (read: SharedRead) => `${read.workspaceId}\u0000${targets}`;
  const stale = reads.filter(shown).filter((read) => {
    const hit = kept.get(scopeOf(read));
    return !hit || hit.dataVersion !== versions.get(read.workspaceId);
  });
  const counted = await countSharedTitlesAt(ctx.store.db, ctx.store.dialect, stale, companyKeys);
  const fresh = new Map(stale.map((read, index) => [scopeOf(read), counted[index]]));
  return reads.map((read) => {
    if (!shown(read)) return [];
    const scope = scopeOf(read);
    const counts = fresh.get(scope);
    const version = versions.get(read.workspaceId);
    // Kept only for a workspace that has a version: one deleted meanwhile is counted (as nothing) every time.
    if (counts && version !== undefined) remember(kept, scope, { dataVersion: version, counts });
    else if (!counts) touch(kept, scope);
    return counts ?? kept.get(scope)!.counts;
  });
}

function remember(kept: Map<string, Kept>, scope: string, entry: Kept) {
  kept.delete(scope);
  kept.set(scope, entry);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_COUNTS) break;
    kept.delete(oldest);
  }
}

function touch(kept: Map<string, Kept>, scope: string) {
  const entry = kept.get(scope)!;
  kept.delete(scope);
  kept.set(scope, entry);
}
