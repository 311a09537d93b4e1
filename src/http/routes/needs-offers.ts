// /api/needs and /api/offers: what contacts struggle with and what they can help with (stated, or derived from imports).
import { createRoute, z } from '@hono/zod-openapi';
import { addNeed, closeNeed, listNeeds } from '../../app/needs.ts';
import { addOffer, closeOffer, listOffers } from '../../app/offers.ts';
import { NEED_LIMITS } from '../../core/referrals/need.ts';
import { OFFER_LIMITS, OFFER_SOURCES } from '../../core/referrals/offer.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, optionalBody, page, pageOf, pagingFields } from '../schemas.ts';

export const PartySchema = z.object({ id: z.string(), name: z.string(), company: z.string(), title: z.string() }).openapi('Party');

export const NeedSchema = z
  .object({ id: z.string(), text: z.string(), topic: z.string(), deadline: z.string(), status: z.enum(['open', 'closed']), closeNote: z.string(), createdAt: z.string(), closedAt: z.string(), contact: PartySchema })
  .openapi('Need');

export const OfferSchema = z
  .object({ id: z.string().nullable().openapi({ description: 'null for an offer derived from imports' }), text: z.string(), source: z.enum(OFFER_SOURCES), status: z.enum(['open', 'closed']), createdAt: z.string(), closedAt: z.string(), contact: PartySchema })
  .openapi('Offer');

const status = z.enum(['open', 'closed', 'all']).default('open');
const contactRef = z.string().min(1).max(500);
const idParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });

const listNeedsRoute = createRoute({
  method: 'get',
  path: '/needs',
  operationId: 'listNeeds',
  summary: "Contacts' needs (open by default), newest first",
  request: { query: z.strictObject({ status, contact: contactRef.optional(), ...pagingFields }) },
  responses: { ...json(pageOf(NeedSchema), 'a page of needs'), ...errors(400, 404, 409) },
});

const addNeedRoute = createRoute({
  method: 'post',
  path: '/needs',
  operationId: 'addNeed',
  summary: 'Record what a contact needs help with ("their team struggles with a SOC 2 audit")',
  request: {
    ...body(z.strictObject({ contact: contactRef, text: z.string().min(1).max(NEED_LIMITS.maxText), topic: z.string().max(NEED_LIMITS.maxTopic).optional(), deadline: z.string().max(10).optional().openapi({ description: 'YYYY-MM-DD' }) })),
  },
  responses: { ...json(NeedSchema, 'the need'), ...errors(400, 404, 409, 413, 415) },
});

const closeNeedRoute = createRoute({
  method: 'post',
  path: '/needs/{id}/close',
  operationId: 'closeNeed',
  summary: 'Close a need (solved, or no longer relevant)',
  request: { params: idParam, ...optionalBody(z.strictObject({ note: z.string().max(NEED_LIMITS.maxText).optional() })) },
  responses: { ...json(NeedSchema, 'the closed need'), ...errors(400, 404, 409, 413, 415) },
});

const listOffersRoute = createRoute({
  method: 'get',
  path: '/offers',
  operationId: 'listOffers',
  summary: 'What contacts can help with: stated offers first, then offers derived from positions, skills, endorsements, tags',
  request: { query: z.strictObject({ status, contact: contactRef.optional(), source: z.enum(OFFER_SOURCES).optional(), ...pagingFields }) },
  responses: { ...json(pageOf(OfferSchema), 'a page of offers'), ...errors(400, 404, 409) },
});

const addOfferRoute = createRoute({
  method: 'post',
  path: '/offers',
  operationId: 'addOffer',
  summary: 'State what a contact can help with',
  request: { ...body(z.strictObject({ contact: contactRef, text: z.string().min(1).max(OFFER_LIMITS.maxText) })) },
  responses: { ...json(OfferSchema, 'the offer'), ...errors(400, 404, 409, 413, 415) },
});

const closeOfferRoute = createRoute({
  method: 'post',
  path: '/offers/{id}/close',
  operationId: 'closeOffer',
  summary: 'Close a stated offer',
  request: { params: idParam },
  responses: { ...json(OfferSchema, 'the closed offer'), ...errors(404, 409) },
});

export function needsOffersRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(listNeedsRoute, async (c) => {
    const { limit, offset, ...query } = c.req.valid('query');
    return c.json(page(await deps.read(`needs ${JSON.stringify(query)}`, () => listNeeds(context, query), 'referability'), limit, offset), 200);
  });
  app.openapi(addNeedRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => addNeed(context, input), 'referability'), 200);
  });
  app.openapi(closeNeedRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { note } = c.req.valid('json');
    return c.json(await deps.write(() => closeNeed(context, id, { note }), 'referability'), 200);
  });

  app.openapi(listOffersRoute, async (c) => {
    const { limit, offset, ...query } = c.req.valid('query');
    const all = await deps.read(`offers ${JSON.stringify(query)}`, () => listOffers(context, query), 'referability');
    return c.json(page(all.offers, limit, offset), 200);
  });
  app.openapi(addOfferRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => addOffer(context, input), 'referability'), 200);
  });
  app.openapi(closeOfferRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await deps.write(() => closeOffer(context, id), 'referability'), 200);
  });

  return app;
}
