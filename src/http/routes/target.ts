// /api/target: the active market and the saved ones; replace the definition (YAML text) or switch markets; and the
// market builder's routes: suggestions from the network, the pickers' vocabulary, a draft's preview, saving a draft.
import { createRoute, z } from '@hono/zod-openapi';
import { listTargets, parseMarket, setTargetDefinition, showTarget, useTarget } from '../../app/target.ts';
import { loadMarketPopulation, previewDraft, setTargetDraft, suggestFromPopulation, targetVocabulary, validDraft } from '../../app/target-builder.ts';
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

const CandidateSchema = z.object({ value: z.string(), count: z.number().int().openapi({ description: 'contacts with this value' }), yours: z.boolean().openapi({ description: "from the user's own profile" }) });

const IssueSchema = z
  .object({ file: z.string(), line: z.number().int().optional(), field: z.string().optional().openapi({ description: 'the field to fix, as "functions[0]"' }), reason: z.string(), severity: z.string() })
  .openapi('MarketIssue');

const DraftSchema = z.record(z.string(), z.unknown()).openapi('MarketDraft', {
  description:
    'A market in the target-file shape (what `referable target set` reads as YAML): name, threshold, companies (names or {name, tier, aliases, industry}), functions, seniorities, industries, locations, keywords, companyIndustries, weights, goals. Checked by the same schema as the YAML, with the same messages.',
  example: { name: 'Product in London', companies: [{ name: 'Ledgerlark', tier: 1 }], functions: ['Product Management'], seniorities: ['Manager', 'Director'] },
});

const PreviewSchema = z
  .object({
    connections: z.number().int(),
    inMarket: z.number().int().openapi({ description: 'connections this market puts in market: the count the report will show' }),
    inMarketShare: z.number(),
    inMarketProspects: z.number().int(),
    goal: z.number().int(),
    goalProgress: z.number(),
    coveredCompanies: z.number().int(),
    targetCompanies: z.number().int(),
    companyConnections: z.record(z.string(), z.number().int()).openapi({ description: 'connections at each target company with anyone' }),
    matches: z.object({ company: z.number().int(), function: z.number().int(), seniority: z.number().int(), industry: z.number().int(), location: z.number().int(), keywords: z.number().int() }).openapi({ description: 'connections each dimension gives points to' }),
  })
  .openapi('MarketPreview');

const SuggestionSchema = z
  .object({
    contacts: z.number().int(),
    candidates: z.object({
      companies: z.array(CandidateSchema),
      functions: z.array(CandidateSchema),
      seniorities: z.array(CandidateSchema),
      industries: z.array(CandidateSchema),
      locations: z.array(CandidateSchema),
      currentEmployer: z.string().nullable(),
    }),
    draft: DraftSchema.nullable().openapi({ description: 'a first market built from the candidates; null with no contacts' }),
    preview: PreviewSchema.nullable(),
  })
  .openapi('MarketSuggestion');

const VocabularySchema = z
  .object({
    functions: z.array(z.string()),
    seniorities: z.array(z.string()),
    industries: z.array(z.object({ id: z.number().int(), label: z.string(), path: z.array(z.string()) })),
    defaults: z.object({ threshold: z.number(), weights: z.record(z.string(), z.number()), goals: z.object({ inMarketConnections: z.number().int(), coveredCompanies: z.number().int() }) }),
  })
  .openapi('MarketVocabulary');

const suggestionRoute = createRoute({
  method: 'get',
  path: '/target/suggestion',
  operationId: 'suggestTarget',
  summary: 'Candidates for a market from your own network (companies, functions, seniorities, industries, places with counts) and a first market built from them',
  responses: { ...json(SuggestionSchema, 'the candidates, a draft and its preview') },
});

const vocabularyRoute = createRoute({
  method: 'get',
  path: '/target/vocabulary',
  operationId: 'targetVocabulary',
  summary: "LinkedIn's job functions, seniorities and industries (Industry Codes V2) a market may name, and the defaults",
  responses: { ...json(VocabularySchema, 'the values the pickers offer') },
});

const previewRoute = createRoute({
  method: 'post',
  path: '/target/preview',
  operationId: 'previewTarget',
  summary: 'How many contacts a draft market puts in market, without saving it; an incomplete draft answers its problems (by field) and no preview',
  request: { ...body(z.strictObject({ market: DraftSchema })) },
  responses: { ...json(z.object({ issues: z.array(IssueSchema), preview: PreviewSchema.nullable() }).openapi('MarketDraftPreview'), 'the problems and the preview'), ...errors(400, 413, 415) },
});

const putMarketRoute = createRoute({
  method: 'put',
  path: '/target/market',
  operationId: 'setTargetMarket',
  summary: 'Save a draft market (the target-file shape, as JSON) as the active market: stored as the YAML `target set` stores; a 400 lists every problem by field',
  request: { ...body(z.strictObject({ market: DraftSchema })) },
  responses: { ...json(MarketSchema, 'the saved, active market'), ...errors(400, 413, 415) },
});

/** Everyone with their role classified, kept until contacts or ties change: a preview per keystroke only scores. */
function population(deps: ApiDeps) {
  return deps.read('market population', () => loadMarketPopulation(deps.context), 'market');
}

async function suggestion(deps: ApiDeps) {
  const people = await population(deps);
  if (people.people.length === 0) {
    return { contacts: 0, candidates: { companies: [], functions: [], seniorities: [], industries: [], locations: [], currentEmployer: null }, draft: null, preview: null };
  }
  const made = suggestFromPopulation(people);
  return { contacts: made.suggestion.contacts, candidates: made.suggestion, draft: made.draft as unknown as Record<string, unknown>, preview: made.preview };
}

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

  app.openapi(suggestionRoute, async (c) => c.json(await deps.read('market suggestion', () => suggestion(deps), 'market'), 200));

  app.openapi(vocabularyRoute, (c) => c.json(targetVocabulary(), 200));

  app.openapi(previewRoute, async (c) => {
    const { market } = c.req.valid('json');
    return c.json(previewDraft(await population(deps), market), 200);
  });

  app.openapi(putMarketRoute, async (c) => {
    const { market } = c.req.valid('json');
    // Refused before waiting for the write queue, with every problem by field.
    validDraft(market);
    return c.json(await deps.write(() => setTargetDraft(deps.context, market)), 200);
  });

  app.openapi(useRoute, async (c) => {
    const { name } = c.req.valid('json');
    return c.json(await deps.write(() => useTarget(deps.context, name)), 200);
  });

  return app;
}
