// /api/cohorts/{cohort}/page, /coverage, /outcomes: the coach's cohort page (issue #14 section 4). For the roles that
// oversee the cohort's members (owner, coach, viewer); a member gets 403, a stranger to the cohort 404.
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { CONSENT_LEVELS } from '../../core/accounts/consent.ts';
import { COHORT_SORT_COLUMNS, FUNNEL_STAGES } from '../../core/accounts/cohort-dashboard.ts';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { cohortCoverage, cohortPage, outcomeReport, sessionHolderWithCohorts, tokenHolderWithCohorts, type CohortPage, type CohortWithRosterStamp } from '../../app/accounts/cohort-dashboard.ts';
import { namedToken, sessionCaller, tokenCaller, type CallerEnv } from './caller-auth.ts';
import { readSessionCookie } from './session-cookies.ts';
import { outcomeReportCsv, outcomeReportHtml } from '../../app/accounts/outcome-report-files.ts';
import { KeptEncodings } from '../kept-encodings.ts';
import { newRouter } from '../router.ts';
import { errors, json } from '../schemas.ts';
import { callerOf } from './account-routes.ts';

const cohortParam = z.object({ cohort: z.string().min(1).max(200).openapi({ param: { name: 'cohort', in: 'path' }, description: 'the cohort name or id' }) });
const CohortRef = z.object({ id: z.string(), name: z.string() });
const n = z.number().nullable();

const CohortMemberRowSchema = z
  .object({
    member: z.string(),
    level: z.enum(CONSENT_LEVELS),
    sharesNothing: z.boolean(),
    inMarket: n,
    inMarketGoal: n,
    index: n,
    indexChange: n,
    pillars: z.array(z.object({ name: z.string(), score: z.number(), change: n })),
    planDone: n,
    planPlanned: n,
    introsGiven: n,
    introsReceived: n,
    referralsGiven: n,
    referralsReceived: n,
    interviews: n,
    offers: n,
    lastActivity: z.string().nullable(),
    daysSinceActivity: n,
    daysSinceJoined: n.openapi({ description: 'days since joining the cohort, for a member with no activity yet (the stall clock starts there); null otherwise' }),
    stalled: z.boolean().nullable().openapi({ description: 'no activity for 14 days (counted from joining until a first one); null when the member shares nothing' }),
    workspace: z.string().nullable().openapi({ description: "the member's workspace, for GET /api/cohorts/{cohort}/members/{workspace}; null when they share nothing" }),
  })
  .openapi('CohortMemberRow');
const CohortPageSchema = z
  .object({
    cohort: CohortRef,
    today: z.string(),
    sort: z.object({ column: z.enum(COHORT_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }),
    members: z.array(CohortMemberRowSchema),
    stalled: z.number(),
  })
  .openapi('CohortPage');
const CoverageSchema = z
  .object({
    cohort: CohortRef,
    targets: z.number(),
    covered: z.number(),
    companies: z.array(z.object({ company: z.string(), people: z.number(), through: z.array(z.object({ member: z.string(), people: z.number(), contacts: z.array(z.string()).optional() })) })),
  })
  .openapi('CohortCoverage');
const FunnelSchema = z.object(Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, z.number()])) as Record<(typeof FUNNEL_STAGES)[number], z.ZodNumber>);
const OutcomeReportSchema = z
  .object({ cohort: CohortRef, generatedAt: z.string(), referral: FunnelSchema, cold: FunnelSchema, members: z.array(z.object({ member: z.string(), referral: FunnelSchema, cold: FunnelSchema })), notSharing: z.number() })
  .openapi('CohortOutcomeReport');

const page = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/page',
  operationId: 'getCohortPage',
  summary: "The coach's cohort page: each member's numbers as far as their consent allows, who has stalled, sorted by any column",
  request: {
    params: cohortParam,
    query: z.strictObject({ sort: z.enum(COHORT_SORT_COLUMNS).optional(), direction: z.enum(['asc', 'desc']).optional() }),
    headers: z.object({ 'if-none-match': z.string().optional().openapi({ description: 'the ETag of a page already held: 304 while it is still the page' }) }),
  },
  responses: { ...json(CohortPageSchema, 'the cohort page (with its ETag)'), 304: { description: 'the page is still the one whose ETag was given' }, ...errors(400, 404) },
});
const coverage = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/coverage',
  operationId: 'getCohortCoverage',
  summary: "The cohort's pooled coverage of target companies: who can reach each, with contacts' names only from members who share contacts",
  request: { params: cohortParam, query: z.strictObject({ company: z.union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).max(50)]).optional() }) },
  responses: { ...json(CoverageSchema, 'pooled coverage'), ...errors(400, 404) },
});
const outcomes = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/outcomes',
  operationId: 'getCohortOutcomes',
  summary: 'The outcome report for outplacement clients: referrals → interviews → offers → hires, referral vs cold (JSON, CSV or a self-contained HTML page); audited as an export',
  request: { params: cohortParam, query: z.strictObject({ format: z.enum(['json', 'csv', 'html']).default('json') }) },
  responses: {
    200: { content: { 'application/json': { schema: OutcomeReportSchema }, 'text/csv': { schema: z.string() }, 'text/html': { schema: z.string() } }, description: 'the outcome report' },
    ...errors(400, 404),
  },
});

/** If-None-Match names this entity: `*`, or one of its listed validators (a weak W/ one compares by its value). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((listed) => {
    const tag = listed.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** The page's path as the multi-user app mounts it (cohortPageCaller is mounted on it, before callerAuth). */
export const COHORT_PAGE_PATH = '/api/cohorts/:cohort/page';

type CohortsSeen = { cohortRef: string; cohorts: CohortWithRosterStamp[] };
type PageCallerEnv = { Variables: CallerEnv['Variables'] & { cohortsSeen: CohortsSeen } };

/**
 * The caller of a page request, judged as callerAuth judges it (a token, else the session cookie), with the cohort the
 * page reads first (the caller's role there and its roster's version) from the same statement: one round trip per
 * unchanged page instead of two (three with a session). callerAuth, mounted after it, then finds the caller known.
 */
export function cohortPageCaller(accounts: AccountsContext): MiddlewareHandler<PageCallerEnv> {
  return async (c, next) => {
    const cohortRef = c.req.param('cohort');
    if (c.req.method !== 'GET' || !cohortRef) return next();
    const token = namedToken(c);
    let cohorts: CohortWithRosterStamp[];
    if (token !== null) {
      const found = token ? await tokenHolderWithCohorts(accounts, token, cohortRef) : null;
      c.set('caller', tokenCaller(c, found?.user ?? null));
      cohorts = found!.cohorts;
    } else {
      const sessionId = readSessionCookie(c);
      const found = sessionId ? await sessionHolderWithCohorts(accounts, sessionId, cohortRef) : null;
      c.set('caller', sessionCaller(c, sessionId, found));
      cohorts = found!.cohorts;
    }
    c.set('cohortsSeen', { cohortRef, cohorts });
    return next();
  };
}

export function cohortPageRoutes(accounts: AccountsContext) {
  const app = newRouter();
  // An unchanged page is one object for every coach (cohortPage keeps it): serialised, hashed and compressed once, not
  // once per request; a client that already holds those bytes (If-None-Match) gets 304 and none of them.
  const pageBodies = new WeakMap<CohortPage, KeptEncodings>();
  app.openapi(page, async (c) => {
    const query = c.req.valid('query');
    const cohortRef = c.req.valid('param').cohort;
    const seen = c.get('cohortsSeen' as never) as CohortsSeen | undefined;
    const answer = await cohortPage(accounts, callerOf(c).user.id, cohortRef, { column: query.sort, direction: query.direction }, seen?.cohortRef === cohortRef ? seen.cohorts : undefined);
    let bodies = pageBodies.get(answer);
    if (bodies === undefined) pageBodies.set(answer, (bodies = new KeptEncodings(new TextEncoder().encode(JSON.stringify(answer)))));
    const sent = bodies.for(c.req.header('accept-encoding'));
    const headers: Record<string, string> = { ETag: sent.etag, Vary: 'Accept-Encoding' };
    if (etagMatches(c.req.header('if-none-match'), sent.etag)) return c.body(null, 304, headers) as never;
    if (sent.encoding !== 'identity') headers['Content-Encoding'] = sent.encoding;
    return c.body(sent.bytes, 200, { ...headers, 'Content-Type': 'application/json' }) as never;
  });
  app.openapi(coverage, async (c) => {
    const named = c.req.valid('query').company;
    return c.json(await cohortCoverage(accounts, callerOf(c).user.id, c.req.valid('param').cohort, named === undefined ? [] : [named].flat()), 200);
  });
  app.openapi(outcomes, async (c) => {
    const caller = callerOf(c);
    const { format } = c.req.valid('query');
    const report = await outcomeReport(accounts, { userId: caller.user.id, ip: caller.ip }, c.req.valid('param').cohort, format);
    if (format === 'json') return c.json(report, 200);
    const day = report.generatedAt.slice(0, 10);
    const text = format === 'csv' ? outcomeReportCsv(report) : outcomeReportHtml(report);
    return c.body(text, 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="referable-outcomes-${day}.${format}"`,
    }) as never;
  });
  return app;
}
