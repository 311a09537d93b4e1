// A mixed read/write load on a running server: N clients at once, each making a fixed sequence of requests (a seeded
// mix of reads and writes), latency recorded per route. What a team using one server feels, unlike a benchmark of one
// cached GET: reads arrive while tags, needs and ratings are written, and ratings change scores (the report and the
// scored list must be recomputed).

/** Need texts differ from run to run: a need already open for a contact is refused (409) by design. */
const RUN = Date.now().toString(36);
/** Rounds made by this process: need texts differ from round to round too. */
let rounds = 0;

export interface MixedLoadOptions {
  clients: number;
  requestsPerClient: number;
  /** Requests per client made first and not measured. */
  warmUpPerClient: number;
  /** Share of requests that write (0.1: one in ten). */
  writeShare: number;
  token?: string | null;
}

export const READ_ROUTES = ['GET /api/contacts', 'GET /api/report', 'GET /api/contacts/:id', 'GET /api/workspace'] as const;
export const WRITE_ROUTES = ['PATCH /api/contacts/:id (tag)', 'PATCH /api/contacts/:id (rating)', 'POST /api/needs'] as const;
export type LoadRoute = (typeof READ_ROUTES)[number] | (typeof WRITE_ROUTES)[number];

export interface MixedLoadResult {
  latencies: Map<LoadRoute, number[]>;
  failures: string[];
  seconds: number;
}

/** mulberry32: the same sequence of requests on every run and on both databases. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

export async function mixedLoad(baseUrl: string, options: MixedLoadOptions): Promise<MixedLoadResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const call = async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const response = await fetch(new URL(path, baseUrl), { method, headers: { ...headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  };
  const first = await call('GET', '/api/contacts?limit=200');
  if (first.status !== 200) throw new Error(`GET /api/contacts answered ${first.status}: ${first.text.slice(0, 300)}`);
  const ids = (JSON.parse(first.text) as { items: { id: string }[] }).items.map((item) => item.id);
  let latencies = new Map<LoadRoute, number[]>();
  let failures: string[] = [];

  const client = async (n: number, steps: number, seed: number) => {
    const next = random(seed + n);
    for (let step = 0; step < steps; step++) {
      const contact = ids[Math.floor(next() * ids.length)];
      const writes = next() < options.writeShare;
      const pick = next();
      let route: LoadRoute;
      let request: Promise<{ status: number; text: string }>;
      const begin = performance.now();
      if (writes) {
        route = WRITE_ROUTES[Math.floor(pick * WRITE_ROUTES.length)];
        if (route === 'POST /api/needs') request = call('POST', '/api/needs', { contact, text: `client ${n} step ${step} (${RUN}-${rounds}): an intro to a SOC 2 auditor` });
        else if (route === 'PATCH /api/contacts/:id (tag)') request = call('PATCH', `/api/contacts/${contact}`, { addTags: [`load-${n}-${step}`] });
        else request = call('PATCH', `/api/contacts/${contact}`, { rating: 1 + Math.floor(next() * 5) });
      } else {
        route = READ_ROUTES[Math.floor(pick * READ_ROUTES.length)];
        if (route === 'GET /api/contacts') request = call('GET', `/api/contacts?limit=50&offset=${Math.floor(next() * 20) * 50}&sort=${next() < 0.5 ? 'name' : 'fit'}`);
        // As the dashboard asks for it: the last report will do while a write's rescoring runs.
        else if (route === 'GET /api/report') request = call('GET', '/api/report', undefined, { 'Cache-Control': 'max-stale' });
        else if (route === 'GET /api/workspace') request = call('GET', '/api/workspace');
        else request = call('GET', `/api/contacts/${contact}`);
      }
      const result = await request;
      latencies.get(route)!.push(performance.now() - begin);
      if (result.status !== 200) failures.push(`${route} ${result.status} ${result.text.slice(0, 200)}`);
    }
  };
  const round = async (steps: number, seed: number) => {
    rounds++;
    latencies = new Map([...READ_ROUTES, ...WRITE_ROUTES].map((route) => [route, []]));
    failures = [];
    await Promise.all(Array.from({ length: options.clients }, (_, n) => client(n, steps, seed)));
  };
  // Not measured: the first requests compute what every later one reads (and warm the JIT), as in any long-running server.
  await round(options.warmUpPerClient, 0);
  const started = performance.now();
  await round(options.requestsPerClient, 1000);
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

/** The same closed loop of GETs on one URL (the floor the machine and the client allow): p99 in milliseconds. */
export async function closedLoop(url: string, clients: number, requestsPerClient: number): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let step = 0; step < requestsPerClient; step++) {
        const begin = performance.now();
        await (await fetch(url)).arrayBuffer();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return latencies;
}
