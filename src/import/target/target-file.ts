// A target-market YAML file to a TargetMarket, with every problem named by line and field (nothing half-applied).
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { findIndustry, isIndustryName } from '../../core/industries/industries.ts';
import { FIT_DIMENSIONS, hasCriteria, MARKET_DEFAULTS, type TargetMarket, type Tier } from '../../core/market/target-market.ts';
import { foldText } from '../../core/text/fold.ts';
import type { ImportIssue } from '../import-issue.ts';

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

type Path = (string | number)[];

/** "companies[0].tier": how people read a path into a YAML file. */
function fieldName(path: Path): string {
  return path.reduce<string>((name, step) => (typeof step === 'number' ? `${name}[${step}]` : name ? `${name}.${step}` : step), '');
}

interface SchemaProblem {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  errors?: SchemaProblem[][];
}

/**
 * A union ("a company is a name or a mapping") fails with one issue per branch; report the branch the user was
 * writing, the one that got past the type check, with its path under the union's.
 */
function flattenUnions(problems: SchemaProblem[]): SchemaProblem[] {
  return problems.flatMap((problem) => {
    if (problem.code !== 'invalid_union' || !problem.errors?.length) return [problem];
    const branch = problem.errors.find((issues) => !(issues.length === 1 && issues[0].code === 'invalid_type' && issues[0].path.length === 0)) ?? problem.errors[0];
    return flattenUnions(branch.map((inner) => ({ ...inner, path: [...problem.path, ...inner.path] })));
  });
}

function lineOf(doc: Document, lines: LineCounter, path: Path, key?: string): number | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node) ? (node.items.find((pair) => isScalar(pair.key) && pair.key.value === step) ?? null) : items[step as number];
    if (!next) break;
    node = isPair(next) ? next.value : next;
  }
  if (key && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

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
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const issue = (reason: string, line?: number, field?: string): ImportIssue => ({ file: fileName, line, field, reason, severity: 'error' });
  if (doc.errors.length > 0) {
    return { market: null, issues: doc.errors.map((error) => issue(`not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, error.linePos?.[0]?.line)) };
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { market: null, issues: [issue('the file must be a YAML mapping with at least "name:" and one list such as "companies:"; run "referable target init" for an example', 1)] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = flattenUnions(parsed.error.issues as SchemaProblem[]).flatMap((problem) => {
      const path = problem.path.filter((step): step is string | number => typeof step !== 'symbol');
      if (problem.code === 'unrecognized_keys') {
        return (problem.keys ?? []).map((key) =>
          issue(`unknown key "${key}"${closest(key, Object.keys(path.length === 0 ? schema.shape : {}))}`, lineOf(doc, lines, path, key), fieldName([...path, key])),
        );
      }
      const kinds: Record<string, string> = { number: 'a number', array: 'a list', object: 'a mapping', string: 'text' };
      const message = problem.code === 'invalid_type' ? `must be ${kinds[problem.expected ?? ''] ?? `a ${problem.expected}`}` : problem.message;
      return [issue(message, lineOf(doc, lines, path), fieldName(path) || undefined)];
    });
    return { market: null, issues };
  }
  const data = parsed.data;
  const issues: ImportIssue[] = [];
  const canonical = (values: string[] | undefined, allowed: readonly string[], field: string): string[] =>
    (values ?? []).map((value, index) => {
      const match = allowed.find((option) => foldText(option) === foldText(value));
      if (!match) issues.push(issue(`"${value}" is not a LinkedIn ${field === 'functions' ? 'job function' : 'seniority'}${closest(value, allowed)} (one of: ${allowed.join(', ')})`, lineOf(doc, lines, [field, index]), fieldName([field, index])));
      return match ?? value;
    });
  const functions = canonical(data.functions, vocabulary.functions, 'functions');
  const seniorities = canonical(data.seniorities, vocabulary.seniorities, 'seniorities');
  const industryName = (value: string, path: Path) => {
    const found = findIndustry(value);
    if (found) return found.label;
    if (isIndustryName(value)) return value;
    issues.push(issue(`"${value}" is not a LinkedIn industry (Industry Codes V2)${closest(value, [])}; use a name such as "Financial Services" or "Software Development", or its numeric code`, lineOf(doc, lines, path), fieldName(path)));
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
    issues.push(issue(`weights add up to ${total}; they must add up to 100 (a contact matching everything scores 100)`, lineOf(doc, lines, ['weights']), 'weights'));
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
    issues.push(issue('every dimension with criteria has weight 0, so nobody could be in market; give one of them points', lineOf(doc, lines, ['weights']), 'weights'));
  }
  return issues.length > 0 ? { market: null, issues } : { market, issues: [] };
}
