// /api/paths, /api/reach, /api/graph: warm-introduction paths, word of mouth with what-ifs, the network to draw or export.
import { availableParallelism } from 'node:os';
import { createRoute, z } from '@hono/zod-openapi';
import { exportGraph, GRAPH_FORMATS } from '../../app/graph-export.ts';
import { PATH_LIMITS, REACH_LIMITS } from '../../app/network-options.ts';
import { warmPaths } from '../../app/paths.ts';
import { estimateWordOfMouth } from '../../app/reach.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, queryBoolean } from '../schemas.ts';

const PersonSchema = z.object({ id: z.string(), name: z.string(), company: z.string(), title: z.string() });

const PathsSchema = z
  .object({
    target: z.object({ kind: z.enum(['company', 'person']), name: z.string(), people: z.number() }),
    paths: z.array(z.object({ probability: z.number(), hops: z.array(z.object({ from: PersonSchema, to: PersonSchema, kind: z.string(), probability: z.number(), why: z.string() })) })),
    suggestion: z.string(),
  })
  .openapi('WarmPaths', { description: 'the same JSON as `referable path --json`' });

const pathsRoute = createRoute({
  method: 'get',
  path: '/paths',
  operationId: 'findWarmPaths',
  summary: 'The most probable warm-introduction paths to a person or anyone at a company, each hop explained',
  request: {
    query: z.strictObject({
      to: z.string().min(1).max(500).openapi({ description: 'a company (any spelling) or a person (id, LinkedIn URL, email or name)' }),
      k: z.coerce.number().int().min(1).max(PATH_LIMITS.kMax).default(5),
      maxHops: z.coerce.number().int().min(1).max(PATH_LIMITS.hopsMax).default(4),
      coworkers: queryBoolean.default(true).openapi({ description: 'include inferred coworker ties (same employer)' }),
    }),
  },
  responses: { ...json(PathsSchema, 'the paths, or a suggestion when there is none'), ...errors(400, 404, 409) },
});

export const Interval = z.object({ mean: z.number(), low: z.number(), high: z.number(), stdErr: z.number() });
const ReachBlock = {
  name: z.string(),
  description: z.string(),
  runs: z.number().int().openapi({ description: "simulated asks behind this block's figures (sampling stops once they are precise enough, see precision)" }),
  expectedInMarket: Interval,
  expectedCompanies: Interval,
  expectedReached: Interval,
};

const DegreeCounts = z.object({ people: z.number(), inMarket: z.number(), companies: z.number() });

const ReachSchema = z
  .looseObject({
    ...ReachBlock,
    runsCap: z.number().int().openapi({ description: 'the most simulated asks any block may use (runs in the request)' }),
    precision: z
      .object({ relative: z.number(), absolute: z.number() })
      .nullable()
      .openapi({ description: 'sampling stopped once every 95% interval was within ±relative of its mean or ±absolute; null when exactly runsCap asks were run (fixedRuns)' }),
    seed: z.number(),
    p: z.number().nullable(),
    firstDegree: DegreeCounts,
    secondDegree: DegreeCounts,
    askFirstCounts: z.enum(['in-market', 'everyone']).openapi({ description: "what askFirst's gains count: in-market people, or everyone reached when no market is set" }),
    scenarios: z.array(z.object(ReachBlock)),
    askFirst: z.array(z.object({ id: z.string(), name: z.string(), company: z.string(), title: z.string(), marginalGain: z.number() })),
  })
  .openapi('Reach', { description: 'the same JSON as `referable reach --json`' });

const reachRoute = createRoute({
  method: 'post',
  path: '/reach',
  operationId: 'simulateReach',
  summary: 'Word of mouth from you (independent cascade, with confidence intervals), what-ifs side by side, who to ask first',
  request: {
    ...body(
      z.strictObject({
        runs: z.number().int().min(REACH_LIMITS.runsMin).max(REACH_LIMITS.runsMax).optional().openapi({ description: 'the most Monte Carlo runs per estimate (default 10,000); sampling stops earlier once the intervals are tight' }),
        fixedRuns: z.boolean().optional().openapi({ description: 'run exactly `runs` asks instead of stopping early' }),
        seed: z.number().int().optional(),
        p: z.number().gt(0).max(1).optional().openapi({ description: 'a uniform pass probability instead of tie strengths' }),
        addWeak: z.number().int().min(1).max(REACH_LIMITS.addWeakMax).optional().openapi({ description: 'what if: N new in-market weak ties' }),
        strengthen: z.number().int().min(1).max(REACH_LIMITS.strengthenMax).optional().openapi({ description: 'what if: your K most useful ties made strong' }),
        ask: z.number().int().min(0).max(REACH_LIMITS.askMax).optional().openapi({ description: 'who to ask first: this many first-degree contacts' }),
        coworkers: z.boolean().optional(),
      }),
    ),
  },
  responses: { ...json(ReachSchema, 'the estimate'), ...errors(400, 404, 413, 415) },
});

const GRAPH_DEFAULTS = { limit: 3000, maxLimit: 30_000 };

const GraphSchema = z
  .object({
    nodes: z.array(z.object({ id: z.string(), label: z.string(), company: z.string(), companyKey: z.string().openapi({ description: 'the company folded as everywhere in Referable (case, accents, legal forms such as S.A., GmbH, Inc.): nodes with the same key work at the same company' }), seniority: z.string(), function: z.string(), fit: z.number(), inMarket: z.boolean(), isMe: z.boolean(), degree: z.number() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), kind: z.string(), weight: z.number() })),
    totalNodes: z.number(),
    totalEdges: z.number(),
  })
  .openapi('Graph');

const graphRoute = createRoute({
  method: 'get',
  path: '/graph',
  operationId: 'getGraph',
  summary: 'The network to draw: you plus the best-fitting, best-connected people (in-market first), and the ties among them',
  request: {
    query: z.strictObject({
      inMarket: queryBoolean.optional().openapi({ description: 'only in-market people (and you)' }),
      limit: z.coerce.number().int().min(1).max(GRAPH_DEFAULTS.maxLimit).default(GRAPH_DEFAULTS.limit).openapi({ description: 'at most this many people' }),
      coworkers: queryBoolean.default(true),
    }),
  },
  responses: { ...json(GraphSchema, 'nodes and edges'), ...errors(400, 404) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/graph/export',
  operationId: 'exportGraph',
  summary: 'The whole network for other tools: GraphML (Gephi, igraph), node-link JSON (networkx) or a TSV edge list',
  request: { query: z.strictObject({ format: z.enum(GRAPH_FORMATS).default('graphml'), coworkers: queryBoolean.default(true) }) },
  responses: {
    200: {
      content: { 'application/graphml+xml': { schema: z.string() }, 'application/json': { schema: z.string() }, 'text/tab-separated-values': { schema: z.string() } },
      description: 'a file download',
    },
    ...errors(400, 404),
  },
});

interface NodeLinkGraph {
  nodes: { id: string; label: string; company: string; companyKey: string; seniority: string; function: string; fit: number; inMarket: boolean; isMe: boolean }[];
  links: { source: string; target: string; kind: string; probability: number }[];
}

function drawable(graph: NodeLinkGraph, inMarket: boolean, limit: number) {
  const degree = new Map<string, number>();
  for (const link of graph.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const ranked = graph.nodes
    .filter((node) => node.isMe || !inMarket || node.inMarket)
    .map((node) => ({ ...node, degree: degree.get(node.id) ?? 0 }))
    .sort((a, b) => Number(b.isMe) - Number(a.isMe) || Number(b.inMarket) - Number(a.inMarket) || b.fit - a.fit || b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, limit);
  const kept = new Set(ranked.map((node) => node.id));
  const edges = graph.links.filter((link) => kept.has(link.source) && kept.has(link.target)).map((link) => ({ source: link.source, target: link.target, kind: link.kind, weight: link.probability }));
  return { nodes: ranked, edges, totalNodes: graph.nodes.length, totalEdges: graph.links.length };
}

const EXPORTS = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', file: 'referable-network.graphml' },
  json: { type: 'application/json; charset=utf-8', file: 'referable-network.json' },
  edgelist: { type: 'text/tab-separated-values; charset=utf-8', file: 'referable-network.tsv' },
} as const;

export function networkRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(pathsRoute, async (c) => {
    const { to, k, maxHops, coworkers } = c.req.valid('query');
    return c.json(await deps.read(`paths ${JSON.stringify([to.toLowerCase(), k, maxHops, coworkers])}`, () => warmPaths(context, to, { k, maxHops, coworkers })), 200);
  });

  app.openapi(reachRoute, async (c) => {
    const request = c.req.valid('json');
    const whatIf = [...(request.addWeak ? [`add-weak=${request.addWeak}`] : []), ...(request.strengthen ? [`strengthen=${request.strengthen}`] : [])];
    const key = `reach ${JSON.stringify([request.runs, request.fixedRuns, request.seed, request.p, whatIf, request.ask, request.coworkers])}`;
    // Seeded, so the same question on the same data has the same answer: cached like any read.
    const reach = { runs: request.runs, fixedRuns: request.fixedRuns, seed: request.seed, p: request.p, whatIf, ask: request.ask, coworkers: request.coworkers };
    // Loading the network and running the cascade are CPU work: in a worker thread when the server has them.
    // On two cores or fewer the estimate takes one thread, leaving a core to answer others (that matters more).
    const inWorker = { ...reach, threads: availableParallelism() <= 2 ? 1 : undefined };
    const result = await deps.read(key, () => (deps.workers ? deps.inWorker<Awaited<ReturnType<typeof estimateWordOfMouth>>>({ kind: 'reach', request: inWorker }) : estimateWordOfMouth(context, reach)));
    return c.json(result, 200);
  });

  app.openapi(graphRoute, async (c) => {
    const { inMarket, limit, coworkers } = c.req.valid('query');
    const full = await deps.read(`graph ${coworkers}`, async () => JSON.parse(await exportGraph(context, 'json', { coworkers })) as NodeLinkGraph);
    return c.json(await deps.read(`graph ${coworkers} ${Boolean(inMarket)} ${limit}`, async () => drawable(full, Boolean(inMarket), limit)), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { format, coworkers } = c.req.valid('query');
    const text = await exportGraph(context, format, { coworkers });
    return c.body(text, 200, { 'Content-Type': EXPORTS[format].type, 'Content-Disposition': `attachment; filename="${EXPORTS[format].file}"` }) as never;
  });

  return app;
}
