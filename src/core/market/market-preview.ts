// How many contacts a market (saved or still a draft) puts in market: the report's fit scoring, counted, nothing stored.
import { createFitScorer, type FitInput } from './fit.ts';
import { FIT_DIMENSIONS, type FitDimension, type TargetMarket } from './target-market.ts';

/** A contact with the role classified once, and whether the user is connected to them (a prospect is not). */
export interface PreviewPerson extends FitInput {
  connected: boolean;
}

export interface MarketPreview {
  /** Connections looked at (the report's "connections"). */
  connections: number;
  /** Connections at or above the threshold: the report's in-market count for this market. */
  inMarket: number;
  /** The share of connections in market, 0–1. */
  inMarketShare: number;
  /** Prospects (no tie yet) who would be in market. */
  inMarketProspects: number;
  /** The market's goal for in-market connections, and how far this market already is towards it (0–1). */
  goal: number;
  goalProgress: number;
  /** Target companies with at least one connection, of all named. */
  coveredCompanies: number;
  targetCompanies: number;
  /** Connections at each target company (by its name in the market), named companies with nobody left out. */
  companyConnections: Record<string, number>;
  /** Connections each dimension gives points to: shows which criterion moves the count. */
  matches: Record<FitDimension, number>;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Counts as the report counts (in market = fit >= threshold, connections only), with the same scorer, so the
 * number the builder shows before saving is the number the overview shows after. The scorer memoizes by employer,
 * title and place: 30,000 contacts take a few milliseconds once their roles are classified.
 */
export function previewMarket(people: readonly PreviewPerson[], market: TargetMarket): MarketPreview {
  const score = createFitScorer(market);
  const matches = Object.fromEntries(FIT_DIMENSIONS.map((dimension) => [dimension, 0])) as Record<FitDimension, number>;
  const covered = new Map<string, number>();
  let connections = 0;
  let inMarket = 0;
  let inMarketProspects = 0;
  for (const person of people) {
    const fit = score(person);
    if (!person.connected) {
      if (fit.inMarket) inMarketProspects++;
      continue;
    }
    connections++;
    if (fit.inMarket) inMarket++;
    if (fit.targetCompany) covered.set(fit.targetCompany.name, (covered.get(fit.targetCompany.name) ?? 0) + 1);
    for (const reason of fit.reasons) matches[reason.dimension]++;
  }
  const goal = market.goals.inMarketConnections;
  return {
    connections,
    inMarket,
    inMarketShare: connections ? round3(inMarket / connections) : 0,
    inMarketProspects,
    goal,
    goalProgress: goal > 0 ? round3(inMarket / goal) : 0,
    coveredCompanies: covered.size,
    targetCompanies: market.companies.length,
    companyConnections: Object.fromEntries(covered),
    matches,
  };
}
