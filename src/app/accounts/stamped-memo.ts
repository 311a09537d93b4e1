// A value kept while what it was made from stands still, named by a stamp (a string listing every input it reads):
// the coach's cohort page is the same for every coach until a member's data version, consent, workspace or the day
// moves, so fifty coaches' requests assemble it once. A computation under way is shared, a failed one is not kept.

/** At most this many scopes (cohorts, cohort-and-sort pairs) kept per owner: the least recently stored go first. */
const KEPT_SCOPES = 500;

export type StampedMemo<T> = (owner: object, scope: string, stamp: string, compute: () => Promise<T>) => Promise<T>;

/** Per owner (a store: a test's second store never sees the first one's values) and scope, the value of the last stamp. */
export function stampedMemo<T>(): StampedMemo<T> {
  const kept = new WeakMap<object, Map<string, { stamp: string; value: Promise<T> }>>();
  return (owner, scope, stamp, compute) => {
    let scopes = kept.get(owner);
    if (!scopes) kept.set(owner, (scopes = new Map()));
    const hit = scopes.get(scope);
    if (hit && hit.stamp === stamp) return hit.value;
    const entry = { stamp, value: compute() };
    scopes.delete(scope);
    scopes.set(scope, entry);
    entry.value.catch(() => {
      if (scopes.get(scope) === entry) scopes.delete(scope);
    });
    for (const oldest of scopes.keys()) {
      if (scopes.size <= KEPT_SCOPES) break;
      scopes.delete(oldest);
    }
    return entry.value;
  };
}
