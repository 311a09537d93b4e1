// Industries on LinkedIn's Industry Codes V2: lookup by id or name, and "does this industry fall under that one".
import { foldText } from '../text/fold.ts';
import { INDUSTRY_CODES } from './industry-codes.data.ts';

export interface Industry {
  id: number;
  label: string;
  /** Labels from the top level down to this one. */
  path: readonly string[];
}

const INDUSTRIES: readonly Industry[] = INDUSTRY_CODES.map(([id, label, path]) => ({ id, label, path }));
const BY_ID = new Map(INDUSTRIES.map((industry) => [industry.id, industry]));
const BY_NAME = new Map(INDUSTRIES.map((industry) => [foldText(industry.label), industry]));
/** Top-level and intermediate groups that have no code of their own still name a branch of the tree. */
const BRANCHES = new Set(INDUSTRIES.flatMap((industry) => industry.path.map(foldText)));

export function allIndustries(): readonly Industry[] {
  return INDUSTRIES;
}

/** An industry by V2 id ("4") or name in any case/accents ("software development"); undefined when unknown. */
export function findIndustry(nameOrId: string | number): Industry | undefined {
  const text = String(nameOrId).trim();
  if (/^\d+$/.test(text)) return BY_ID.get(Number(text));
  return BY_NAME.get(foldText(text));
}

/** Whether a name is an industry or a branch of the tree ("Financial Services", "Manufacturing"). */
export function isIndustryName(name: string): boolean {
  return BRANCHES.has(foldText(name));
}

/**
 * Whether `industry` (a contact's) falls under `target` (a market's): the same industry, or a descendant in the V2
 * hierarchy ("Banking" falls under "Financial Services"). Free-text industries that are not V2 names match by name.
 */
export function industryFallsUnder(industry: string, target: string): boolean {
  const wanted = foldText(target);
  if (!wanted || !industry.trim()) return false;
  const found = findIndustry(industry);
  if (!found) return foldText(industry) === wanted;
  return found.path.some((label) => foldText(label) === wanted);
}
