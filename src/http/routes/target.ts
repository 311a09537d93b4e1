// /api/target: the active market and the saved ones; replace the definition (YAML text) or switch markets.
import { createRoute, z } from '@hono/zod-openapi';
import { listTargets, parseMarket, setTargetDefinition, showTarget, useTarget } from '../../app/target.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { body, errors, json } from '../schemas.ts';

const MarketSchema = z
  .object({ id: z.string(), name: z.string(), active: z.boolean(), definition: z.string().openapi({ description: 'the YAML as written' }), market: z.looseObject({ name: z.string(), threshold: z.number() }) })
  .openapi('TargetMarket');

const TargetsSchema = z
  .object({
    active: MarketSchema.nullable(),
    markets: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean(), updatedAt: z.string() })),
  })
  .openapi('Targets');

const getRoute = createRoute({
  method: 'get',
  path: '/target',
  operationId: 'listTargets',
  summary: 'The active target market (its YAML and the parsed market) and every saved market',
  responses: { ...json(TargetsSchema, 'the markets') },
});

const putRoute = createRoute({
  method: 'put',
  path: '/target',
  operationId: 'setTarget',
  summary: 'Validate a market definition (YAML), save it and make it active; a 400 lists every problem by line',
  request: { ...body(z.strictObject({ definition: z.string().min(1).max(200_000) })) },
  responses: { ...json(MarketSchema, 'the saved, active market'), ...errors(400, 413, 415) },
});

const useRoute = createRoute({
  method: 'post',
  path: '/target/use',
  operationId: 'useTarget',
  summary: 'Make a saved market the active one',
  request: { ...body(z.strictObject({ name: z.string().min(1).max(200) })) },
  responses: { ...json(MarketSchema, 'the now active market'), ...errors(400, 404, 413, 415) },
});

async function targets(deps: ApiDeps) {
  const markets = await listTargets(deps.context);
  let active = null;
  if (markets.some((market) => market.active)) active = await showTarget(deps.context);
  return { active, markets };
}

export function targetRoutes(deps: ApiDeps) {
  const app = newRouter();

  app.openapi(getRoute, async (c) => c.json(await deps.read('targets', () => targets(deps)), 200));

  app.openapi(putRoute, async (c) => {
    const { definition } = c.req.valid('json');
    // Validated before waiting for the write queue; problems name the definition "target.yaml".
    parseMarket('target.yaml', definition);
    const view = await deps.write(() => setTargetDefinition(deps.context, 'target.yaml', definition));
    return c.json(view, 200);
  });

  app.openapi(useRoute, async (c) => {
    const { name } = c.req.valid('json');
    return c.json(await deps.write(() => useTarget(deps.context, name)), 200);
  });

  return app;
}
