// /api/intros: suggested introductions, and the double opt-in workflow from proposal to outcome.
import { createRoute, z } from '@hono/zod-openapi';
import { advanceIntroduction, listIntroductions, proposeIntroduction, showIntroduction, suggestIntroductions } from '../../app/intros.ts';
import { INTRO_OUTCOMES, INTRO_STATES } from '../../core/referrals/intro-workflow.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, page, pageOf, pagingFields } from '../schemas.ts';
import { PartySchema } from './needs-offers.ts';

export const IntroSchema = z
  .object({
    id: z.string(),
    state: z.enum(INTRO_STATES),
    recordedState: z.enum(INTRO_STATES),
    need: z.object({ id: z.string(), text: z.string(), topic: z.string() }).nullable(),
    seeker: PartySchema,
    helper: PartySchema,
    outcome: z.string(),
    history: z.array(z.object({ state: z.enum(INTRO_STATES), at: z.string(), note: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Introduction');

export const DraftSchema = z
  .object({
    step: z.object({
      template: z.string(),
      to: z.enum(['seeker', 'helper', 'both']).openapi({ description: 'who the message goes to' }),
      then: z.enum(INTRO_STATES).nullable().openapi({ description: 'the state to record once it is sent' }),
      label: z.string(),
    }),
    text: z.string().openapi({ description: 'the message, ready to copy and send' }),
    unfilled: z.array(z.string()).openapi({ description: 'placeholders left unfilled' }),
  })
  .openapi('IntroDraft');

const idParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });
const contactRef = z.string().min(1).max(500);

const IntroSuggestionSchema = z
  .object({
    need: z.object({ id: z.string(), text: z.string(), topic: z.string(), deadline: z.string(), contact: z.object({ id: z.string(), name: z.string() }) }),
    helper: z.object({ id: z.string(), name: z.string(), company: z.string(), title: z.string() }),
    score: z.number(),
    reasons: z.array(z.string()),
    matchedTerms: z.array(z.string()),
    parts: z.object({ relevance: z.number(), helperTie: z.number(), seekerTie: z.number(), fit: z.number(), urgency: z.number(), rotation: z.number() }),
  })
  .openapi('IntroSuggestion');

const suggestRoute = createRoute({
  method: 'get',
  path: '/intros/suggestions',
  operationId: 'suggestIntros',
  summary: 'The best introductions to make now, with reasons (same as `referable intros suggest --json`)',
  request: { query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(10), perNeed: z.coerce.number().int().min(1).max(20).default(1) }) },
  responses: { ...json(z.array(IntroSuggestionSchema), 'suggestions, best first'), ...errors(400) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/intros',
  operationId: 'listIntros',
  summary: 'Introductions, most recently changed first, optionally in one state or with one contact (as seeker or helper)',
  request: { query: z.strictObject({ state: z.enum(INTRO_STATES).optional(), contact: contactRef.optional(), ...pagingFields }) },
  responses: { ...json(pageOf(IntroSchema), 'a page of introductions'), ...errors(400, 404, 409) },
});

const proposeRoute = createRoute({
  method: 'post',
  path: '/intros',
  operationId: 'proposeIntro',
  summary: 'Propose an introduction: for a need (the seeker is its contact) or between two named people',
  request: { ...body(z.strictObject({ need: z.string().min(1).max(100).optional(), seeker: contactRef.optional(), helper: contactRef, note: z.string().max(2000).optional() })) },
  responses: { ...json(z.object({ intro: IntroSchema, warnings: z.array(z.string()) }), 'the introduction, with cool-down warnings'), ...errors(400, 404, 409, 413, 415) },
});

const showRoute = createRoute({
  method: 'get',
  path: '/intros/{id}',
  operationId: 'getIntro',
  summary: 'One introduction with its history, next states and the draft message for the next step',
  request: { params: idParam },
  responses: { ...json(IntroSchema.extend({ draft: DraftSchema.nullable() }), 'the introduction'), ...errors(404) },
});

const advanceRoute = createRoute({
  method: 'post',
  path: '/intros/{id}/advance',
  operationId: 'advanceIntro',
  summary: 'Move an introduction on (asked-seeker, asked-helper, made, closed, declined); impossible moves are refused',
  request: { params: idParam, ...body(z.strictObject({ to: z.enum(INTRO_STATES), note: z.string().max(2000).optional(), outcome: z.enum(INTRO_OUTCOMES).optional() })) },
  responses: { ...json(z.object({ intro: IntroSchema, warnings: z.array(z.string()), ledgerEvents: z.array(z.string()) }), 'the introduction after the move'), ...errors(400, 404, 409, 413, 415) },
});

export function introRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(suggestRoute, async (c) => {
    const { limit, perNeed } = c.req.valid('query');
    return c.json(await deps.read(`intro suggestions ${limit} ${perNeed}`, () => suggestIntroductions(context, { limit, perNeed }), 'referability'), 200);
  });
  app.openapi(listRoute, async (c) => {
    const { state, contact, limit, offset } = c.req.valid('query');
    return c.json(page(await deps.read(`intros ${JSON.stringify([state ?? '', contact ?? ''])}`, () => listIntroductions(context, { state, contact }), 'referability'), limit, offset), 200);
  });
  app.openapi(proposeRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => proposeIntroduction(context, input), 'referability'), 200);
  });
  app.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await showIntroduction(context, id), 200);
  });
  app.openapi(advanceRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await deps.write(() => advanceIntroduction(context, id, input), 'referability'), 200);
  });

  return app;
}
