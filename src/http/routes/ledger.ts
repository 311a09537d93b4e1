// /api/ledger and /api/index: referrals given and received, the balance, thank-yous owed, and the referability index.
import { createRoute, z } from '@hono/zod-openapi';
import { addReferral, ledgerBalance, listLedger, recordOutcome, recordThankYou, thankYousOwed } from '../../app/ledger.ts';
import { computeIndex, indexHistory } from '../../app/referability-index.ts';
import { REFERRAL_DIRECTIONS, REFERRAL_KINDS, REFERRAL_OUTCOMES } from '../../core/referrals/referral-ledger.ts';
import type { ApiDeps } from '../api-deps.ts';
import { cachedReport } from './report.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, NextActionSchema, page, pageOf, pagingFields } from '../schemas.ts';

export const LedgerEntrySchema = z
  .object({
    id: z.string(),
    direction: z.enum(REFERRAL_DIRECTIONS),
    kind: z.enum(REFERRAL_KINDS),
    contactId: z.string(),
    contactName: z.string(),
    otherContactId: z.string(),
    otherName: z.string(),
    company: z.string(),
    outcome: z.string(),
    latestOutcome: z.string(),
    note: z.string(),
    occurredOn: z.string(),
    recordedAt: z.string(),
    follows: z.string(),
    introId: z.string(),
  })
  .openapi('LedgerEntry');

const ThankYouSchema = z
  .object({ contactId: z.string(), name: z.string(), eventId: z.string(), occurredOn: z.string(), kind: z.enum(REFERRAL_KINDS), company: z.string(), outcome: z.string() })
  .openapi('ThankYouDue');

const contactRef = z.string().min(1).max(500);
const day = z.string().max(10).openapi({ description: 'YYYY-MM-DD; today when left out' });
const note = z.string().max(2000);

const TallyFields = {
  given: z.number(),
  received: z.number(),
  balance: z.number().openapi({ description: 'given - received: above zero you have given more than you received' }),
};

const LedgerBalanceSchema = z
  .object({
    contact: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: 'the contact asked for, or null for the whole ledger' }),
    overall: z.object(TallyFields),
    perContact: z.array(z.object({ ...TallyFields, contactId: z.string(), name: z.string(), lastOn: z.string() })),
    months: z.array(z.object({ month: z.string(), given: z.number(), received: z.number(), cumulativeBalance: z.number() })).openapi({ description: 'the last 12 months, oldest first' }),
    thankYousOwed: z.number(),
  })
  .openapi('LedgerBalance');

const PillarSchema = z
  .object({
    name: z.enum(['reach', 'breadth', 'reciprocity', 'go-to']),
    label: z.string(),
    score: z.number().openapi({ description: '0-25, one decimal' }),
    max: z.number(),
    explanation: z.string(),
    parts: z.array(z.object({ name: z.string(), points: z.number(), max: z.number(), detail: z.string() })),
    actions: z.array(NextActionSchema).openapi({ description: 'next best actions, most useful first; empty when the pillar is full' }),
  })
  .openapi('IndexPillar');

const ReferabilityIndexSchema = z
  .object({ score: z.number(), asOf: z.string(), market: z.string(), pillars: z.array(PillarSchema), nextAction: z.union([NextActionSchema, z.null()]).openapi({ description: 'the single most useful step: the first action of the pillar furthest from full' }) })
  .openapi('ReferabilityIndex');

const listRoute = createRoute({
  method: 'get',
  path: '/ledger',
  operationId: 'listLedger',
  summary: 'The referral ledger (append-only), optionally for one contact',
  request: { query: z.strictObject({ contact: contactRef.optional(), ...pagingFields }) },
  responses: { ...json(pageOf(LedgerEntrySchema), 'a page of ledger entries'), ...errors(400, 404, 409) },
});

const addRoute = createRoute({
  method: 'post',
  path: '/ledger',
  operationId: 'addLedgerEntry',
  summary: 'Record a referral given or received',
  request: {
    ...body(
      z.strictObject({
        direction: z.enum(REFERRAL_DIRECTIONS),
        kind: z.enum(REFERRAL_KINDS),
        contact: contactRef,
        other: contactRef.optional(),
        company: z.string().max(200).optional(),
        outcome: z.enum(REFERRAL_OUTCOMES).optional(),
        on: day.optional(),
        note: note.optional(),
      }),
    ),
  },
  responses: { ...json(LedgerEntrySchema, 'the entry'), ...errors(400, 404, 409, 413, 415) },
});

const outcomeRoute = createRoute({
  method: 'post',
  path: '/ledger/{id}/outcome',
  operationId: 'recordLedgerOutcome',
  summary: 'A later outcome of a referral (meeting, interview, offer, hire, deal), appended as a new entry',
  request: { params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) }), ...body(z.strictObject({ outcome: z.enum(REFERRAL_OUTCOMES), on: day.optional(), note: note.optional() })) },
  responses: { ...json(LedgerEntrySchema, 'the new entry'), ...errors(400, 404, 409, 413, 415) },
});

const balanceRoute = createRoute({
  method: 'get',
  path: '/ledger/balance',
  operationId: 'getLedgerBalance',
  summary: 'Given vs received overall, per contact and per month',
  request: { query: z.strictObject({ contact: contactRef.optional(), months: z.coerce.number().int().min(1).max(120).optional() }) },
  responses: { ...json(LedgerBalanceSchema, 'the balance'), ...errors(400, 404, 409) },
});

const thanksRoute = createRoute({
  method: 'get',
  path: '/ledger/thanks',
  operationId: 'listThanksDue',
  summary: 'Thank-yous owed: referrals received (or good outcomes) not yet thanked',
  responses: { ...json(z.array(ThankYouSchema), 'thank-yous owed') },
});

const thankRoute = createRoute({
  method: 'post',
  path: '/ledger/thanks',
  operationId: 'recordThanks',
  summary: 'Record a thank-you sent to a contact (settles what was owed to them)',
  request: { ...body(z.strictObject({ contact: contactRef, on: day.optional(), note: note.optional() })) },
  responses: { ...json(z.object({ contactId: z.string(), name: z.string(), on: z.string(), settled: z.array(ThankYouSchema) }), 'what the thank-you settled'), ...errors(400, 404, 409, 413, 415) },
});

const indexRoute = createRoute({
  method: 'get',
  path: '/index',
  operationId: 'getReferabilityIndex',
  summary: "The referability index 0-100 in four pillars, each explained with next actions (saves today's snapshot, like the CLI)",
  responses: { ...json(ReferabilityIndexSchema, 'the index'), ...errors(404) },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/index/history',
  operationId: 'getReferabilityHistory',
  summary: 'Daily snapshots of the index',
  responses: { ...json(z.object({ snapshots: z.array(z.looseObject({ score: z.number() })), change: z.number().nullable() }), 'the snapshots') },
});

/**
 * The index, computed once per data version. Computing it saves today's snapshot (one per day): cached like a read, so
 * it is saved once per data version. From the report the server keeps: on a fresh server the overview asks for both at
 * once, and scoring everyone twice side by side (30,000 contacts) doubled the wait for the first numbers.
 */
export function cachedIndex(deps: ApiDeps) {
  return deps.read('index', () => computeIndex(deps.context, { report: () => cachedReport(deps) }), 'referability');
}

export function ledgerRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(listRoute, async (c) => {
    const { contact, limit, offset } = c.req.valid('query');
    return c.json(page(await deps.read(`ledger ${contact ?? ''}`, () => listLedger(context, { contact }), 'referability'), limit, offset), 200);
  });
  app.openapi(addRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => addReferral(context, input), 'referability'), 200);
  });
  app.openapi(outcomeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await deps.write(() => recordOutcome(context, id, input), 'referability'), 200);
  });
  app.openapi(balanceRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await deps.read(`ledger balance ${JSON.stringify(query)}`, () => ledgerBalance(context, query), 'referability'), 200);
  });
  app.openapi(thanksRoute, async (c) => c.json(await deps.read('thanks owed', () => thankYousOwed(context), 'referability'), 200));
  app.openapi(thankRoute, async (c) => {
    const { contact, ...input } = c.req.valid('json');
    return c.json(await deps.write(() => recordThankYou(context, contact, input), 'referability'), 200);
  });

  app.openapi(indexRoute, async (c) => c.json(await cachedIndex(deps), 200));
  app.openapi(historyRoute, async (c) => c.json(await indexHistory(context), 200));

  return app;
}
