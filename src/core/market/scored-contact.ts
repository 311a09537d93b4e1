// A contact as the market report sees it: scored against the market, with the member's tie strength.
import type { TargetCompany } from './target-market.ts';

/** A contact as the report sees it: scored against the market, with the member's tie strength. */
export interface ScoredContact {
  id: string;
  name: string;
  company: string;
  companyKey: string;
  title: string;
  seniority: string;
  function: string;
  connectedOn: string;
  fit: number;
  inMarket: boolean;
  targetCompany: TargetCompany | null;
  /** Strength of the member's own tie, or null for a prospect (no tie yet). */
  strength: number | null;
}
