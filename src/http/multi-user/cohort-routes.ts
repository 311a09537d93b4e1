// /api/consents, /api/cohorts/{cohort}/..., /api/path-requests: what a member shares with each cohort, the cohort's
// pooled views (each teammate as far as they consent), warm paths and two-hop reach through teammates, a coach's
// read-only view of a member, and path requests between teammates. Read fresh on every request: no cache, so a
// revoked consent leaves every answer at once.
import { createRoute, z } from '@hono/zod-openapi';
import { CONSENT_AUDIENCE, CONSENT_DESCRIPTIONS, CONSENT_LEVELS } from '../../core/accounts/consent.ts';
import { PATH_REQUEST_STATES } from '../../core/accounts/path-request.ts';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { consentsFor, setConsent } from '../../app/accounts/consents.ts';
import { answerPathRequest, pathRequestsFor, requestPath } from '../../app/accounts/path-requests.ts';
import { memberView, pooledReachFor, pooledView, pooledWarmPaths } from '../../app/accounts/pooled-views.ts';
import { newRouter } from '../router.ts';
import { Interval } from '../routes/network.ts';
import { REACH_LIMITS } from '../../app/network-options.ts';
import { body, errors, json, optionalBody } from '../schemas.ts';
import { callerOf } from './account-routes.ts';

const SHARED_LEVELS = ['aggregates', 'companies', 'contacts'] as const;
const ref = z.string().min(1).max(200);
const cohortParam = z.object({ cohort: ref.openapi({ param: { name: 'cohort', in: 'path' }, description: 'the cohort name or id' }) });
const seekerWorkspace = z.string().min(1).max(80).optional().openapi({ description: 'your workspace (when you have several)' });

const ConsentSchema = z
  .object({
    cohort: z.object({ id: z.string(), name: z.string(), organisation: z.string() }),
    role: z.string().openapi({ description: 'your role in the cohort (owner, coach, member or viewer)' }),
    level: z.enum(CONSENT_LEVELS),
    workspace: z.string().nullable().openapi({ description: 'which of your workspaces the cohort sees (your first unless you chose another); null while you have none' }),
    means: z.string(),
    changedAt: z.string(),
    changedBy: z.string(),
  })
  .openapi('Consent');
const RoleCountSchema = z.object({ label: z.string(), count: z.number() });
const MemberShareSchema = z
  .object({
    member: z.string(),
    level: z.enum(SHARED_LEVELS),
    counts: z.object({ connections: z.number(), inMarket: z.number().nullable(), companies: z.number() }),
    companies: z.array(z.object({ company: z.string(), people: z.number(), roles: z.array(RoleCountSchema), titles: z.array(z.string()) })).optional(),
    contacts: z.array(z.object({ name: z.string(), company: z.string(), title: z.string(), linkedinUrl: z.string() })).optional(),
  })
  .openapi('MemberShare');
const CohortRef = z.object({ id: z.string(), name: z.string() });
const WarmPathSchema = z
  .object({ member: z.string(), company: z.string(), people: z.number(), roles: z.array(RoleCountSchema), sentence: z.string(), draft: z.string().openapi({ description: "the path request's message as the template drafts it (edit it, or send it as is)" }) })
  .openapi('PooledWarmPath');
const Counts = z.object({ people: z.number(), inMarket: z.number() });
const HopEstimateSchema = z.object({ runs: z.number().int(), expectedInMarket: Interval, expectedReached: Interval });
const PooledReachSchema = z
  .object({
    cohort: CohortRef,
    workspace: z.string(),
    market: z.string().nullable(),
    firstDegree: Counts,
    teammatesCounted: z.number(),
    teammatesCountsOnly: z.number(),
    secondDegree: Counts.extend({ ties: z.number(), alsoFirstDegree: z.number() }),
    withinTwoHops: Counts,
    noSecondDegree: z.string().nullable(),
    wordOfMouth: z
      .object({
        runsCap: z.number().int(),
        precision: z.object({ relative: z.number(), absolute: z.number() }).nullable(),
        seed: z.number().int(),
        threads: z.number().int(),
        graph: z.object({ people: z.number().int(), teammates: z.number().int(), ties: z.number().int() }),
        oneHop: HopEstimateSchema,
        twoHops: HopEstimateSchema,
        model: z.string(),
        askFirst: z.array(z.object({ kind: z.enum(['contact', 'teammate']), name: z.string(), marginalGain: z.number() })),
        askFirstGuarantee: z.string().nullable(),
      })
      .openapi({ description: 'Monte Carlo word of mouth over the pooled graph: expected people an ask reaches within one hop and within two, with 95% intervals' }),
  })
  .openapi('PooledReach');
const PathRequestSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['sent', 'received']),
    cohort: z.string(),
    seeker: z.string(),
    member: z.string(),
    company: z.string(),
    message: z.string(),
    state: z.enum(PATH_REQUEST_STATES),
    createdAt: z.string(),
    expiresAt: z.string(),
    history: z.array(z.object({ state: z.enum(PATH_REQUEST_STATES), at: z.string(), by: z.enum(['seeker', 'member', 'clock']), note: z.string() })),
    revealed: z.array(z.object({ name: z.string(), title: z.string(), company: z.string(), linkedinUrl: z.string() })),
  })
  .openapi('PathRequest');

const ConsentLevelSchema = z.object({ level: z.enum(CONSENT_LEVELS), means: z.string(), seenBy: z.string() }).openapi('ConsentLevel');
/** Every level, in order, with what it shows and to whom: what a member reads before choosing. */
const LEVELS = CONSENT_LEVELS.map((level) => ({ level, means: CONSENT_DESCRIPTIONS[level], seenBy: CONSENT_AUDIENCE[level] }));
const listConsents = createRoute({
  method: 'get',
  path: '/consents',
  operationId: 'listConsents',
  summary: 'What you share with each of your cohorts, and what each level shows to whom',
  responses: { ...json(z.object({ consents: z.array(ConsentSchema), levels: z.array(ConsentLevelSchema) }), 'your consents') },
});
const putConsent = createRoute({
  method: 'put',
  path: '/cohorts/{cohort}/consent',
  operationId: 'setCohortConsent',
  summary: 'Change what you share with a cohort, and from which of your workspaces: takes effect in every pooled view at once, and is audited',
  request: {
    params: cohortParam,
    ...body(z.strictObject({ level: z.enum(CONSENT_LEVELS), workspace: z.string().min(1).max(80).optional().openapi({ description: 'one of your workspaces (GET /api/workspaces): the one this cohort sees from now on; left out, it stays as it was' }) })),
  },
  responses: { ...json(ConsentSchema, 'your consent now'), ...errors(400, 404, 409) },
});
const pooled = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/pooled',
  operationId: 'getPooledView',
  summary: "The cohort's pooled view: every teammate who shares, as far as they share (nothing of one who shares nothing)",
  request: { params: cohortParam },
  responses: { ...json(z.object({ cohort: CohortRef, members: z.array(MemberShareSchema) }), 'the pooled view'), ...errors(404, 409) },
});
const member = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/members/{workspace}',
  operationId: 'getMemberView',
  summary: "A coach's read-only view of one member's workspace, as far as the member consents to this cohort",
  request: { params: cohortParam.extend({ workspace: z.string().min(1).max(80).openapi({ param: { name: 'workspace', in: 'path' } }) }) },
  responses: { ...json(MemberShareSchema.extend({ cohort: CohortRef, workspace: z.string() }), "the member's shared view"), ...errors(404, 409) },
});
const warmPaths = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/warm-paths',
  operationId: 'listPooledWarmPaths',
  summary: 'Teammates who know people at your target companies (or ?company=), described by role; names come only with an accepted path request',
  request: { params: cohortParam, query: z.strictObject({ company: z.string().min(1).max(200).optional(), workspace: seekerWorkspace }) },
  responses: { ...json(z.object({ cohort: CohortRef, companies: z.array(z.string()), paths: z.array(WarmPathSchema) }), 'warm paths'), ...errors(400, 404, 409) },
});
const reach = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/reach',
  operationId: 'getPooledReach',
  summary: 'Your 1-hop and 2-hop reach through the cohort, counted as far as each teammate consents',
  request: {
    params: cohortParam,
    query: z.strictObject({
      workspace: seekerWorkspace,
      ask: z.coerce.number().int().min(0).max(REACH_LIMITS.askMax).optional().openapi({ description: 'pick this many of your contacts and teammates to ask first (IMM over the pooled graph)' }),
    }),
  },
  responses: { ...json(PooledReachSchema, 'pooled reach'), ...errors(404, 409) },
});
const listRequests = createRoute({ method: 'get', path: '/path-requests', operationId: 'listPathRequests', summary: 'Path requests you sent or received, newest first, with their history', responses: { ...json(z.object({ requests: z.array(PathRequestSchema) }), 'path requests') } });
const createRequest = createRoute({
  method: 'post',
  path: '/path-requests',
  operationId: 'createPathRequest',
  summary: 'Ask a teammate for an introduction at a company (the message is drafted from the template when left out); expires after 14 days',
  request: body(z.strictObject({ cohort: ref, member: z.string().min(3).max(254), company: z.string().min(1).max(200), message: z.string().max(2000).optional(), workspace: seekerWorkspace })),
  responses: { ...json(PathRequestSchema, 'the request, pending'), ...errors(400, 404, 409) },
});
const answerRoutes = (['accept', 'decline', 'withdraw'] as const).map((answer) => ({
  answer,
  route: createRoute({
    method: 'post',
    path: `/path-requests/{id}/${answer}`,
    operationId: `${answer}PathRequest`,
    summary: answer === 'accept' ? 'Accept a path request: reveals your people at the company to the seeker and records it in both ledgers' : answer === 'decline' ? 'Decline a path request (nothing is revealed)' : 'Withdraw a path request you sent',
    request: { params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) }), ...optionalBody(z.strictObject({ note: z.string().max(500).optional() })) },
    responses: { ...json(PathRequestSchema, 'the request after the answer'), ...errors(404, 409) },
  }),
}));

export function cohortRoutes(accounts: AccountsContext) {
  const app = newRouter();
  const actorOf = (caller: ReturnType<typeof callerOf>) => ({ userId: caller.user.id, ip: caller.ip });

  app.openapi(listConsents, async (c) => c.json({ consents: await consentsFor(accounts, callerOf(c).user.id), levels: LEVELS }, 200));
  app.openapi(putConsent, async (c) => {
    const caller = callerOf(c);
    const { level, workspace } = c.req.valid('json');
    return c.json(await setConsent(accounts, actorOf(caller), caller.user.id, c.req.valid('param').cohort, level, workspace), 200);
  });
  app.openapi(pooled, async (c) => c.json(await pooledView(accounts, callerOf(c).user.id, c.req.valid('param').cohort), 200));
  app.openapi(member, async (c) => {
    const params = c.req.valid('param');
    return c.json(await memberView(accounts, callerOf(c).user.id, params.cohort, params.workspace), 200);
  });
  app.openapi(warmPaths, async (c) => c.json(await pooledWarmPaths(accounts, callerOf(c).user.id, c.req.valid('param').cohort, c.req.valid('query')), 200));
  app.openapi(reach, async (c) => c.json(await pooledReachFor(accounts, callerOf(c).user.id, c.req.valid('param').cohort, c.req.valid('query')), 200));
  app.openapi(listRequests, async (c) => c.json({ requests: await pathRequestsFor(accounts, callerOf(c).user.id) }, 200));
  app.openapi(createRequest, async (c) => c.json(await requestPath(accounts, actorOf(callerOf(c)), c.req.valid('json')), 200));
  for (const { answer, route } of answerRoutes) {
    app.openapi(route, async (c) => c.json(await answerPathRequest(accounts, actorOf(callerOf(c)), c.req.valid('param').id, answer, c.req.valid('json')?.note ?? ''), 200));
  }
  return app;
}
