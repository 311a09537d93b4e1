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

export function formatReason(reason: FitReason): string {
  return `${reason.label} +${Math.round(reason.points)}`;
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

  return function scoreFit(contact: FitInput): FitResult {
    const reasons: FitReason[] = [];
    const target = contact.companyKey ? (companies.get(contact.companyKey) ?? null) : null;
    if (target && weights.company > 0) {
      reasons.push({ dimension: 'company', label: `company ${target.name} (tier ${target.tier})`, points: weights.company * MARKET_DEFAULTS.tierFactor[target.tier] });
    }
    if (weights.function > 0 && functions.has(contact.function)) {
      reasons.push({ dimension: 'function', label: `function ${contact.function}`, points: weights.function });
    }
    if (weights.seniority > 0) {
      if (seniorities.has(contact.seniority)) {
        reasons.push({ dimension: 'seniority', label: `seniority ${contact.seniority}`, points: weights.seniority });
      } else {
        const rung = LADDER.indexOf(contact.seniority);
        if (rung >= 0 && wantedRungs.some((wanted) => Math.abs(wanted - rung) === 1)) {
          reasons.push({ dimension: 'seniority', label: `seniority ${contact.seniority} (one level off)`, points: weights.seniority * MARKET_DEFAULTS.adjacentSeniorityFactor });
        }
      }
    }
    if (weights.industry > 0) {
      const industry = contact.industry || target?.industry || taggedIndustries.get(contact.companyKey) || '';
      const match = industry ? market.industries.find((wanted) => industryFallsUnder(industry, wanted)) : undefined;
      if (match) reasons.push({ dimension: 'industry', label: `industry ${industry}${industry === match ? '' : ` (in ${match})`}`, points: weights.industry });
    }
    if (locationPattern && contact.location) {
      const found = locationPattern.exec(foldText(contact.location));
      if (found) reasons.push({ dimension: 'location', label: `location ${contact.location}`, points: weights.location });
    }
    if (keywordPattern && (contact.title || contact.company)) {
      const found = keywordPattern.exec(foldText(`${contact.title} ${contact.company}`));
      if (found) reasons.push({ dimension: 'keywords', label: `keyword "${found[1]}"`, points: weights.keywords });
    }
    let total = 0;
    for (const reason of reasons) total += reason.points;
    const fit = Math.min(100, Math.round(total));
    return { fit, inMarket: fit >= market.threshold, reasons, targetCompany: target };
  };
}
