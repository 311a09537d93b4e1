// The quantity-vs-quality report for one target market: the numbers behind "quantity wins, in your market".
import type { ContactEvent } from '../contacts/contact-event.ts';
import { companyKey } from '../companies/company-key.ts';
import { STRENGTH_BANDS } from '../ties/tie-strength.ts';
import { breadthOf, type Breadth } from './breadth.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import { growthOf, type Growth } from './growth.ts';
import type { TargetMarket } from './target-market.ts';
import type { ScoredContact } from './scored-contact.ts';

export type { ScoredContact } from './scored-contact.ts';

export interface Quantity {
  totalConnections: number;
  inMarket: number;
  inMarketShare: number;
  goal: number;
  goalProgress: number;
  /** In-market people you are not connected to yet (from prospect lists). */
  inMarketProspects: number;
}

export type Quadrant = 'few-weak' | 'few-strong' | 'many-weak' | 'many-strong';

export interface Quality {
  bands: { label: string; min: number; max: number; count: number }[];
  /** Ten equal-width bins of strength 0–1, for a histogram. */
  histogram: number[];
  medianStrength: number;
  meanStrength: number;
  quadrant: Quadrant;
  advice: string;
  /** Where the quadrant splits: median strength for "warm", share of the goal for "many". */
  thresholds: { warmMedian: number; largeShare: number };
}

export interface JobChange {
  contactId: string;
  name: string;
  from: { company: string; title: string };
  to: { company: string; title: string };
  observedAt: string;
  /** They joined one of your target companies: a warm door just opened. */
  intoTarget: boolean;
}

export interface MarketReport {
  market: { name: string; threshold: number };
  asOf: string;
  quantity: Quantity;
  quality: Quality;
  coverage: Coverage;
  breadth: Breadth;
  growth: Growth;
  jobChanges: JobChange[];
  /** All job changes seen (jobChanges lists moves into target companies first, then the newest). */
  jobChangesTotal: number;
}

export const REPORT_DEFAULTS = {
  /** Median in-market strength at or above which the network counts as warm (the "moderate" band). */
  warmMedian: 0.2,
  /** Share of the connections goal at or above which the network counts as large. */
  largeShare: 1,
  jobChangesShown: 50,
};

const ADVICE: Record<Quadrant, string> = {
  'few-weak': 'Grow first: add in-market connections. Quantity inside your market is what gets the word out.',
  'few-strong': 'Your in-market ties are warm but few: add in-market connections, and ask your strongest ties to introduce you.',
  'many-weak': 'You have the reach; warm it up: follow up with in-market contacts you have not spoken to, and offer introductions.',
  'many-strong': 'Well placed: ask for referrals and introductions, and spread your asks across many companies.',
};

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function buildMarketReport(input: { market: TargetMarket; contacts: ScoredContact[]; events: ContactEvent[]; asOf: string }, options: Partial<typeof REPORT_DEFAULTS> = {}): MarketReport {
  const o = { ...REPORT_DEFAULTS, ...options };
  const { market, contacts } = input;
  const connected = contacts.filter((contact) => contact.strength !== null);
  const inMarket = connected.filter((contact) => contact.inMarket);
  const goal = market.goals.inMarketConnections;

  const strengths = inMarket.map((contact) => contact.strength ?? 0).sort((a, b) => a - b);
  const histogram = new Array<number>(10).fill(0);
  for (const strength of strengths) histogram[Math.min(9, Math.floor(strength * 10))]++;
  const medianStrength = round3(median(strengths));
  const many = goal > 0 ? inMarket.length / goal >= o.largeShare : inMarket.length > 0;
  const quadrant: Quadrant = `${many ? 'many' : 'few'}-${medianStrength >= o.warmMedian ? 'strong' : 'weak'}`;

  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const targets = new Set(market.companies.flatMap((company) => [company.name, ...company.aliases].map(companyKey)));
  const allJobChanges = input.events.filter((event) => event.kind === 'job_change' && byId.has(event.contactId));
  const jobChanges: JobChange[] = allJobChanges
    .map((event) => ({
      contactId: event.contactId,
      name: byId.get(event.contactId)!.name,
      from: event.before,
      to: event.after,
      observedAt: event.observedAt,
      intoTarget: targets.has(companyKey(event.after.company)),
    }))
    // Someone joining a target company is the news worth acting on: those first, then the newest.
    .sort((a, b) => Number(b.intoTarget) - Number(a.intoTarget) || b.observedAt.localeCompare(a.observedAt) || a.name.localeCompare(b.name) || a.contactId.localeCompare(b.contactId))
    .slice(0, o.jobChangesShown);

  return {
    market: { name: market.name, threshold: market.threshold },
    asOf: input.asOf,
    quantity: {
      totalConnections: connected.length,
      inMarket: inMarket.length,
      inMarketShare: connected.length ? round3(inMarket.length / connected.length) : 0,
      goal,
      goalProgress: goal > 0 ? round3(inMarket.length / goal) : 0,
      inMarketProspects: contacts.filter((contact) => contact.strength === null && contact.inMarket).length,
    },
    quality: {
      bands: STRENGTH_BANDS.map((band) => ({ label: band.label, min: band.min, max: Math.min(1, band.max), count: strengths.filter((s) => s >= band.min && s < band.max).length })),
      histogram,
      medianStrength,
      meanStrength: strengths.length ? round3(strengths.reduce((sum, value) => sum + value, 0) / strengths.length) : 0,
      quadrant,
      advice: ADVICE[quadrant],
      thresholds: { warmMedian: o.warmMedian, largeShare: o.largeShare },
    },
    coverage: coverageOf(market, contacts),
    breadth: breadthOf(inMarket, targets),
    growth: growthOf(inMarket.map((contact) => contact.connectedOn), { asOf: input.asOf, goal, by: market.goals.by }),
    jobChanges,
    jobChangesTotal: allJobChanges.length,
  };
}
