// Target-market fit: 0–100 per contact with the reasons that produced it ("company Ledgerlark (tier 1) +40").
import { industryFallsUnder } from '../industries/industries.ts';
import { foldText } from '../text/fold.ts';
import { effectiveWeights, MARKET_DEFAULTS, targetCompanyIndex, type FitDimension, type TargetCompany, type TargetMarket } from './target-market.ts';
import { companyKey } from '../companies/company-key.ts';

/** What fit needs to know about a person: their employer, title words, place, industry and classified role. */
export interface FitInput {
  company: string;
  companyKey: string;
  title: string;
  location: string;
  industry: string;
  seniority: string;
  function: string;
}

export interface FitReason {
  dimension: FitDimension;
  /** What matched, as a person would say it: "company Ledgerlark (tier 1)". */
  label: string;
  points: number;
}

export interface FitResult {
  fit: number;
  inMarket: boolean;
  reasons: FitReason[];
  /** The target company this contact works at, if any. */
  targetCompany: TargetCompany | null;
}

/** The seniority ladder for "one step off" credit; Partner and Owner sit outside it and only match exactly. */
const LADDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO'];

function wordPattern(words: string[]): RegExp | null {
  const folded = words.map(foldText).filter(Boolean);
  if (folded.length === 0) return null;
  const escaped = folded.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^| )(${escaped.join('|')})(?: |$)`);
}

/** A bounded memo: cleared when full, so a long-lived scorer never grows without limit. */
function memo<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}

export function formatReason(reason: FitReason): string {
  return `${reason.label} +${Math.round(reason.points)}`;
}

/** The fields of a contact besides its employer (company key) a market's fit can depend on. */
export interface FitFieldsRead {
  /** Its function and seniority come from the title, and keywords are looked for in it. */
  title: boolean;
  location: boolean;
  industry: boolean;
}

/**
 * Which of those the scorer below looks at for `market`: a dimension with no weight (or no criteria) adds nothing
 * whatever the field holds, so a reader of many contacts may leave the field out (empty) with the same answers.
 */
export function fitFieldsRead(market: TargetMarket): FitFieldsRead {
  const weights = effectiveWeights(market);
  return { title: weights.function > 0 || weights.seniority > 0 || weights.keywords > 0, location: weights.location > 0, industry: weights.industry > 0 };
}

/**
 * Builds a scorer for one market: everything that depends only on the market (company index, patterns, weights) is
 * prepared once, so scoring a million contacts is a tight loop.
 */
export function createFitScorer(market: TargetMarket) {
  const weights = effectiveWeights(market);
  const companies = targetCompanyIndex(market);
  const functions = new Set(market.functions);
  const seniorities = new Set(market.seniorities);
  const wantedRungs = market.seniorities.map((name) => LADDER.indexOf(name)).filter((rung) => rung >= 0);
  const keywordPattern = wordPattern(market.keywords);
  const locationPattern = wordPattern(market.locations);
  const taggedIndustries = new Map(Object.entries(market.companyIndustries).map(([name, industry]) => [companyKey(name), industry]));

  // Networks repeat employers, titles and places: everything that depends on one of them alone is memoized, so
  // scoring a million contacts folds each distinct string once.
  // Reasons are immutable and shared between contacts: no strings or objects are built per contact.
  const reason = (dimension: FitDimension, label: string, points: number): FitReason => Object.freeze({ dimension, label, points });
  const companyFacts = memo((key: string) => {
    const target = key ? (companies.get(key) ?? null) : null;
    const because = target && weights.company > 0 ? reason('company', `company ${target.name} (tier ${target.tier})`, weights.company * MARKET_DEFAULTS.tierFactor[target.tier]) : null;
    return { target, because, taggedIndustry: target?.industry || taggedIndustries.get(key) || '' };
  });
  const functionReason = memo((name: string) => (weights.function > 0 && functions.has(name) ? reason('function', `function ${name}`, weights.function) : null));
  const seniorityReason = memo((level: string) => {
    if (weights.seniority <= 0) return null;
    if (seniorities.has(level)) return reason('seniority', `seniority ${level}`, weights.seniority);
    const rung = LADDER.indexOf(level);
    return rung >= 0 && wantedRungs.some((wanted) => Math.abs(wanted - rung) === 1)
      ? reason('seniority', `seniority ${level} (one level off)`, weights.seniority * MARKET_DEFAULTS.adjacentSeniorityFactor)
      : null;
  });
  const industryReason = memo((industry: string) => {
    const match = weights.industry > 0 ? market.industries.find((wanted) => industryFallsUnder(industry, wanted)) : undefined;
    return match ? reason('industry', `industry ${industry}${industry === match ? '' : ` (in ${match})`}`, weights.industry) : null;
  });
  const locationReason = memo((location: string) =>
    weights.location > 0 && locationPattern?.test(foldText(location)) ? reason('location', `location ${location}`, weights.location) : null,
  );
  const keywordReason = memo((text: string) => {
    const keyword = weights.keywords > 0 && keywordPattern ? keywordPattern.exec(foldText(text))?.[1] : undefined;
    return keyword ? reason('keywords', `keyword "${keyword}"`, weights.keywords) : null;
  });
  return function scoreFit(contact: FitInput): FitResult {
    const reasons: FitReason[] = [];
    const { target, because, taggedIndustry } = companyFacts(contact.companyKey);
    if (because) reasons.push(because);
    const byFunction = functionReason(contact.function);
    if (byFunction) reasons.push(byFunction);
    const bySeniority = seniorityReason(contact.seniority);
    if (bySeniority) reasons.push(bySeniority);
    const industry = contact.industry || taggedIndustry;
    const byIndustry = industry ? industryReason(industry) : null;
    if (byIndustry) reasons.push(byIndustry);
    const byLocation = contact.location ? locationReason(contact.location) : null;
    if (byLocation) reasons.push(byLocation);
    const byKeyword = (contact.title ? keywordReason(contact.title) : null) ?? (contact.company ? keywordReason(contact.company) : null);
    if (byKeyword) reasons.push(byKeyword);
    let total = 0;
    for (const reason of reasons) total += reason.points;
    const fit = Math.min(100, Math.round(total));
    return { fit, inMarket: fit >= market.threshold, reasons, targetCompany: target };
  };
}
