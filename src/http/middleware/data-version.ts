// Which data an answer reflects, and stale-while-revalidate on request: "Cache-Control: max-stale" lets a read take the
// last computed result while a write's recomputation runs (the dashboard asks this way, then asks again when told the
// answer was stale). Every API answer says its data version; a stale one also says "Referable-Stale: true". A server
// started just after a change answers such reads from today's report kept in the store: data version -1, the data as
// it was before this server started (kept-result.ts, read-cache.ts).
import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../api-deps.ts';

export const DATA_VERSION_HEADER = 'Referable-Data-Version';
export const STALE_HEADER = 'Referable-Stale';

/** "Cache-Control: max-stale" (with or without a value): the standard way for a request to say an older answer will do. */
export function acceptsStale(cacheControl: string | undefined): boolean {
  return /(^|,)\s*max-stale\b/i.test(cacheControl ?? '');
}

export function dataVersion(deps: ApiDeps): MiddlewareHandler {
  return (c, next) =>
    deps.answer(acceptsStale(c.req.header('cache-control')), next, (version, stale) => {
      // Set before the handler makes its response, so the headers go into it as it is made.
      c.header(DATA_VERSION_HEADER, String(version));
      if (stale) c.header(STALE_HEADER, 'true');
    });
}
