// The three comparisons of the evidence run, each with intervals and a plain verdict, from one pass model's tallies.
//
// 1. Granovetter (1973, p. 1371): hires through a contact by how often the contact was seen (the calibration target).
// 2. Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson & Aral ("A causal test of the strength of weak ties", Science
//    377, 2022): job transmission per tie is an inverted U in tie strength — moderately weak ties help most. They
//    measured strength two ways: by mutual connections (the inverted U) and by interaction intensity (the weakest
//    ties helped most). Here: hires per seeker tie over Referable's strength and over mutual connections.
// 3. Gee, Jones & Burke ("Social Networks and Labor Markets: How Strong Ties Relate to Job Finding on Facebook's
//    Social Network", Journal of Labor Economics 35(2), 2017; 6 million Facebook users): one strong tie is
//    individually more useful than one weak tie, yet weaker ties account for more jobs in total because there are so
//    many of them. Here strong = Referable's strong band (≥ 0.5), weaker = everything below it.
// Predictions (2 and 3) use a model fitted on 1 only; none of their numbers enters the fit.
import type { Random } from '../random/seeded-random.ts';
import { bootstrapWorlds, wilsonInterval, type Estimate } from './bootstrap.ts';
import { GRANOVETTER, granovetterFit } from './calibration.ts';
import { STRENGTH_BINS, strengthBinLabel, type WorldTally } from './evidence-tally.ts';
import { MUTUAL_BINS, mutualBinLabel } from './mutual-connections.ts';
import { BANDS } from './world-options.ts';

export type Verdict = 'reproduced' | 'partly' | 'not reproduced';

export const COMPARISON_DEFAULTS = {
  /** A bin enters a curve's shape only with at least this many seeker ties over all worlds (else it is too noisy). */
  minTies: 2000,
  /** Rates are per this many ties. */
  per: 1000,
};

/** Granovetter's 1973 chain lengths: 0, 1, 2 and more than 2 intermediaries between the employer and the job-finder (N = 64). */
export const GRANOVETTER_CHAINS = { shares: [0.391, 0.453, 0.125, 0.031] as readonly number[], n: 64 };

export interface GranovetterComparison {
  /** Simulated shares of contact hires by band (often, occasionally, rarely), 0–1. */
  shares: Estimate[];
  /** The paper's shares with Wilson intervals. */
  paper: Estimate[];
  x2: number;
  p: number;
  /** Widest half-interval of the simulated shares, 0–1. */
  halfWidth: number;
  verdict: Verdict;
}

export interface CurvePoint {
  label: string;
  ties: number;
  hires: number;
  /** Share of all seeker ties in this bin, 0–1. */
  tieShare: number;
  /** Hires per `per` ties. */
  rate: Estimate;
}

export type Shape = 'inverted U' | 'rises, then levels off' | 'level, then falls' | 'rises' | 'falls' | 'flat';

export interface Curve {
  points: CurvePoint[];
  /** Indexes of the points that have enough ties to shape the curve. */
  used: number[];
  peak: number;
  /** Rate at the peak minus the rate at the first and at the last used point. */
  riseToPeak: Estimate;
  fallAfterPeak: Estimate;
  shape: Shape;
}

export interface GeeComparison {
  /** Hires per `per` ties in Referable's weak, moderate and strong bands. */
  perTie: Estimate[];
  /** Shares of contact hires through each band, 0–1. */
  share: Estimate[];
  /** Per-tie rate of strong ties divided by that of all weaker ties. */
  strongOverWeaker: Estimate;
  /** Share of contact hires through ties weaker than strong. */
  weakerShare: Estimate;
  individual: boolean;
  aggregate: boolean;
  verdict: Verdict;
}

export interface Comparisons {
  worlds: number;
  contactHires: number;
  formalHires: number;
  granovetter: GranovetterComparison;
  rajkumar: { strength: Curve; mutual: Curve; verdict: Verdict };
  gee: GeeComparison;
  /** Contact hires by intermediaries between hiring team and seeker: 0, 1, 2, more. */
  chains: Estimate[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

function shapeOf(peak: number, used: number[], rise: Estimate, fall: Estimate): Shape {
  const rises = rise.low > 0;
  const falls = fall.low > 0;
  const interior = peak !== used[0] && peak !== used[used.length - 1];
  if (interior && rises && falls) return 'inverted U';
  if (rises && !falls) return interior ? 'rises, then levels off' : 'rises';
  if (falls && !rises) return interior ? 'level, then falls' : 'falls';
  return 'flat';
}

type Key = 'strength' | 'mutual';

function curve(tallies: readonly WorldTally[], key: Key, labels: string[], random: Random, o: typeof COMPARISON_DEFAULTS): Curve {
  const total = (pick: (t: WorldTally) => number) => tallies.reduce((sum, t) => sum + pick(t), 0);
  const ties = labels.map((_, bin) => total((t) => t.ties[key][bin]));
  const allTies = ties.reduce((a, b) => a + b, 0);
  const used = labels.map((_, bin) => bin).filter((bin) => ties[bin] >= o.minTies);
  const hires = labels.map((_, bin) => total((t) => t.hires[key][bin]));
  const rateOf = (t: WorldTally, bin: number) => (o.per * t.hires[key][bin]) / t.ties[key][bin];
  const pooled = used.map((bin) => (o.per * hires[bin]) / ties[bin]);
  const peak = used[pooled.indexOf(Math.max(...pooled))];
  const first = used[0];
  const last = used[used.length - 1];
  const statistics: Record<string, (sum: WorldTally) => number> = {
    rise: (sum) => rateOf(sum, peak) - rateOf(sum, first),
    fall: (sum) => rateOf(sum, peak) - rateOf(sum, last),
  };
  labels.forEach((_, bin) => (statistics[`bin${bin}`] = (sum) => rateOf(sum, bin)));
  const estimates = bootstrapWorlds(tallies, statistics, random);
  return {
    points: labels.map((label, bin) => ({ label, ties: ties[bin], hires: hires[bin], tieShare: ties[bin] / allTies, rate: estimates[`bin${bin}`] })),
    used,
    peak,
    riseToPeak: estimates.rise,
    fallAfterPeak: estimates.fall,
    shape: shapeOf(peak, used, estimates.rise, estimates.fall),
  };
}

function granovetter(tallies: readonly WorldTally[], random: Random): GranovetterComparison {
  const estimates = bootstrapWorlds(
    tallies,
    { often: (s: WorldTally) => ratio(s.hires.band[0], s.contact), occasionally: (s: WorldTally) => ratio(s.hires.band[1], s.contact), rarely: (s: WorldTally) => ratio(s.hires.band[2], s.contact) },
    random,
  );
  const shares = BANDS.map((band) => estimates[band]);
  const paper = GRANOVETTER.counts.map((count) => wilsonInterval(count, GRANOVETTER.n));
  const { x2, p } = granovetterFit(shares.map((share) => share.value));
  const sameOrder = [1, 2, 0].every((band, rank, order) => rank === 0 || shares[order[rank - 1]].value > shares[band].value);
  const verdict: Verdict = p >= 0.05 ? 'reproduced' : sameOrder ? 'partly' : 'not reproduced';
  return { shares, paper, x2, p, halfWidth: Math.max(...shares.map((share) => (share.high - share.low) / 2)), verdict };
}

function gee(tallies: readonly WorldTally[], random: Random, o: typeof COMPARISON_DEFAULTS): GeeComparison {
  const weakerHires = (s: WorldTally) => s.hires.group[0] + s.hires.group[1];
  const weakerTies = (s: WorldTally) => s.ties.group[0] + s.ties.group[1];
  const estimates = bootstrapWorlds(
    tallies,
    {
      weak: (s: WorldTally) => (o.per * s.hires.group[0]) / s.ties.group[0],
      moderate: (s: WorldTally) => (o.per * s.hires.group[1]) / s.ties.group[1],
      strong: (s: WorldTally) => (o.per * s.hires.group[2]) / s.ties.group[2],
      weakShare: (s: WorldTally) => ratio(s.hires.group[0], s.contact),
      moderateShare: (s: WorldTally) => ratio(s.hires.group[1], s.contact),
      strongShare: (s: WorldTally) => ratio(s.hires.group[2], s.contact),
      strongOverWeaker: (s: WorldTally) => ratio(s.hires.group[2] / s.ties.group[2], weakerHires(s) / weakerTies(s)),
      weakerShare: (s: WorldTally) => ratio(weakerHires(s), s.contact),
    },
    random,
  );
  const individual = estimates.strongOverWeaker.low > 1;
  const aggregate = estimates.weakerShare.low > 0.5;
  return {
    perTie: [estimates.weak, estimates.moderate, estimates.strong],
    share: [estimates.weakShare, estimates.moderateShare, estimates.strongShare],
    strongOverWeaker: estimates.strongOverWeaker,
    weakerShare: estimates.weakerShare,
    individual,
    aggregate,
    verdict: individual && aggregate ? 'reproduced' : individual || aggregate ? 'partly' : 'not reproduced',
  };
}

/** All comparisons for one pass model over its worlds; `random` drives the bootstrap only. */
export function compare(tallies: readonly WorldTally[], random: Random, options: Partial<typeof COMPARISON_DEFAULTS> = {}): Comparisons {
  const o = { ...COMPARISON_DEFAULTS, ...options };
  const strength = curve(tallies, 'strength', STRENGTH_BINS.map((_, bin) => strengthBinLabel(bin)), random, o);
  const mutual = curve(tallies, 'mutual', MUTUAL_BINS.map((_, bin) => mutualBinLabel(bin)), random, o);
  // Partly: at least one curve bends — its peak is inside the range (diminishing returns) — without being a full U.
  const bothU = strength.shape === 'inverted U' && mutual.shape === 'inverted U';
  const someU = [strength, mutual].some((c) => c.shape === 'inverted U' || c.shape === 'rises, then levels off' || c.shape === 'level, then falls');
  const chainEstimates = bootstrapWorlds(
    tallies,
    {
      direct: (s: WorldTally) => ratio(s.hop[0], s.contact),
      one: (s: WorldTally) => ratio(s.hop[1], s.contact),
      two: (s: WorldTally) => ratio(s.hop[2], s.contact),
      more: (s: WorldTally) => ratio(s.hop.slice(3).reduce((a, b) => a + b, 0), s.contact),
    },
    random,
  );
  return {
    worlds: tallies.length,
    contactHires: tallies.reduce((sum, t) => sum + t.contact, 0),
    formalHires: tallies.reduce((sum, t) => sum + t.formal, 0),
    granovetter: granovetter(tallies, random),
    rajkumar: { strength, mutual, verdict: bothU ? 'reproduced' : someU ? 'partly' : 'not reproduced' },
    gee: gee(tallies, random, o),
    chains: [chainEstimates.direct, chainEstimates.one, chainEstimates.two, chainEstimates.more],
  };
}
