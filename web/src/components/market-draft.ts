// The market builder's state, and its conversion from a saved market or a suggestion and to the draft the API checks.
import type { components } from '../api-schema.d.ts';

export type MarketDraft = components['schemas']['MarketDraft'];
export type MarketSuggestion = components['schemas']['MarketSuggestion'];
export type MarketVocabulary = components['schemas']['MarketVocabulary'];
export type MarketPreview = components['schemas']['MarketPreview'];
export type MarketDraftPreview = components['schemas']['MarketDraftPreview'];
export type MarketIssue = components['schemas']['MarketIssue'];
export type Candidate = MarketSuggestion['candidates']['functions'][number];

export const DIMENSIONS = ['company', 'function', 'seniority', 'industry', 'location', 'keywords'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DEFAULT_WEIGHTS: Record<Dimension, number> = { company: 40, function: 25, seniority: 15, industry: 10, location: 5, keywords: 5 };

export interface BuilderCompany {
  name: string;
  tier: 1 | 2 | 3;
  /** Kept as the saved market had them; the builder does not edit them. */
  aliases?: string[];
  industry?: string;
}

export interface BuilderState {
  name: string;
  threshold: number;
  companies: BuilderCompany[];
  functions: string[];
  seniorities: string[];
  industries: string[];
  locations: string[];
  keywords: string[];
  weights: Record<Dimension, number>;
  goal: number;
  /** What the builder shows no field for (other goals, companyIndustries): carried through a save unchanged. */
  rest: Record<string, unknown>;
}

export type ListField = 'functions' | 'seniorities' | 'industries' | 'locations' | 'keywords';

export function emptyState(): BuilderState {
  return { name: 'My target market', threshold: 50, companies: [], functions: [], seniorities: [], industries: [], locations: [], keywords: [], weights: { ...DEFAULT_WEIGHTS }, goal: 300, rest: {} };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function tierOf(value: unknown): 1 | 2 | 3 {
  return value === 2 || value === 3 ? value : 1;
}

/** From a saved market (GET /target's parsed market) or a suggestion's draft: the same shape, with or without defaults. */
export function stateFrom(source: Record<string, unknown>): BuilderState {
  const companies = (Array.isArray(source.companies) ? source.companies : []).flatMap((entry): BuilderCompany[] => {
    if (typeof entry === 'string') return [{ name: entry, tier: 1 }];
    const company = record(entry);
    if (typeof company.name !== 'string') return [];
    const aliases = strings(company.aliases);
    const industry = typeof company.industry === 'string' && company.industry ? company.industry : undefined;
    return [{ name: company.name, tier: tierOf(company.tier), ...(aliases.length ? { aliases } : {}), ...(industry ? { industry } : {}) }];
  });
  const weights = record(source.weights);
  const goals = record(source.goals);
  const { inMarketConnections, ...otherGoals } = goals;
  const rest: Record<string, unknown> = {};
  const companyIndustries = record(source.companyIndustries);
  if (Object.keys(companyIndustries).length > 0) rest.companyIndustries = companyIndustries;
  // A saved market has every goal filled in; an empty date is "none", which the file leaves out.
  const kept = Object.fromEntries(Object.entries(otherGoals).filter(([, value]) => value !== ''));
  if (Object.keys(kept).length > 0) rest.goals = kept;
  return {
    name: typeof source.name === 'string' ? source.name : 'My target market',
    threshold: typeof source.threshold === 'number' ? source.threshold : 50,
    companies,
    functions: strings(source.functions),
    seniorities: strings(source.seniorities),
    industries: strings(source.industries),
    locations: strings(source.locations),
    keywords: strings(source.keywords),
    weights: Object.keys(weights).length > 0 ? (Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, typeof weights[dimension] === 'number' ? weights[dimension] : 0])) as Record<Dimension, number>) : { ...DEFAULT_WEIGHTS },
    goal: typeof inMarketConnections === 'number' ? inMarketConnections : 300,
    rest,
  };
}

/** The draft the API checks and saves: empty lists left out (the file schema refuses them), in the file's key order. */
export function draftOf(state: BuilderState): MarketDraft {
  const draft: Record<string, unknown> = { name: state.name, threshold: state.threshold };
  if (state.companies.length > 0) draft.companies = state.companies.map((company) => ({ ...company }));
  for (const field of ['functions', 'seniorities', 'industries', 'locations', 'keywords'] as const) if (state[field].length > 0) draft[field] = [...state[field]];
  if (state.rest.companyIndustries) draft.companyIndustries = state.rest.companyIndustries;
  draft.weights = { ...state.weights };
  draft.goals = { ...record(state.rest.goals), inMarketConnections: state.goal };
  return draft;
}

export function weightTotal(state: BuilderState): number {
  return DIMENSIONS.reduce((sum, dimension) => sum + (Number.isFinite(state.weights[dimension]) ? state.weights[dimension] : 0), 0);
}
