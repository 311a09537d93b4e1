// /api/plan, /api/interactions, /api/cadence: the weekly plan, ticking items off, logging touches, who is losing touch.
import { createRoute, z } from '@hono/zod-openapi';
import { todayOf } from '../../app/app-context.ts';
import { cadenceReport, INTERACTION_KINDS, logInteraction, MAX_INTERACTION_MINUTES } from '../../app/interactions.ts';
import { minuteNow, planCalendar } from '../../app/plan-ics.ts';
import { markPlanItem } from '../../app/plan-marks.ts';
import { MAX_BUDGET_MINUTES, planReview, weeklyPlan, type PlanView } from '../../app/plan.ts';
import { loadSettings } from '../../app/settings.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { INTRO_STATES } from '../../core/referrals/intro-workflow.ts';
import { DraftSchema } from './intros.ts';
import { body, errors, json, optionalBody } from '../schemas.ts';

const PersonSchema = z.object({ id: z.string(), name: z.string(), company: z.string(), title: z.string() });

const PlanItemSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    minutes: z.number(),
    why: z.string(),
    status: z.string(),
    value: z.number(),
    contact: PersonSchema.nullable(),
    other: PersonSchema.nullable(),
    needId: z.string(),
    contentUrl: z.string(),
    doneAt: z.string(),
  })
  .openapi('PlanItem');

const PlanSchema = z
  .object({
    planId: z.string(),
    weekStart: z.string(),
    isoWeek: z.string().openapi({ description: 'the ISO week, e.g. 2026-W49' }),
    when: z.enum(['past', 'current', 'future']).openapi({ description: "the week against the user's today: only the current week's items can be ticked" }),
    notes: z.array(z.string()),
    budgetMinutes: z.number(), totalMinutes: z.number(), items: z.array(PlanItemSchema), skipped: z.array(PlanItemSchema), planned: z.boolean() })
  .openapi('Plan', { description: 'the same JSON as `referable plan --json`' });

const minutes = z.number().int().min(1).max(MAX_BUDGET_MINUTES);
const week = z.string().min(1).max(20).openapi({ description: 'this (default), next, an ISO week (2026-W50) or a day in the week (YYYY-MM-DD)' });
const weekQuery = z.strictObject({ week: week.optional() });
const itemParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, description: 'the item id shown in the plan' }) });

const getRoute = createRoute({
  method: 'get',
  path: '/plan',
  operationId: 'getPlan',
  summary: "This week's plan (or ?week=next). The first look of a week makes it (and stores it); a new budget or a replan is POST /api/plan",
  request: { query: weekQuery },
  responses: { ...json(PlanSchema, 'the plan'), ...errors(400, 404) },
});

const replanRoute = createRoute({
  method: 'post',
  path: '/plan',
  operationId: 'makePlan',
  summary: 'Replan the week (what is not done yet), with a new budget in minutes or the current one',
  request: { ...optionalBody(z.strictObject({ minutes: minutes.optional(), week: week.optional() })) },
  responses: { ...json(PlanSchema, 'the new plan'), ...errors(400, 404, 413, 415) },
});

const markRoute = (status: 'done' | 'skip') =>
  createRoute({
    method: 'post',
    path: `/plan/items/{id}/${status}`,
    operationId: status === 'done' ? 'completePlanItem' : 'skipPlanItem',
    summary: status === 'done' ? 'Tick an item off: records the interaction(s) (resets cadence, strengthens the tie); an introduction moves into the double opt-in' : 'Skip an item this week',
    request: { params: itemParam },
    responses: {
      ...json(
        z.object({
          item: PlanItemSchema,
          interactionsRecorded: z.number(),
          introduction: z
            .object({
              introId: z.string(),
              created: z.boolean().openapi({ description: 'false when it linked the introduction already in the workflow for that pair and need' }),
              askedSeeker: z.boolean().openapi({ description: 'true when the tick recorded "asked A"' }),
              state: z.enum(INTRO_STATES),
              draft: DraftSchema.nullable().openapi({ description: 'the next message of the double opt-in' }),
            })
            .nullable()
            .openapi({ description: 'for an introduction: the double-opt-in introduction the tick moved it into' }),
          dropped: z.array(PlanItemSchema).openapi({ description: 'planned items taken out to keep the week within its budget' }),
          budgetMinutes: z.number(),
          notes: z.array(z.string()),
        }),
        'the item',
      ),
      ...errors(404, 409),
    },
  });

const Count = z.object({ items: z.number(), minutes: z.number() });

const PlanReviewSchema = z
  .object({
    weekStart: z.string(),
    planned: Count,
    done: Count,
    skipped: Count,
    open: Count,
    completion: z.number().openapi({ description: 'done / (planned - skipped), 0-1; 0 for an empty week' }),
    byKind: z.array(z.object({ kind: z.string(), planned: z.number(), done: z.number(), skipped: z.number() })),
    minutesSpent: z.number(),
    loggedInteractions: z.number(),
    inMarketConnectionsGained: z.number(),
    introsGiven: z.number(),
    connectionRequestsSent: z.number(),
    streak: z.number(),
    budgetMinutes: z.number(),
    hasPlan: z.boolean(),
  })
  .openapi('PlanReview');

const CadenceReportSchema = z
  .object({
    asOf: z.string(),
    tiers: z.array(z.object({ name: z.string(), idealDays: z.number(), maxDays: z.number(), tags: z.array(z.string()), inMarket: z.boolean() })),
    losingTouch: z.array(
      z.object({
        contactId: z.string(),
        name: z.string(),
        company: z.string(),
        title: z.string(),
        fit: z.number(),
        tier: z.string(),
        maxDays: z.number(),
        daysSinceLastTouch: z.number().nullable(),
        lastTouch: z.string(),
        status: z.enum(['lapsed', 'never in touch']),
      }),
    ),
    total: z.number(),
    lapsed: z.number(),
    neverInTouch: z.number(),
  })
  .openapi('CadenceReport');

const reviewRoute = createRoute({
  method: 'get',
  path: '/plan/review',
  operationId: 'getPlanReview',
  summary: 'Planned vs done this week (or ?week=), minutes spent, in-market connections gained, intros given, streak',
  request: { query: weekQuery },
  responses: { ...json(PlanReviewSchema, 'the review') },
});

const calendarRoute = createRoute({
  method: 'get',
  path: '/plan/calendar',
  operationId: 'getPlanCalendar',
  summary: "The plan's open items as time blocks in an iCalendar (.ics) file, from now on (never in the past)",
  request: { query: weekQuery },
  responses: { 200: { content: { 'text/calendar': { schema: z.string() } }, description: 'an .ics download' }, ...errors(404) },
});

const logRoute = createRoute({
  method: 'post',
  path: '/interactions',
  operationId: 'logInteraction',
  summary: 'Log a touch with a contact (a message, call, coffee chat...): resets their cadence and strengthens the tie',
  request: {
    ...body(
      z.strictObject({
        contact: z.string().min(1).max(500),
        what: z.string().max(500).optional().openapi({ description: 'what happened, in your words ("coffee chat"); also the kind when it names one' }),
        kind: z.enum(INTERACTION_KINDS).optional(),
        minutes: z.number().int().min(0).max(MAX_INTERACTION_MINUTES).optional(),
        on: z.string().max(10).optional().openapi({ description: 'YYYY-MM-DD, today by default; never in the future' }),
        note: z.string().max(2000).optional(),
      }),
    ),
  },
  responses: {
    ...json(z.object({ id: z.string(), contact: z.object({ id: z.string(), name: z.string(), company: z.string() }), kind: z.string(), minutes: z.number(), note: z.string(), occurredAt: z.string(), on: z.string().openapi({ description: 'the day it happened, in your time zone' }) }), 'the interaction'),
    ...errors(400, 404, 409, 413, 415),
  },
});

const losingTouchRoute = createRoute({
  method: 'get',
  path: '/cadence/losing-touch',
  operationId: 'listLosingTouch',
  summary: 'In-market contacts past their cadence tier: lapsed relationships first, then people never in touch since connecting; each group by market fit, then the longest overdue',
  request: { query: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  responses: { ...json(CadenceReportSchema, 'who is losing touch'), ...errors(400, 404) },
});

export function planRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;
  /** Serialised like a write: the first look of the week makes the plan (a write); later looks only read it. */
  const plan = (options: { minutes?: number; replan?: boolean; week?: string }) => deps.write(() => weeklyPlan(context, options), (result: PlanView) => (result.planned ? 'referability' : 'nothing'));

  app.openapi(getRoute, async (c) => c.json(await plan({ week: c.req.valid('query').week }), 200));
  app.openapi(replanRoute, async (c) => {
    const { minutes: budget, week: chosen } = c.req.valid('json');
    return c.json(await plan({ minutes: budget, replan: true, week: chosen }), 200);
  });
  for (const [status, stored] of [['done', 'done'], ['skip', 'skipped']] as const) {
    app.openapi(markRoute(status), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await deps.write(() => markPlanItem(context, id, stored), stored === 'done' ? 'everything' : 'referability'), 200);
    });
  }
  app.openapi(reviewRoute, async (c) => {
    const chosen = c.req.valid('query').week;
    return c.json(await deps.read(`plan review ${chosen ?? ''}`, () => planReview(context, { week: chosen }), 'referability'), 200);
  });
  app.openapi(calendarRoute, async (c) => {
    const [view, settings] = await Promise.all([plan({ week: c.req.valid('query').week }), loadSettings(context)]);
    const now = context.now();
    const { text } = planCalendar(view, { today: todayOf(context), dayStartHour: settings.planner.dayStartHour, now, nowMinute: minuteNow(context) });
    return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="referable-plan-${view.weekStart}.ics"` }) as never;
  });

  app.openapi(logRoute, async (c) => {
    const input = c.req.valid('json');
    return c.json(await deps.write(() => logInteraction(context, input)), 200);
  });
  app.openapi(losingTouchRoute, async (c) => {
    const { limit } = c.req.valid('query');
    return c.json(await deps.read(`losing touch ${limit}`, () => cadenceReport(context, { limit }), 'referability'), 200);
  });

  return app;
}
