// Tie strength in (0, 1] from the evidence behind a tie, each tie explaining its value.
//
// Granovetter (1973, "The Strength of Weak Ties") defines strength as a mix of time spent together, emotional
// intensity, intimacy and reciprocal services. An export shows proxies of those: messages (time and recency),
// endorsements and recommendations (reciprocal services), who invited whom, how long you have been connected, the
// interactions you log, and your own rating. Rajkumar et al. (Science, 2022; 20 million LinkedIn members) found that
// moderately weak ties, not the strongest, carried the most job mobility, so the scale is built to separate "never
// spoke" from "moderately weak" from "strong" rather than to rank close friends. What a strength means for an ask is
// pass-probability.ts, calibrated against field studies in docs/evidence.md; each explanation ends with it.
import { describePass } from './pass-probability.ts';
import type { TieKind } from './tie.ts';
import type { TieSignals } from './tie-signals.ts';

export const TIE_STRENGTH_DEFAULTS = {
  /** Starting point by how the tie is known: a LinkedIn connection alone is a weak tie. */
  base: { connected: 0.08, knows: 0.15, manual: 0.25 } as Record<TieKind, number>,
  /** Messages: up to this much, saturating (half reached at `messageHalf` messages). */
  messages: 0.3,
  messageHalf: 6,
  /** Recency of the last message: up to this much, halving every `recencyHalfLifeDays`. */
  recency: 0.2,
  recencyHalfLifeDays: 180,
  /**
   * How much evidence recency needs before it counts in full: it is weighed by n / (n + this), n the messages and
   * interactions on record, so one coffee chat today moves a tie a little (+0.07), not from weak to moderate at once.
   */
  recencyEvidence: 2,
  /** Interactions you logged (coffee chats, calls, follow-ups): up to this much, saturating (half at `interactionHalf`). */
  interactions: 0.25,
  interactionHalf: 3,
  /** They invited you: they chose to connect. */
  invitedByThem: 0.04,
  /** Endorsements, saturating at `endorsementCap`. */
  endorsements: 0.08,
  endorsementCap: 5,
  /** A written recommendation is a strong reciprocal service. */
  recommendation: 0.15,
  /** Years connected, saturating at `ageCapYears`: a long-standing tie is a little stronger than a new one. */
  age: 0.05,
  ageCapYears: 10,
  /** A manual rating (1–5) weighs this much against the computed value: you know better than the export. */
  ratingWeight: 0.7,
  floor: 0.02,
};

export type TieStrengthOptions = typeof TIE_STRENGTH_DEFAULTS;

export interface StrengthPart {
  signal: string;
  detail: string;
  contribution: number;
}

export interface TieStrength {
  strength: number;
  parts: StrengthPart[];
}

export interface TieEvidence {
  kind: TieKind;
  connectedOn: string;
  signals: TieSignals;
  /** The contact's manual rating, 1–5, or null. */
  rating: number | null;
}

const DAY_MS = 86_400_000;

function daysBetween(fromIso: string, now: number): number {
  const from = Date.parse(fromIso);
  return Number.isNaN(from) ? Number.POSITIVE_INFINITY : Math.max(0, (now - from) / DAY_MS);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** "40 days ago" within a year, then "3 years ago (2023-05-02)": nobody reads "63398 days" at a glance. */
function ago(days: number, at: string): string {
  const whole = Math.round(days);
  if (whole <= 365) return `${whole} day${whole === 1 ? '' : 's'} ago`;
  const years = Math.floor(whole / 365.25);
  return `${years} year${years === 1 ? '' : 's'} ago (${at.slice(0, 10)})`;
}

/** `now` is a clock value in ms (core takes time as an argument). */
export function tieStrength(evidence: TieEvidence, now: number, options?: Partial<TieStrengthOptions>): TieStrength {
  const parts: StrengthPart[] = [];
  const strength = measure(evidence, now, options, parts);
  return { strength, parts };
}

/**
 * The strength alone, the same number tieStrength gives: scoring and the network weigh 30,000 ties at a time and read
 * no explanation, so none is written (a string or two and an object per tie, most of the work otherwise).
 */
export function tieStrengthValue(evidence: TieEvidence, now: number, options?: Partial<TieStrengthOptions>): number {
  return measure(evidence, now, options, null);
}

/**
 * The running sum of a measurement and where its explained parts go: one per call, passed to addPart rather than
 * captured by a closure made on every call (30,000 closures per network load, each named by the TypeScript loader).
 */
interface Tally {
  sum: number;
  parts: StrengthPart[] | null;
}

/** Adds a positive contribution, rounded, to the sum (and to the parts when explaining). */
function addPart(tally: Tally, signal: string, detail: string, contribution: number): void {
  if (contribution <= 0) return;
  const rounded = round(contribution);
  tally.sum += rounded;
  tally.parts?.push({ signal, detail, contribution: rounded });
}

/** The strength, with each part that adds to it pushed to `parts` (explained) unless `parts` is null. */
function measure(evidence: TieEvidence, now: number, options: Partial<TieStrengthOptions> | undefined, parts: StrengthPart[] | null): number {
  // Called once per tie (30,000 on a full network): skip the merge, an object spread per call, when nothing is tuned.
  const o: TieStrengthOptions = options ? { ...TIE_STRENGTH_DEFAULTS, ...options } : TIE_STRENGTH_DEFAULTS;
  // The sum of the rounded contributions in the order they are listed: what an explanation's parts add up to.
  const tally: Tally = { sum: 0, parts };
  const explained = parts !== null;
  const s = evidence.signals;
  addPart(tally, 'kind', evidence.kind === 'connected' ? 'LinkedIn connection' : evidence.kind === 'knows' ? 'in your address book' : 'linked by hand', o.base[evidence.kind] ?? o.base.connected);
  if (s.messageCount > 0) addPart(tally, 'messages', explained ? `${s.messageCount} message${s.messageCount === 1 ? '' : 's'}` : '', o.messages * (s.messageCount / (s.messageCount + o.messageHalf)));
  const interactions = s.interactionCount ?? 0;
  if (interactions > 0) addPart(tally, 'interactions', explained ? `${interactions} logged interaction${interactions === 1 ? '' : 's'}` : '', o.interactions * (interactions / (interactions + o.interactionHalf)));
  // Recency counts the latest contact of any kind: an imported message or an interaction you logged.
  const lastMessage = s.messageCount > 0 ? s.lastMessageAt : '';
  const lastLogged = interactions > 0 ? (s.lastInteractionAt ?? '') : '';
  const latest = lastMessage > lastLogged ? lastMessage : lastLogged;
  if (latest) {
    const days = daysBetween(latest, now);
    const evidenceCount = s.messageCount + interactions;
    const weight = evidenceCount / (evidenceCount + o.recencyEvidence);
    if (Number.isFinite(days)) {
      const what = latest === lastMessage ? 'last message' : 'last interaction';
      const weighed = weight < 0.99 ? ` (weighed ${Math.round(weight * 100)}%: ${evidenceCount} contact${evidenceCount === 1 ? '' : 's'} on record)` : '';
      addPart(tally, 'recency', explained ? `${what} ${ago(days, latest)}${weighed}` : '', o.recency * weight * Math.pow(0.5, days / o.recencyHalfLifeDays));
    }
  }
  if (s.invitedBy === 'them') addPart(tally, 'invitation', 'they invited you', o.invitedByThem);
  if (s.endorsementCount > 0) addPart(tally, 'endorsements', explained ? `${s.endorsementCount} endorsement${s.endorsementCount === 1 ? '' : 's'}` : '', o.endorsements * Math.min(1, s.endorsementCount / o.endorsementCap));
  if (s.recommendedMe) addPart(tally, 'recommendation', 'wrote you a recommendation', o.recommendation);
  const years = daysBetween(evidence.connectedOn, now) / 365.25;
  if (Number.isFinite(years) && years >= 1) addPart(tally, 'age', explained ? `connected ${Math.floor(years)} year${years >= 2 ? 's' : ''}` : '', o.age * Math.min(1, years / o.ageCapYears));

  let strength = tally.sum;
  if (evidence.rating !== null && evidence.rating >= 1 && evidence.rating <= 5) {
    const rated = evidence.rating / 5;
    const blended = (1 - o.ratingWeight) * strength + o.ratingWeight * rated;
    parts?.push({ signal: 'rating', detail: `you rated ${evidence.rating}/5`, contribution: round(blended - strength) });
    strength = blended;
  }
  return round(Math.min(1, Math.max(o.floor, strength)));
}

export const STRENGTH_BANDS = [
  { label: 'weak', min: 0, max: 0.2 },
  { label: 'moderate', min: 0.2, max: 0.5 },
  { label: 'strong', min: 0.5, max: 1.0001 },
] as const;

export function strengthBand(strength: number): (typeof STRENGTH_BANDS)[number]['label'] {
  return (STRENGTH_BANDS.find((band) => strength >= band.min && strength < band.max) ?? STRENGTH_BANDS[0]).label;
}

export function explainStrength(result: TieStrength): string {
  const parts = result.parts.map((part) => `${part.detail} ${part.contribution >= 0 ? '+' : ''}${part.contribution.toFixed(2)}`).join(', ');
  return `${parts}; ${describePass(result.strength)}`;
}
