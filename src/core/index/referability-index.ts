// The referability index (0–100): reach in market, breadth, reciprocity and go-to presence, 25 points each
// (formulas in pillars.ts). Unlike LinkedIn's Social Selling Index it is computed from your own data, against
// your own goals, and every point comes with the reason and the next step.
import type { GoToScore } from '../content/go-to-score.ts';
import type { NextAction } from '../text/next-action.ts';
import { breadthPillar, goToPillar, INDEX_DEFAULTS, reachPillar, reciprocityPillar, type BreadthInput, type Pillar, type ReachInput, type ReciprocityInput } from './pillars.ts';

export interface ReferabilityIndex {
  /** 0–100, the sum of the four pillars. */
  score: number;
  asOf: string;
  market: string;
  pillars: Pillar[];
  /** The single most useful step: the first action of the pillar furthest from full. */
  nextAction: NextAction | null;
}

export interface IndexInput {
  asOf: string;
  market: string;
  reach: ReachInput;
  breadth: BreadthInput;
  reciprocity: ReciprocityInput;
  goTo: GoToScore;
}

export function referabilityIndex(input: IndexInput, defaults = INDEX_DEFAULTS): ReferabilityIndex {
  const pillars = [reachPillar(input.reach), breadthPillar(input.breadth, defaults), reciprocityPillar(input.reciprocity, defaults), goToPillar(input.goTo)];
  const score = Math.round(pillars.reduce((sum, pillar) => sum + pillar.score, 0) * 10) / 10;
  const weakest = [...pillars].filter((pillar) => pillar.actions.length > 0).sort((a, b) => a.score - b.score)[0];
  return { score, asOf: input.asOf, market: input.market, pillars, nextAction: weakest?.actions[0] ?? null };
}

/** What a daily snapshot keeps: enough for the history and its sparklines. */
export interface IndexSnapshot {
  takenOn: string;
  score: number;
  pillars: { name: string; score: number }[];
}

export function snapshotOf(index: ReferabilityIndex): Omit<IndexSnapshot, 'takenOn'> {
  return { score: index.score, pillars: index.pillars.map((pillar) => ({ name: pillar.name, score: pillar.score })) };
}

/** A snapshot payload read back from the store; a damaged one is skipped rather than breaking the history. */
export function parseSnapshot(takenOn: string, payload: string): IndexSnapshot | null {
  try {
    const value = JSON.parse(payload) as { score?: unknown; pillars?: unknown };
    if (typeof value.score !== 'number' || !Array.isArray(value.pillars)) return null;
    const pillars = value.pillars
      .filter((pillar): pillar is { name: string; score: number } => typeof pillar?.name === 'string' && typeof pillar?.score === 'number')
      .map((pillar) => ({ name: pillar.name, score: pillar.score }));
    return { takenOn, score: value.score, pillars };
  } catch {
    return null;
  }
}
