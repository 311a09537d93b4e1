// The four pillars of the referability index, 25 points each, every one explained with its next best actions.
//
// reach        25 × min(1, in-market connections / goals.inMarketConnections)
// breadth      coverage 15 × min(1, target companies with a contact / min(goals.coveredCompanies, target companies))
//              + spread 10 × min(1, effective number of companies (1/HHI) / min(spreadGoal, max(3, target companies)))
// reciprocity  giving 12 × min(1, introductions and referrals given in the last windowDays / (goals.weekly.introductions × window weeks))
//              + receiving 8 × min(1, referrals received in the window / receivedGoal)
//              + balance 5, less 1 per thank-you owed and 1 per referral of negative lifetime balance (0 with an empty ledger)
// go-to        25 × go-to score / 100 (content: focus share, weekly cadence, shared-to-created mix)
import type { GoToScore } from '../content/go-to-score.ts';
import type { NextAction } from '../text/next-action.ts';

export const PILLAR_MAX = 25;

export const INDEX_DEFAULTS = {
  breadth: { coveragePoints: 15, spreadPoints: 10, spreadGoal: 8, minSpreadGoal: 3, concentratedTop5Share: 0.6 },
  reciprocity: { givingPoints: 12, receivingPoints: 8, balancePoints: 5, windowDays: 90, receivedGoal: 2 },
  whiteSpaceShown: 3,
};

export type PillarName = 'reach' | 'breadth' | 'reciprocity' | 'go-to';

export interface PillarPart {
  name: string;
  points: number;
  max: number;
  detail: string;
}

export interface Pillar {
  name: PillarName;
  label: string;
  /** 0–25, one decimal. */
  score: number;
  max: number;
  explanation: string;
  parts: PillarPart[];
  /** Next best actions, most useful first; empty when the pillar is full. */
  actions: NextAction[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const share = (value: number, goal: number) => (goal > 0 ? Math.min(1, Math.max(0, value / goal)) : value > 0 ? 1 : 0);
const percent = (value: number) => `${Math.round(value * 100)}%`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function pillar(name: PillarName, label: string, parts: PillarPart[], explanation: string, actions: NextAction[]): Pillar {
  return { name, label, score: round1(parts.reduce((sum, part) => sum + part.points, 0)), max: PILLAR_MAX, explanation, parts, actions };
}

export interface ReachInput {
  inMarket: number;
  goal: number;
  /** In-market people in your lists you are not connected to yet. */
  prospects: number;
  weeklyConnectionRequests: number;
}

export function reachPillar(input: ReachInput): Pillar {
  const fraction = share(input.inMarket, input.goal);
  const missing = Math.max(0, input.goal - input.inMarket);
  const actions: NextAction[] = [];
  if (missing > 0) {
    actions.push({ text: `Add ${missing} in-market connections to reach your goal of ${input.goal}: send ${input.weeklyConnectionRequests} connection requests a week to in-market people`, command: 'referable plan', link: '/week' });
    if (input.prospects > 0) actions.push({ text: `Start with the ${plural(input.prospects, 'in-market prospect')} already in your lists`, command: 'referable contacts list --in-market', link: '/contacts?inMarket=true' });
  }
  return pillar(
    'reach',
    'reach in market',
    [{ name: 'in-market connections', points: round1(PILLAR_MAX * fraction), max: PILLAR_MAX, detail: `${input.inMarket} of ${input.goal}` }],
    `${input.inMarket} in-market connections against a goal of ${input.goal} (${percent(fraction)}): word of mouth needs numbers inside your market`,
    actions,
  );
}

export interface BreadthInput {
  targetCompanies: number;
  covered: number;
  coveredGoal: number;
  /** Target companies with nobody, most wanted (tier 1) first. */
  whiteSpace: string[];
  top5Share: number;
  effectiveCompanies: number;
  topCompanies: string[];
}

export function breadthPillar(input: BreadthInput, defaults = INDEX_DEFAULTS): Pillar {
  const d = defaults.breadth;
  const coveredGoal = Math.min(input.coveredGoal, input.targetCompanies);
  const coverage = share(input.covered, coveredGoal);
  // A short target list caps how spread an in-market network can be: the goal never exceeds the list's length.
  const spreadGoal = input.targetCompanies > 0 ? Math.min(d.spreadGoal, Math.max(d.minSpreadGoal, input.targetCompanies)) : d.spreadGoal;
  const spread = share(input.effectiveCompanies, spreadGoal);
  const actions: NextAction[] = [];
  if (input.targetCompanies === 0) actions.push({ text: 'List your target companies in your target market', command: 'referable target set target.yaml', link: '/target' });
  else if (coverage < 1 && input.whiteSpace.length > 0) {
    const shown = input.whiteSpace.slice(0, defaults.whiteSpaceShown);
    actions.push({ text: `Find a first contact at ${shown.join(', ')} (nobody there yet)`, command: `referable path "${shown[0]}"`, link: `/network?company=${encodeURIComponent(shown[0])}` });
  }
  if (spread < 1 && input.topCompanies.length > 0 && input.top5Share >= d.concentratedTop5Share) {
    // "at 5 companies" only when there are five: a network at two companies is told so.
    const top = Math.min(5, input.topCompanies.length);
    const named = `${input.topCompanies.slice(0, 3).join(', ')}${input.topCompanies.length > 3 ? '...' : ''}`;
    const where = top === 1 ? `at one company (${named})` : `at ${top === 5 ? '5' : `only ${top}`} companies (${named})`;
    actions.push({ text: `Spread out: ${percent(input.top5Share)} of your in-market contacts are ${where}; connect at others so you do not tap the same wells`, link: '/network' });
  } else if (spread < 1) actions.push({ text: `Connect with in-market people at more companies: you are as spread as ${input.effectiveCompanies} equal companies, aim for ${spreadGoal}`, link: '/network' });
  return pillar(
    'breadth',
    'breadth',
    [
      { name: 'coverage', points: round1(d.coveragePoints * coverage), max: d.coveragePoints, detail: `${input.covered} of ${input.targetCompanies} target companies covered, goal ${coveredGoal}` },
      { name: 'spread', points: round1(d.spreadPoints * spread), max: d.spreadPoints, detail: `as spread as ${input.effectiveCompanies} equal companies (goal ${spreadGoal}); top 5 hold ${percent(input.top5Share)}` },
    ],
    `${input.covered} of ${input.targetCompanies} target companies have a contact (goal ${coveredGoal}); your in-market contacts are as spread as ${input.effectiveCompanies} equal companies`,
    actions,
  );
}

export interface ReciprocityInput {
  /** Referrals given in the window: ledger events plus introductions made that are not in the ledger. */
  givenRecent: number;
  receivedRecent: number;
  /** Lifetime given - received. */
  balance: number;
  /** Referrals in the ledger, ever (an empty ledger earns no balance points). */
  everRecorded: number;
  thankYousOwed: number;
  weeklyIntroductions: number;
}

export function reciprocityPillar(input: ReciprocityInput, defaults = INDEX_DEFAULTS): Pillar {
  const d = defaults.reciprocity;
  const weeks = Math.round(d.windowDays / 7);
  const givingGoal = Math.max(1, Math.round(input.weeklyIntroductions * weeks));
  const giving = share(input.givenRecent, givingGoal);
  const receiving = share(input.receivedRecent, d.receivedGoal);
  const balancePoints = input.everRecorded === 0 ? 0 : Math.max(0, d.balancePoints - input.thankYousOwed - Math.max(0, -input.balance));
  const actions: NextAction[] = [];
  if (input.thankYousOwed > 0) actions.push({ text: `Say thank you for ${plural(input.thankYousOwed, 'referral')} received`, command: 'referable ledger thanks', link: '/intros?thank=1#ledger' });
  if (giving < 1) actions.push({ text: `Make introductions: ${input.givenRecent} given in the last ${d.windowDays} days against ${givingGoal} (${input.weeklyIntroductions} a week)`, command: 'referable intros suggest', link: '/intros#suggestions' });
  if (receiving < 1) actions.push({ text: `Ask for referrals: ${input.receivedRecent} received in the last ${d.windowDays} days; ask in-market contacts you have helped, and record them in the ledger`, command: 'referable ledger add received', link: '/intros#ledger' });
  if (input.everRecorded === 0) actions.push({ text: 'Record the introductions and referrals you remember', command: 'referable ledger add given|received', link: '/intros#ledger' });
  return pillar(
    'reciprocity',
    'reciprocity',
    [
      { name: 'giving', points: round1(d.givingPoints * giving), max: d.givingPoints, detail: `${input.givenRecent} given in ${d.windowDays} days, goal ${givingGoal}` },
      { name: 'receiving', points: round1(d.receivingPoints * receiving), max: d.receivingPoints, detail: `${input.receivedRecent} received in ${d.windowDays} days, goal ${d.receivedGoal}` },
      { name: 'balance', points: balancePoints, max: d.balancePoints, detail: input.everRecorded === 0 ? 'empty ledger' : `balance ${input.balance > 0 ? '+' : ''}${input.balance}, ${plural(input.thankYousOwed, 'thank-you')} owed` },
    ],
    `${input.givenRecent} introductions and referrals given and ${input.receivedRecent} received in the last ${d.windowDays} days; lifetime balance ${input.balance > 0 ? '+' : ''}${input.balance}${input.thankYousOwed ? `, ${plural(input.thankYousOwed, 'thank-you')} owed` : ''}`,
    actions,
  );
}

export function goToPillar(goTo: GoToScore): Pillar {
  const parts = goTo.parts.map((part) => ({ name: part.name, points: round1((part.points * PILLAR_MAX) / 100), max: round1((part.max * PILLAR_MAX) / 100), detail: part.explanation }));
  const explanation = goTo.totalItems === 0
    ? 'no content items yet, so 0: import your LinkedIn export (Shares.csv, Articles/) or add what you create and share'
    : `go-to score ${goTo.score}/100 over the last ${goTo.window.weeks} weeks: ${goTo.onFocus} of ${goTo.items} items on your focus topics, ${goTo.created} created and ${goTo.shared} shared`;
  return pillar('go-to', 'go-to presence', parts, explanation, goTo.actions);
}
