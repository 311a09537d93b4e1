// A target market: the companies, roles and places a job seeker wants to be known in, and what "in market" means.
import { companyKey } from '../companies/company-key.ts';

export type Tier = 1 | 2 | 3;

export interface TargetCompany {
  name: string;
  tier: Tier;
  aliases: string[];
  /** LinkedIn V2 industry of this company, when the user tags it. */
  industry: string;
}

export const FIT_DIMENSIONS = ['company', 'function', 'seniority', 'industry', 'location', 'keywords'] as const;
export type FitDimension = (typeof FIT_DIMENSIONS)[number];

export interface MarketGoals {
  /** In-market connections to reach (the quantity goal). */
  inMarketConnections: number;
  /** Target companies with at least one contact. */
  coveredCompanies: number;
  /** Optional date (YYYY-MM-DD) by which to reach the connections goal; growth pace is computed against it. */
  by: string;
  weekly: { connectionRequests: number; introductions: number; shares: number; followUps: number };
}

export interface TargetMarket {
  name: string;
  /** Fit (0–100) at or above which a contact is in market. */
  threshold: number;
  companies: TargetCompany[];
  functions: string[];
  seniorities: string[];
  industries: string[];
  locations: string[];
  keywords: string[];
  /** Industries of companies outside the target list, as the user tags them (company name -> V2 industry). */
  companyIndustries: Record<string, string>;
  /** Points each dimension is worth; they add up to 100. */
  weights: Record<FitDimension, number>;
  goals: MarketGoals;
}

export const MARKET_DEFAULTS = {
  threshold: 50,
  weights: { company: 40, function: 25, seniority: 15, industry: 10, location: 5, keywords: 5 } as Record<FitDimension, number>,
  /** Share of the company points a tier earns: a tier-3 "would be nice" counts less than a tier-1 dream company. */
  tierFactor: { 1: 1, 2: 0.7, 3: 0.4 } as Record<Tier, number>,
  /** Seniority one step off the wanted levels (a Senior when Managers are wanted) earns this share. */
  adjacentSeniorityFactor: 0.5,
  goals: { inMarketConnections: 300, coveredCompanies: 10, by: '', weekly: { connectionRequests: 25, introductions: 2, shares: 3, followUps: 10 } } as MarketGoals,
};

/** Whether a dimension has criteria; dimensions without any are left out and the others scaled to 100. */
export function hasCriteria(market: TargetMarket, dimension: FitDimension): boolean {
  switch (dimension) {
    case 'company':
      return market.companies.length > 0;
    case 'function':
      return market.functions.length > 0;
    case 'seniority':
      return market.seniorities.length > 0;
    case 'industry':
      return market.industries.length > 0;
    case 'location':
      return market.locations.length > 0;
    case 'keywords':
      return market.keywords.length > 0;
  }
}

/**
 * The points each dimension really carries: weights of dimensions with criteria, scaled so a contact matching
 * everything scores 100. A market that names no locations does not cap everyone at 95.
 */
export function effectiveWeights(market: TargetMarket): Record<FitDimension, number> {
  const active = FIT_DIMENSIONS.filter((dimension) => hasCriteria(market, dimension) && market.weights[dimension] > 0);
  const total = active.reduce((sum, dimension) => sum + market.weights[dimension], 0);
  const result = Object.fromEntries(FIT_DIMENSIONS.map((dimension) => [dimension, 0])) as Record<FitDimension, number>;
  for (const dimension of active) result[dimension] = (market.weights[dimension] * 100) / total;
  return result;
}

/** Company key -> target company, including aliases ("Stripe Payments Europe" -> Stripe). */
export function targetCompanyIndex(market: TargetMarket): Map<string, TargetCompany> {
  const index = new Map<string, TargetCompany>();
  for (const company of market.companies) {
    for (const name of [company.name, ...company.aliases]) {
      const key = companyKey(name);
      if (key && !index.has(key)) index.set(key, company);
    }
  }
  return index;
}
