// A market as the user writes it (the target-file shape: optional keys, companies as names or mappings), before validation.
import type { FitDimension } from './target-market.ts';

export interface DraftCompany {
  name: string;
  tier?: number;
  aliases?: string[];
  industry?: string;
}

/**
 * What `target set` reads from YAML and the dashboard's builder sends as JSON. Both go through the one target-file
 * schema, so this type only describes the shape; values are checked there.
 */
export interface MarketDraft {
  name: string;
  threshold?: number;
  companies?: (string | DraftCompany)[];
  functions?: string[];
  seniorities?: string[];
  industries?: string[];
  locations?: string[];
  keywords?: string[];
  companyIndustries?: Record<string, string>;
  weights?: Partial<Record<FitDimension, number>>;
  goals?: {
    inMarketConnections?: number;
    coveredCompanies?: number;
    by?: string;
    weekly?: { connectionRequests?: number; introductions?: number; shares?: number; followUps?: number };
  };
}
