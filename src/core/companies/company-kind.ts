// What a "company" field really says: an employer, or self-employment, freelancing, a stealth startup, or nothing.
import { foldText } from '../text/fold.ts';

export type CompanyKind = 'employer' | 'self-employed' | 'freelance' | 'stealth' | 'none';

/** Words that add nothing to "stealth" in a company field. */
const STEALTH_FILLER = '(?:a|an|in|the|new|early|stage|mode|startup|start|up|company|co|venture|project)';
const STEALTH = new RegExp(`^(?:${STEALTH_FILLER} )*stealth(?: ${STEALTH_FILLER})*$`);

const RULES: readonly [RegExp, CompanyKind][] = [
  [/^(self ?employed|self employment|autonomo|autonoma|auto entrepreneur|selbststandig|selbstandig|independiente|independent|independent consultant|own business|my own company)$/, 'self-employed'],
  [/^(freelance|freelancer|freelancing|free lance|contractor|independent contractor|consultant|various|various clients|multiple clients)$/, 'freelance'],
  // Only a name that says nothing but "stealth" ("Stealth", "Stealth Mode", "In stealth", "Stealth-mode startup"):
  // a real company with "stealth" in its name ("Analytical Engines (stealth)") is still that company.
  [STEALTH, 'stealth'],
  [/^(none|n a|na|unemployed|open to work|looking for opportunities|seeking opportunities|career break|retired|student|confidential|private|undisclosed|-+)$/, 'none'],
];

/**
 * Self-employment, freelancing and stealth startups are not wells to tap: many contacts share these words without
 * sharing a company. Recognised on the folded name, in a few languages.
 */
export function companyKind(company: string): CompanyKind {
  const folded = foldText(company);
  if (!folded) return 'none';
  for (const [pattern, kind] of RULES) if (pattern.test(folded)) return kind;
  return 'employer';
}
