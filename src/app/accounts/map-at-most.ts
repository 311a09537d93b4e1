// Reading many members' workspaces a few at a time: each read is its own transaction pinned to its workspace, so 200
// read one after another wait on 200 round trips in a row, while all at once would take every pooled connection.

/** Members' workspaces read at once: fewer than the pool's connections, so a pooled read never starves the requests beside it. */
export const SHARED_READS_AT_ONCE = 6;

/** `work` over every item, at most `limit` at a time, results in the items' order. */
export async function mapAtMost<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < items.length; at = next++) out[at] = await work(items[at]);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return out;
}
