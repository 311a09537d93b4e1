// Room in a week's budget for an item that turns out done after it was skipped: which planned items give way.
//
// A skipped item's minutes go back to the week, and a replan may spend them. If the user then did it after all, the
// week holds more than its budget; what was really done stays, and the planned items worth the least per minute
// give way, as the planner would have left them out in the first place.

export interface RoomItem {
  id: string;
  minutes: number;
  value: number;
}

function ratio(item: RoomItem): number {
  return item.minutes > 0 ? item.value / item.minutes : Number.POSITIVE_INFINITY;
}

/** Numeric ids compare as numbers ("10" after "9"); later items give way first on a tie. */
function laterFirst(a: RoomItem, b: RoomItem): number {
  const byNumber = (Number(b.id) || 0) - (Number(a.id) || 0);
  return byNumber || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The planned items to drop so `needed` more minutes fit, lowest value per minute first (then lowest value, then the
 * latest item). Items taken along the way that turn out unnecessary are given back, best value per minute first, so
 * no more is dropped than the room needs. When all of them are not enough, all are returned: the caller decides
 * what the rest means. Nothing when `needed` is 0 or less.
 */
export function itemsToDrop<T extends RoomItem>(planned: readonly T[], needed: number): T[] {
  if (!(needed > 0)) return [];
  const order = planned.filter((item) => item.minutes > 0).sort((a, b) => ratio(a) - ratio(b) || a.value - b.value || laterFirst(a, b));
  const taken: T[] = [];
  let freed = 0;
  for (const item of order) {
    if (freed >= needed) break;
    taken.push(item);
    freed += item.minutes;
  }
  if (freed < needed) return taken;
  const kept = new Set<T>();
  for (let index = taken.length - 1; index >= 0; index--) {
    if (freed - taken[index].minutes >= needed) {
      freed -= taken[index].minutes;
      kept.add(taken[index]);
    }
  }
  return taken.filter((item) => !kept.has(item));
}
