// /api/report and /api/coverage: quantity vs quality in the target market, coverage of target companies, one company.
import { createRoute, z } from '@hono/zod-openapi';
import { keptResult, staleKeptResult } from '../../app/kept-result.ts';
import { companyCoverage, marketReport, marketReportOf } from '../../app/report.ts';
import type { MarketReport } from '../../core/market/market-report.ts';
import type { ContactTable } from '../contact-list.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { errors, json } from '../schemas.ts';

const JobSnapshot = z.object({ company: z.string(), title: z.string() });

const ReportSchema = z
  .object({
    market: z.object({ name: z.string(), threshold: z.number() }),
    asOf: z.string(),
    quantity: z.object({
      totalConnections: z.number(),
      inMarket: z.number(),
      inMarketShare: z.number(),
      goal: z.number(),
      goalProgress: z.number(),
      inMarketProspects: z.number().openapi({ description: 'in-market people you are not connected to yet (from prospect lists)' }),
    }),
    quality: z.object({
      bands: z.array(z.object({ label: z.string(), min: z.number(), max: z.number(), count: z.number() })),
      histogram: z.array(z.number()).openapi({ description: 'ten equal-width bins of strength 0-1' }),
      medianStrength: z.number(),
      meanStrength: z.number(),
      quadrant: z.enum(['few-weak', 'few-strong', 'many-weak', 'many-strong']),
      advice: z.string(),
      thresholds: z.object({ warmMedian: z.number(), largeShare: z.number() }).openapi({ description: 'where the quadrant splits: median strength for "warm", share of the goal for "many"' }),
    }),
    coverage: z.object({
      companies: z.array(z.looseObject({ name: z.string(), tier: z.number(), contacts: z.number() })),
      whiteSpace: z.array(z.string()),
      coverageRate1: z.number(),
      coverageRate3: z.number(),
      covered: z.number(),
      goal: z.number(),
    }),
    breadth: z.object({ top5Share: z.number(), effectiveCompanies: z.number(), distinctCompanies: z.number(), topCompanies: z.array(z.object({ name: z.string(), count: z.number(), share: z.number() })) }),
    growth: z.object({
      goalBy: z.string().openapi({ description: "the goal's date (YYYY-MM-DD), or '' when it has none" }),
      months: z.array(z.object({ month: z.string(), added: z.number(), cumulative: z.number() })),
      recentPerMonth: z.number(),
      neededPerMonth: z.number(),
      monthsToGoal: z.number().nullable(),
    }),
    jobChanges: z.array(z.object({ contactId: z.string(), name: z.string(), from: JobSnapshot, to: JobSnapshot, observedAt: z.string(), intoTarget: z.boolean() })),
    jobChangesTotal: z.number(),
  })
  .openapi('MarketReport', { description: 'the same JSON as `referable report --json`' });

const reportRoute = createRoute({
  method: 'get',
  path: '/report',
  operationId: 'getReport',
  summary: 'The market report: quantity, quality, coverage, breadth, growth, job changes',
  description:
    'Send "Cache-Control: max-stale" to take the last report while a write\'s rescoring runs instead of waiting for it (Referable-Data-Version and Referable-Stale say what you got).',
  responses: { ...json(ReportSchema, 'the report'), ...errors(404) },
});

export const CoverageSchema = z
  .object({
    companies: z.array(
      z.object({
        name: z.string(),
        tier: z.number(),
        contacts: z.number().openapi({ description: 'connected contacts at the company' }),
        prospects: z.number().openapi({ description: 'people there you are not connected to yet' }),
        bySeniority: z.record(z.string(), z.number()).openapi({ description: "connected contacts by seniority, in LinkedIn's ladder order; levels with nobody are left out" }),
        strongest: z.object({ contactId: z.string(), name: z.string(), title: z.string(), strength: z.number() }).nullable().openapi({ description: 'the strongest tie there: the best door in' }),
      }),
    ).openapi({ description: 'every target company, by tier, then most contacts first' }),
    whiteSpace: z.array(z.string()).openapi({ description: 'target companies where you know nobody yet (in the same order)' }),
    coverageRate1: z.number().openapi({ description: 'share of target companies with at least one contact' }),
    coverageRate3: z.number().openapi({ description: 'share with at least three' }),
    covered: z.number(),
    goal: z.number().openapi({ description: "the market's goal for covered companies" }),
    breadth: z.object({
      top5Share: z.number().openapi({ description: 'share of in-market contacts at the 5 companies holding most of them' }),
      effectiveCompanies: z.number().openapi({ description: '1 / HHI: as spread as this many equal companies' }),
      distinctCompanies: z.number(),
      topCompanies: z.array(z.object({ name: z.string(), count: z.number(), share: z.number() })),
    }),
  })
  .openapi('Coverage');

const coverageRoute = createRoute({
  method: 'get',
  path: '/coverage',
  operationId: 'getCoverage',
  summary: 'Coverage of the target companies by seniority, the white space, and breadth: "don\'t tap the same 5 wells"',
  responses: { ...json(CoverageSchema, 'coverage and breadth'), ...errors(404) },
});

const companyRoute = createRoute({
  method: 'get',
  path: '/coverage/{company}',
  operationId: 'getCompanyCoverage',
  summary: 'Everyone at one company (any spelling), strongest tie first: who can open the door',
  request: { params: z.object({ company: z.string().min(1).max(200).openapi({ param: { name: 'company', in: 'path' } }) }) },
  responses: {
    ...json(
      z.object({ company: z.string(), tier: z.number().nullable(), contacts: z.array(z.object({ id: z.string(), name: z.string(), title: z.string(), seniority: z.string(), function: z.string(), fit: z.number(), strength: z.number().nullable() })) }),
      'the people at the company',
    ),
    ...errors(404),
  },
});

/** The name the report is kept under between servers (computed_results). */
export const KEPT_REPORT = 'market report';

/** The report for today, computed once per data version; /api/coverage reads from the same result. */
export function cachedReport(deps: ApiDeps) {
  return deps.read('report', async () => {
    // From the scored list the contact routes keep, once there is one: a write that patches it in place (a rating)
    // costs no rescoring here.
    const table = deps.peek<ContactTable>('contacts');
    if (table) return marketReportOf(deps.context, table.market, table.scored);
    // Before that (a server started just now), the lean scoring the CLI's report uses: the overview's numbers do not
    // wait for 30,000 list rows to be built, serialised and sorted, which only the contact list needs. In the real
    // server it runs in a worker thread: the event loop stays free to send the dashboard's files meanwhile. A report
    // kept in the store by an earlier server on the same data, the same day, is read back instead (kept-result.ts).
    return keptResult(deps.context, KEPT_REPORT, () => (deps.workers ? deps.inWorker<MarketReport>({ kind: 'report' }) : marketReport(deps.context)));
  }, 'market', () => staleKeptReport(deps));
}

/**
 * A server started just after a change (`referable content add`, then `serve`) has today's report of the data before
 * it: a reader who accepts stale answers (the dashboard) gets it at once, marked stale, while the fresh one computes.
 */
export function staleKeptReport(deps: ApiDeps): Promise<MarketReport | undefined> {
  return staleKeptResult<MarketReport>(deps.context, KEPT_REPORT);
}

/** The report as JSON bytes, serialised and encoded once per data version: the hot path sends cached bytes. */
export function reportBytes(deps: ApiDeps): Promise<Uint8Array<ArrayBuffer>> {
  const encode = (report: MarketReport) => new TextEncoder().encode(JSON.stringify(report));
  return deps.read('report json', async () => encode(await cachedReport(deps)), 'market', async () => {
    const kept = await staleKeptReport(deps);
    return kept && encode(kept);
  });
}

export function reportRoutes(deps: ApiDeps) {
  const app = newRouter();

  app.openapi(reportRoute, async (c) => c.body(await reportBytes(deps), 200, { 'Content-Type': 'application/json' }) as never);

  app.openapi(coverageRoute, async (c) => {
    const report = await cachedReport(deps);
    return c.json({ ...report.coverage, breadth: report.breadth }, 200);
  });

  app.openapi(companyRoute, async (c) => {
    const { company } = c.req.valid('param');
    return c.json(await deps.read(`coverage ${company.toLowerCase()}`, () => companyCoverage(deps.context, company)), 200);
  });

  return app;
}
