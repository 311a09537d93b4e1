// A target-market YAML file to a TargetMarket, with every problem named by line and field (nothing half-applied).
import { z } from 'zod';
import { findIndustry, isIndustryName } from '../../core/industries/industries.ts';
import { FIT_DIMENSIONS, hasCriteria, MARKET_DEFAULTS, type TargetMarket, type Tier } from '../../core/market/target-market.ts';
import { foldText } from '../../core/text/fold.ts';
import type { ImportIssue } from '../import-issue.ts';
import { checkYaml, fieldName, type Path } from '../yaml/check-yaml.ts';

export interface TargetVocabulary {
  seniorities: readonly string[];
  functions: readonly string[];
}

const text = z.string().trim().min(1, 'must not be empty');
const list = z.array(text).min(1, 'is an empty list; remove the key or name at least one value');
const points = z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less');
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');

const companySchema = z.union([
  text,
  z.strictObject({
    name: text,
    tier: z.number().int('must be 1, 2 or 3').min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3').optional(),
    aliases: z.array(text).optional(),
    industry: text.optional(),
  }),
]);

const schema = z.strictObject({
  name: text,
  threshold: z.number().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100').optional(),
  companies: z.array(companySchema).min(1, 'is an empty list; remove the key or name at least one company').optional(),
  functions: list.optional(),
  seniorities: list.optional(),
  industries: list.optional(),
  locations: list.optional(),
  keywords: list.optional(),
  companyIndustries: z.record(z.string(), text).optional(),
  weights: z.strictObject(Object.fromEntries(FIT_DIMENSIONS.map((dimension) => [dimension, points.optional()])) as Record<(typeof FIT_DIMENSIONS)[number], z.ZodOptional<typeof points>>).optional(),
  goals: z
    .strictObject({
      inMarketConnections: count.optional(),
      coveredCompanies: count.optional(),
      by: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-06-30').optional(),
      weekly: z.strictObject({ connectionRequests: count.optional(), introductions: count.optional(), shares: count.optional(), followUps: count.optional() }).optional(),
    })
    .optional(),
});

function closest(value: string, options: readonly string[]): string {
  const folded = foldText(value);
  const scored = options
    .map((option) => {
      const candidate = foldText(option);
      const shared = [...new Set(folded.split(' '))].filter((word) => word.length > 2 && candidate.includes(word)).length;
      return { option, score: shared + (candidate.startsWith(folded.slice(0, 3)) ? 0.5 : 0) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  return scored.length ? `; did you mean ${scored.map((entry) => `"${entry.option}"`).join(' or ')}?` : '';
}

/** Parses and validates. Returns the market, or null with issues when anything is wrong (then nothing applies). */
export function parseTargetFile(fileName: string, source: string, vocabulary: TargetVocabulary): { market: TargetMarket | null; issues: ImportIssue[] } {
  const checked = checkYaml(fileName, source, schema, {
    emptyHint: 'the file must be a YAML mapping with at least "name:" and one list such as "companies:"; run "referable target init" for an example',
    suggest: (key, path) => closest(key, Object.keys(path.length === 0 ? schema.shape : {})),
  });
  if (!checked.data) return { market: null, issues: checked.issues };
  const { issue } = checked;
  const { lineOf } = checked;
  const data = checked.data;
  const issues: ImportIssue[] = [];
  const canonical = (values: string[] | undefined, allowed: readonly string[], field: string): string[] =>
    (values ?? []).map((value, index) => {
      const match = allowed.find((option) => foldText(option) === foldText(value));
      if (!match) issues.push(issue(`"${value}" is not a LinkedIn ${field === 'functions' ? 'job function' : 'seniority'}${closest(value, allowed)} (one of: ${allowed.join(', ')})`, lineOf([field, index]), fieldName([field, index])));
      return match ?? value;
    });
  const functions = canonical(data.functions, vocabulary.functions, 'functions');
  const seniorities = canonical(data.seniorities, vocabulary.seniorities, 'seniorities');
  const industryName = (value: string, path: Path) => {
    const found = findIndustry(value);
    if (found) return found.label;
    if (isIndustryName(value)) return value;
    issues.push(issue(`"${value}" is not a LinkedIn industry (Industry Codes V2)${closest(value, [])}; use a name such as "Financial Services" or "Software Development", or its numeric code`, lineOf(path), fieldName(path)));
    return value;
  };
  const industries = (data.industries ?? []).map((value, index) => industryName(value, ['industries', index]));
  const companies = (data.companies ?? []).map((entry, index) => {
    const company = typeof entry === 'string' ? { name: entry } : entry;
    return {
      name: company.name,
      tier: (company.tier ?? 1) as Tier,
      aliases: company.aliases ?? [],
      industry: company.industry ? industryName(company.industry, ['companies', index, 'industry']) : '',
    };
  });
  const companyIndustries = Object.fromEntries(Object.entries(data.companyIndustries ?? {}).map(([company, industry]) => [company, industryName(industry, ['companyIndustries', company])]));

  const weights = data.weights
    ? (Object.fromEntries(FIT_DIMENSIONS.map((dimension) => [dimension, data.weights?.[dimension] ?? 0])) as TargetMarket['weights'])
    : { ...MARKET_DEFAULTS.weights };
  const total = FIT_DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension], 0);
  if (Math.abs(total - 100) > 1e-9) {
    issues.push(issue(`weights add up to ${total}; they must add up to 100 (a contact matching everything scores 100)`, lineOf(['weights']), 'weights'));
  }
  const market: TargetMarket = {
    name: data.name,
    threshold: data.threshold ?? MARKET_DEFAULTS.threshold,
    companies,
    functions,
    seniorities,
    industries,
    locations: data.locations ?? [],
    keywords: data.keywords ?? [],
    companyIndustries,
    weights,
    goals: {
      inMarketConnections: data.goals?.inMarketConnections ?? MARKET_DEFAULTS.goals.inMarketConnections,
      coveredCompanies: data.goals?.coveredCompanies ?? MARKET_DEFAULTS.goals.coveredCompanies,
      by: data.goals?.by ?? '',
      weekly: { ...MARKET_DEFAULTS.goals.weekly, ...data.goals?.weekly },
    },
  };
  if (companies.length + functions.length + seniorities.length + industries.length + market.locations.length + market.keywords.length === 0) {
    issues.push(issue('the market names nothing to look for; add at least one of companies, functions, seniorities, industries, locations or keywords', 1));
  }
  const withPoints = FIT_DIMENSIONS.filter((dimension) => weights[dimension] > 0);
  if (issues.length === 0 && withPoints.every((dimension) => !hasCriteria(market, dimension))) {
    issues.push(issue('every dimension with criteria has weight 0, so nobody could be in market; give one of them points', lineOf(['weights']), 'weights'));
  }
  return issues.length > 0 ? { market: null, issues } : { market, issues: [] };
}
