// A small target market for tests: three companies over two tiers, product roles, London, payments.
import { MARKET_DEFAULTS, type TargetMarket } from './target-market.ts';

export function market(overrides: Partial<TargetMarket> = {}): TargetMarket {
  return {
    name: 'test', threshold: 50,
    companies: [
      { name: 'Ledgerlark', tier: 1, aliases: [], industry: 'Financial Services' },
      { name: 'Clearbrook Payments', tier: 1, aliases: ['Clearbrook'], industry: '' },
      { name: 'Woodgrove Bank', tier: 2, aliases: [], industry: 'Banking' },
    ],
    functions: ['Product Management'], seniorities: ['Manager', 'Director'], industries: ['Financial Services'],
    locations: ['London'], keywords: ['payments'], companyIndustries: {}, weights: { ...MARKET_DEFAULTS.weights }, goals: { ...MARKET_DEFAULTS.goals },
    ...overrides,
  };
}
