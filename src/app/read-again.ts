// Optimistic use cases: work out a change from what was read, then, inside the write transaction (which holds the
// workspace's write lock), read it again; if another writer changed it meanwhile, start over from the new state.
// Nothing the user asked for is then applied to a state they never saw (two `plan` runs, two `plan done 3`).

/** Thrown inside the transaction (rolling it back) when what the change was based on is no longer true. */
export class ChangedMeanwhile extends Error {
  constructor() {
    super('the data changed while this command worked; it runs again');
    this.name = 'ChangedMeanwhile';
  }
}

/** Runs `attempt` until it is not interrupted by ChangedMeanwhile (a few times at most: writers take turns). */
export async function retryIfChanged<T>(attempt: () => Promise<T>, attempts = 5): Promise<T> {
  for (let left = attempts; ; left--) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || left <= 1) throw error;
    }
  }
}

/** Throws ChangedMeanwhile when the two readings differ (compared as JSON: rows are plain data). */
export function expectUnchanged(before: unknown, now: unknown): void {
  if (JSON.stringify(before) !== JSON.stringify(now)) throw new ChangedMeanwhile();
}
