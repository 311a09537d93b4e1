// The ledger as the dashboard lists it: each referral once, with the outcomes reported later grouped under it.
import type { LedgerEntry } from '../api-types.ts';

type Entry = Pick<LedgerEntry, 'id' | 'follows' | 'occurredOn'>;

/** Outcome events (interview, offer, hire) are outcomes of their referral: shown under it, not as rows of their own. */
export function groupOutcomes<T extends Entry>(rows: readonly T[]): { referral: T; outcomes: T[] }[] {
  const groups = new Map<string, { referral: T; outcomes: T[] }>();
  for (const row of rows) if (!row.follows) groups.set(row.id, { referral: row, outcomes: [] });
  const orphans: { referral: T; outcomes: T[] }[] = [];
  for (const row of rows) {
    if (!row.follows) continue;
    const group = groups.get(row.follows);
    if (group) group.outcomes.push(row);
    // The referral is not on this page: the outcome stands alone rather than vanish.
    else orphans.push({ referral: row, outcomes: [] });
  }
  for (const group of groups.values()) group.outcomes.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return [...groups.values(), ...orphans];
}

