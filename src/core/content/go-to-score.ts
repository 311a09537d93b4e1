// The go-to score (0–100): is your content making you the go-to person on your focus topics?
//
// Three parts over the last `windowWeeks` weeks, each against the user's content goals (settings):
//   focus   (40) share of items on a focus topic, against goals.focusShare;
//   cadence (40) mean over the weeks of min(1, items that week / goals.itemsPerWeek): steady beats a burst;
//   mix     (20) shared-to-created ratio r against goals.sharedToCreated g: min(r/g, g/r); half marks when you
//                only create or only share (both leave an impression; sharing others' work is cheap and generous).
// Focus and mix are shares, and a share of one or two items says little: both are weighed by the evidence,
// min(1, n / fullEvidenceItems), shrinking a small sample toward no credit (limited-fluctuation credibility), so one
// post on a focus topic moves the score a little instead of from 0 to 50. Cadence counts items, so it needs no weight.
// Points are rounded to one decimal; the score is their sum.

import type { NextAction } from '../text/next-action.ts';

/** How the terminal records a piece (the dashboard's Content page has a form for it). */
const ADD_ITEM = 'referable content add URL --title TITLE --kind created|shared';
const ADD_CREATED = 'referable content add URL --title TITLE --kind created';
const ADD_SHARED = 'referable content add URL --title TITLE --kind shared';

export interface ContentGoals {
  focusShare: number;
  itemsPerWeek: number;
  sharedToCreated: number;
}

export interface ScoredItem {
  kind: 'created' | 'shared';
  /** YYYY-MM-DD. */
  publishedOn: string;
  onFocus: boolean;
}

export const GO_TO_DEFAULTS = {
  windowWeeks: 12,
  points: { focus: 40, cadence: 40, mix: 20 },
  /** Share of the mix points when all items are created or all shared. */
  oneSidedMix: 0.5,
  /** Items in the window from which focus and mix count in full (three weeks at the usual goal of two a week). */
  fullEvidenceItems: 6,
};

export interface GoToPart {
  name: 'focus' | 'cadence' | 'mix';
  points: number;
  max: number;
  /** The measured value: share (0–1), items per week, or shared per created (null when nothing was created). */
  value: number | null;
  goal: number;
  explanation: string;
  action: NextAction | null;
}

export interface GoToScore {
  score: number;
  /** Items dated in the window. */
  items: number;
  created: number;
  shared: number;
  onFocus: number;
  window: { from: string; to: string; weeks: number };
  /** Items per week over the window, oldest first (for a sparkline). */
  weekly: number[];
  parts: GoToPart[];
  /** The most useful next steps, biggest missing points first. */
  actions: NextAction[];
  /** Items of any date: 0 means nothing was ever imported or added. */
  totalItems: number;
  focusTopics: string[];
}

const DAY_MS = 86_400_000;
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const percent = (value: number) => `${Math.round(value * 100)}%`;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function goToScore(input: { items: readonly ScoredItem[]; goals: ContentGoals; asOf: string; focusTopics: readonly string[] }, options: Partial<typeof GO_TO_DEFAULTS> = {}): GoToScore {
  const o = { ...GO_TO_DEFAULTS, ...options };
  const { goals, asOf } = input;
  const weeks = Math.max(1, o.windowWeeks);
  const from = addDays(asOf, -(weeks * 7 - 1));
  const inWindow = input.items.filter((item) => item.publishedOn >= from && item.publishedOn <= asOf);
  const created = inWindow.filter((item) => item.kind === 'created').length;
  const shared = inWindow.length - created;
  const onFocus = inWindow.filter((item) => item.onFocus).length;
  const weekly = new Array<number>(weeks).fill(0);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  for (const item of inWindow) weekly[Math.min(weeks - 1, Math.floor((Date.parse(`${item.publishedOn}T00:00:00Z`) - fromMs) / (7 * DAY_MS)))]++;

  const topicsText = input.focusTopics.length ? input.focusTopics.slice(0, 5).join(', ') : '';
  const span = `the last ${weeks} weeks`;
  // How far a share of this many items can be trusted: full from fullEvidenceItems, said in the explanation below it.
  const credibility = Math.min(1, inWindow.length / Math.max(1, o.fullEvidenceItems));
  const weighed = credibility < 1 && inWindow.length > 0 ? `; weighed ${percent(credibility)} (${inWindow.length} of the ${o.fullEvidenceItems} items a share counts in full from)` : '';

  // Focus: share of items on a focus topic.
  const focusShare = inWindow.length ? onFocus / inWindow.length : 0;
  const focusFraction = goals.focusShare > 0 ? Math.min(1, focusShare / goals.focusShare) : 1;
  const focus: GoToPart = {
    name: 'focus',
    max: o.points.focus,
    points: input.focusTopics.length ? round1(o.points.focus * focusFraction * credibility) : 0,
    value: round2(focusShare),
    goal: goals.focusShare,
    explanation: input.focusTopics.length === 0
      ? 'no focus topics yet: add keywords to your target market or content topics to your settings'
      : `${onFocus} of ${inWindow.length} items in ${span} are on your focus topics (${topicsText}): ${percent(focusShare)} against a goal of ${percent(goals.focusShare)}${weighed}`,
    action: input.focusTopics.length === 0
      ? { text: 'Name your focus topics: add keywords to your target market or content topics to your settings', command: 'referable target set target.yaml', link: '/target' }
      : focusFraction < 1 ? { text: `Share or write about ${input.focusTopics[0]}: ${percent(goals.focusShare)} of your items should be on ${topicsText}`, command: ADD_ITEM, link: '/content' } : null,
  };

  // Cadence: steady weeks, each capped at the weekly goal.
  const perWeek = inWindow.length / weeks;
  const cadenceFraction = goals.itemsPerWeek > 0 ? weekly.reduce((sum, count) => sum + Math.min(1, count / goals.itemsPerWeek), 0) / weeks : 1;
  const activeWeeks = weekly.filter((count) => count > 0).length;
  const cadence: GoToPart = {
    name: 'cadence',
    max: o.points.cadence,
    points: round1(o.points.cadence * cadenceFraction),
    value: round2(perWeek),
    goal: goals.itemsPerWeek,
    explanation: `${inWindow.length} items in ${span} (${round2(perWeek)} a week, active in ${activeWeeks} of ${weeks} weeks) against a goal of ${goals.itemsPerWeek} a week`,
    action: cadenceFraction < 1 ? { text: `Post or share ${goals.itemsPerWeek} item${goals.itemsPerWeek === 1 ? '' : 's'} every week: a steady rhythm beats a burst`, command: ADD_ITEM, link: '/content' } : null,
  };

  // Mix: what you share matters as much as what you write.
  const ratio = created > 0 ? shared / created : null;
  const g = goals.sharedToCreated;
  let mixFraction = 0;
  if (inWindow.length > 0) mixFraction = created === 0 || shared === 0 ? o.oneSidedMix : g > 0 ? Math.min(ratio! / g, g / ratio!) : 1;
  const mix: GoToPart = {
    name: 'mix',
    max: o.points.mix,
    points: round1(o.points.mix * mixFraction * credibility),
    value: ratio === null ? null : round2(ratio),
    goal: g,
    explanation: inWindow.length === 0
      ? `nothing created or shared in ${span}`
      : `${shared} shared and ${created} created in ${span}${ratio === null ? '' : ` (${round2(ratio)} shared per created)`} against a goal of ${g} shared per created${weighed}`,
    action: inWindow.length === 0 ? null
      : created === 0 ? { text: 'Write a short post of your own on a focus topic: shares alone do not make you the source', command: ADD_CREATED, link: '/content' }
      : shared === 0 || (ratio !== null && ratio < g) ? { text: 'Share more of other people\'s good pieces on your focus topics, with a line of your own', command: ADD_SHARED, link: '/content' }
      : ratio !== null && ratio > g && mixFraction < 1 ? { text: 'Write more of your own: turn what you share into a short post with your view', command: ADD_CREATED, link: '/content' } : null,
  };

  const parts = [focus, cadence, mix];
  const actions = [...parts]
    .sort((a, b) => b.max - b.points - (a.max - a.points))
    .map((part) => part.action)
    .filter((action): action is NextAction => action !== null);
  if (input.items.length === 0) {
    actions.unshift({ text: 'Import your LinkedIn export (Shares.csv and Articles), or add the pieces you create and share', command: 'referable import EXPORT.zip', link: '/import' });
  }
  return {
    score: round1(parts.reduce((sum, part) => sum + part.points, 0)),
    items: inWindow.length,
    created,
    shared,
    onFocus,
    window: { from, to: asOf, weeks },
    weekly,
    parts,
    actions,
    totalItems: input.items.length,
    focusTopics: [...input.focusTopics],
  };
}
