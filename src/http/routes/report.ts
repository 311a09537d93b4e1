// /api/report and /api/coverage: quantity vs quality in the target market, coverage of target companies, one company.
import { createRoute, z } from '@hono/zod-openapi';
import { companyCoverage, marketReport } from '../../app/report.ts';
import type { ApiDeps } from '../api-deps.ts';
import { newRouter } from '../router.ts';
import { errors, json } from '../schemas.ts';

const ReportSchema = z
  .looseObject({
    market: z.object({ name: z.string(), threshold: z.number() }),
    asOf: z.string(),
    quantity: z.looseObject({ totalConnections: z.number(), inMarket: z.number(), inMarketShare: z.number(), goal: z.number(), goalProgress: z.number() }),
    quality: z.looseObject({ medianStrength: z.number(), quadrant: z.string(), advice: z.string(), histogram: z.array(z.number()) }),
    coverage: z.looseObject({ companies: z.array(z.looseObject({ name: z.string(), tier: z.number(), contacts: z.number() })), whiteSpace: z.array(z.string()) }),
    breadth: z.looseObject({ top5Share: z.number(), effectiveCompanies: z.number() }),
    growth: z.looseObject({ months: z.array(z.looseObject({ month: z.string(), added: z.number() })) }),
    jobChanges: z.array(z.looseObject({ contactId: z.string(), name: z.string(), intoTarget: z.boolean() })),
  })
  .openapi('MarketReport', { description: 'the same JSON as `referable report --json`' });

const reportRoute = createRoute({
  method: 'get',
  path: '/report',
  summary: 'The market report: quantity, quality, coverage, breadth, growth, job changes',
  responses: { ...json(ReportSchema, 'the report'), ...errors(404) },
});

const coverageRoute = createRoute({
  method: 'get',
  path: '/coverage',
  summary: 'Coverage of the target companies (as `referable coverage --json`) with breadth: "don\'t tap the same 5 wells"',
  responses: {
    ...json(
      z.looseObject({ companies: z.array(z.looseObject({ name: z.string(), tier: z.number(), contacts: z.number(), bySeniority: z.record(z.string(), z.number()) })), whiteSpace: z.array(z.string()), breadth: z.looseObject({ top5Share: z.number(), effectiveCompanies: z.number() }) }),
      'coverage and breadth',
    ),
    ...errors(404),
  },
});

const companyRoute = createRoute({
  method: 'get',
  path: '/coverage/{company}',
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

/** The report for today, computed once per data version; /api/coverage reads from the same result. */
export function cachedReport(deps: ApiDeps) {
  return deps.read('report', () => marketReport(deps.context));
}

export function reportRoutes(deps: ApiDeps) {
  const app = newRouter();

  app.openapi(reportRoute, async (c) => {
    // Serialised and encoded once per data version: the hot path sends cached bytes.
    const bytes = await deps.read('report json', async () => new TextEncoder().encode(JSON.stringify(await cachedReport(deps))));
    return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as never;
  });

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
