// Use cases: the market report and the coverage detail for one company.
import { companyKey } from '../core/companies/company-key.ts';
import { ReferableError } from '../core/errors.ts';
import { buildMarketReport, type MarketReport, type ScoredContact } from '../core/market/market-report.ts';
import { targetCompanyIndex, type TargetMarket } from '../core/market/target-market.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
import { activeTarget } from './target.ts';
import { DEFINE_MARKET } from './next-steps.ts';

async function requireMarket(context: AppContext): Promise<TargetMarket> {
  const market = await activeTarget(context);
  if (!market) {
    throw new ReferableError('NOT_FOUND', 'no target market yet: define one; one is suggested from your network', undefined, DEFINE_MARKET);
  }
  return market;
}

export async function marketReport(context: AppContext): Promise<MarketReport> {
  const market = await requireMarket(context);
  const [{ scored }, events] = await Promise.all([scoreWorkspaceLean(context, market), context.store.workspace.history.events()]);
  return buildMarketReport({ market, contacts: scored, events, asOf: todayOf(context) });
}

/** The report from contacts already scored against `market` (serve keeps them scored between requests). */
export async function marketReportOf(context: AppContext, market: TargetMarket | null, scored: ScoredContact[]): Promise<MarketReport> {
  if (!market) await requireMarket(context);
  const events = await context.store.workspace.history.events();
  return buildMarketReport({ market: market!, contacts: scored, events, asOf: todayOf(context) });
}

export interface CompanyDetail {
  company: string;
  tier: number | null;
  contacts: { id: string; name: string; title: string; seniority: string; function: string; fit: number; strength: number | null }[];
}

/** Everyone at one company (target or not), strongest tie first: who can open the door. */
export async function companyCoverage(context: AppContext, company: string): Promise<CompanyDetail> {
  const market = await requireMarket(context);
  const key = companyKey(company);
  const target = targetCompanyIndex(market).get(key) ?? null;
  const keys = new Set(target ? [target.name, ...target.aliases].map(companyKey) : [key]);
  const { scored } = await scoreWorkspaceLean(context, market);
  const people = scored.filter((contact) => keys.has(contact.companyKey));
  if (people.length === 0 && !target) {
    const known = [...new Set(scored.map((contact) => contact.company).filter(Boolean))];
    const close = known.filter((name) => companyKey(name).includes(key.split(' ')[0] ?? '')).slice(0, 5);
    throw new ReferableError('NOT_FOUND', `nobody in your network works at "${company}"${close.length ? `; did you mean ${close.map((name) => `"${name}"`).join(', ')}?` : ''}`);
  }
  return {
    company: target?.name ?? people[0].company,
    tier: target?.tier ?? null,
    contacts: people
      .sort((a, b) => (b.strength ?? -1) - (a.strength ?? -1) || b.fit - a.fit || a.name.localeCompare(b.name))
      .map(({ id, name, title, seniority, function: role, fit, strength }) => ({ id, name, title, seniority, function: role, fit, strength })),
  };
}
