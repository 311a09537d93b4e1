// /api/content and /api/settings: the content ledger with its go-to score, who a piece is for; the workspace settings.
import { createRoute, z } from '@hono/zod-openapi';
import { addContent, CONTENT_KINDS, CONTENT_LIMITS, contentPicture, suggestForContent } from '../../app/content.ts';
import { setSettingsText, showSettings } from '../../app/settings.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, NextActionSchema, page, pagingFields } from '../schemas.ts';

const ContentItemSchema = z
  .object({ url: z.string(), kind: z.enum(CONTENT_KINDS), title: z.string(), publishedOn: z.string(), sharedUrl: z.string(), source: z.string(), topics: z.array(z.string()), focus: z.array(z.string()) })
  .openapi('ContentItem');

const GoToPartSchema = z.object({
  name: z.enum(['focus', 'cadence', 'mix']),
  points: z.number(),
  max: z.number(),
  value: z.number().nullable().openapi({ description: 'share (0–1), items per week, or shared per created (null when nothing was created)' }),
  goal: z.number(),
  explanation: z.string(),
  action: z.union([NextActionSchema, z.null()]),
});

// Typed, not a loose object: the dashboard shows the parts, their explanations and the evidence count.
const GoToScoreSchema = z
  .object({
    score: z.number().openapi({ description: '0–100, the sum of the parts' }),
    items: z.number().int().openapi({ description: 'items dated in the window: the evidence the shares are weighed by' }),
    created: z.number().int(),
    shared: z.number().int(),
    onFocus: z.number().int(),
    window: z.object({ from: z.string(), to: z.string(), weeks: z.number().int() }),
    weekly: z.array(z.number().int()).openapi({ description: 'items per week over the window, oldest first' }),
    parts: z.array(GoToPartSchema),
    actions: z.array(NextActionSchema),
    totalItems: z.number().int().openapi({ description: 'items of any date' }),
    focusTopics: z.array(z.string()),
  })
  .openapi('GoToScore');

const listRoute = createRoute({
  method: 'get',
  path: '/content',
  operationId: 'getContent',
  summary: 'The content ledger (created and shared, newest first) with the go-to score for your focus topics',
  request: { query: z.strictObject({ ...pagingFields }) },
  responses: {
    ...json(
      z.object({ score: GoToScoreSchema, focusTopics: z.array(z.string()), hasMarket: z.boolean(), items: z.array(ContentItemSchema), total: z.number(), limit: z.number(), offset: z.number() }),
      'the score and a page of items',
    ),
    ...errors(400),
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/content',
  operationId: 'addContent',
  summary: 'Add a piece you created or shared',
  request: {
    ...body(
      z.strictObject({
        url: z.string().min(1).max(2000),
        title: z.string().min(1).max(CONTENT_LIMITS.maxTitle),
        kind: z.enum(CONTENT_KINDS),
        on: z.string().max(10).optional().openapi({ description: 'YYYY-MM-DD; today when left out' }),
        topics: z.array(z.string().max(CONTENT_LIMITS.maxTopic)).max(CONTENT_LIMITS.maxTopics).optional(),
      }),
    ),
  },
  responses: { ...json(ContentItemSchema, 'the item'), ...errors(400, 409, 413, 415) },
});

const suggestRoute = createRoute({
  method: 'get',
  path: '/content/suggest',
  operationId: 'suggestContent',
  summary: 'The in-market contacts a piece (by URL) or a topic is most relevant to, with reasons',
  request: { query: z.strictObject({ url: z.string().max(2000).optional(), topic: z.string().max(CONTENT_LIMITS.maxTopic).optional(), limit: z.coerce.number().int().min(1).max(200).default(10) }) },
  responses: {
    ...json(
      z.object({
        piece: z.object({ url: z.string(), title: z.string(), topics: z.array(z.string()), inLedger: z.boolean() }),
        suggestions: z.array(z.object({ contactId: z.string(), name: z.string(), company: z.string(), title: z.string(), relevance: z.number(), reasons: z.array(z.string()) })),
        considered: z.number(),
      }),
      'suggestions, most relevant first',
    ),
    ...errors(400, 404),
  },
});

const showSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  operationId: 'getSettings',
  summary: 'The workspace settings: the YAML you set (empty for defaults) and the effective values',
  responses: { ...json(z.object({ text: z.string(), settings: z.looseObject({}) }), 'the settings') },
});

const setSettingsRoute = createRoute({
  method: 'put',
  path: '/settings',
  operationId: 'setSettings',
  summary: 'Replace the settings with YAML text (validated first; an invalid text changes nothing; empty restores defaults)',
  request: { ...body(z.strictObject({ text: z.string().max(200_000) })) },
  responses: { ...json(z.object({ text: z.string(), settings: z.looseObject({}) }), 'the new settings'), ...errors(400, 413, 415) },
});

export function contentRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(listRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    const { items, ...picture } = await deps.read('content', () => contentPicture(context), 'referability');
    return c.json({ ...picture, ...page(items, limit, offset) }, 200);
  });
  app.openapi(addRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => addContent(context, input), 'referability'), 200);
  });
  app.openapi(suggestRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await deps.read(`content suggest ${JSON.stringify(query)}`, () => suggestForContent(context, query), 'referability'), 200);
  });

  app.openapi(showSettingsRoute, async (c) => c.json(await deps.read('settings', () => showSettings(context), 'referability'), 200));
  app.openapi(setSettingsRoute, async (c) => {
    const { text } = c.req.valid('json');
    return c.json(await deps.write(() => setSettingsText(context, 'settings.yaml', text), 'referability'), 200);
  });

  return app;
}
