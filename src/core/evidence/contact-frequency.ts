// How often two people in the job world are in touch, what Referable would see of it, and the tie strength it computes.
//
// Contact frequency: within Granovetter's bands (world-options.ts) contacts per year are drawn log-uniformly, because
// contact frequencies across one person's ties span orders of magnitude (Saramäki et al., "Persistence of social
// signatures in human communication", PNAS 111(3), 2014). Referable never sees the frequency itself: it sees LinkedIn
// messages, endorsements, a recommendation, who invited whom and how long ago you connected. So each tie's contacts
// leave messages at a fixed share (`visibleShare`, an assumption), and the endorsement and recommendation chances are
// the demo generator's (src/demo/demo-endorsements.ts). The strength is then Referable's own tieStrength() — the
// model under test, not a copy of it — computed once per tie and used for both directions.
import type { Random } from '../random/seeded-random.ts';
import { tieStrength, type TieEvidence } from '../ties/tie-strength.ts';
import { emptySignals } from '../ties/tie-signals.ts';
import { FOCI, type Focus } from './world-options.ts';
import type { TieList } from './job-world.ts';

export const CONTACT_DEFAULTS = {
  /** Contacts per year by band, log-uniform in [low, high]: twice a week to daily; yearly to twice a week; rarer. */
  perYear: [
    [104, 300],
    [1, 104],
    [0.1, 1],
  ] as readonly (readonly [number, number])[],
  /** Share of contacts that leave a LinkedIn message Referable imports (assumption: most contact is elsewhere). */
  visibleShare: 0.05,
  /** How long the two have known each other, uniform years by focus (assumption, bounded by careers and LinkedIn's age). */
  yearsKnown: {
    team: [0.5, 6],
    colleague: [0.5, 6],
    'former-team': [1, 15],
    'former-colleague': [1, 15],
    'close-friend': [2, 20],
    friend: [1, 15],
    neighbour: [1, 10],
    acquaintance: [0.5, 12],
  } as Record<Focus, readonly [number, number]>,
  /** Messages older than this are not in an export (the demo generator's twelve years of history). */
  historyYears: 12,
  /** Chance they invited you (the demo's Invitations.csv is about even). */
  invitedByThem: 0.5,
};

export type ContactOptions = typeof CONTACT_DEFAULTS;

export interface TieMeasures {
  /** Contacts per year. */
  perYear: Float32Array;
  /** Referable's tie strength in (0, 1]. */
  strength: Float32Array;
}

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/** ISO dates at day resolution, each day formatted once: toISOString is the slowest step of a world otherwise. */
export class IsoDays {
  private readonly cache = new Map<number, string>();

  constructor(private readonly now: number) {}

  /** The date `years` before the clock, to the day. */
  yearsAgo(years: number): string {
    const day = Math.floor(this.now / DAY_MS - years * YEAR_DAYS);
    let iso = this.cache.get(day);
    if (iso === undefined) this.cache.set(day, (iso = new Date(day * DAY_MS).toISOString()));
    return iso;
  }
}
const WORK_FOCI: ReadonlySet<Focus> = new Set(['team', 'colleague', 'former-team', 'former-colleague']);

/** Poisson draw: Knuth's product of uniforms below 30, a rounded normal above (error far below the model's). */
function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random.next();
    while (product > limit) {
      k++;
      product *= random.next();
    }
    return k;
  }
  const u = Math.max(random.next(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
}

function logUniform(random: Random, low: number, high: number): number {
  return Math.exp(random.float(Math.log(low), Math.log(high)));
}

/** What Referable would import about one tie, given how often the two are in touch and for how long. */
export function tieEvidence(random: Random, focus: Focus, perYear: number, days: IsoDays, o: ContactOptions = CONTACT_DEFAULTS): TieEvidence {
  const [lowYears, highYears] = o.yearsKnown[focus];
  const years = random.float(lowYears, highYears);
  const inExport = Math.min(years, o.historyYears);
  const rate = perYear * o.visibleShare;
  const signals = emptySignals();
  signals.messageCount = poisson(random, rate * inExport);
  if (signals.messageCount > 0) {
    // Time since the latest message: exponential with the message rate, never before the export's history starts.
    const ago = Math.min(inExport, -Math.log(Math.max(random.next(), 1e-12)) / rate);
    signals.lastMessageAt = days.yearsAgo(ago);
  }
  const work = WORK_FOCI.has(focus);
  if (random.chance(0.03 + (work ? 0.15 : 0) + Math.min(0.3, signals.messageCount * 0.02))) signals.endorsementCount = random.int(1, 4);
  signals.recommendedMe = (focus === 'team' || focus === 'former-team') && signals.messageCount >= 10 && random.chance(0.1);
  signals.invitedBy = random.chance(o.invitedByThem) ? 'them' : 'me';
  return { kind: 'connected', connectedOn: days.yearsAgo(years), signals, rating: null };
}

/** Contacts per year and Referable's strength for every tie; `now` is the world's clock in ms. */
export function measureTies(random: Random, ties: TieList, now: number, options: Partial<ContactOptions> = {}): TieMeasures {
  const o: ContactOptions = { ...CONTACT_DEFAULTS, ...options };
  const count = ties.a.length;
  const perYear = new Float32Array(count);
  const strength = new Float32Array(count);
  const days = new IsoDays(now);
  for (let t = 0; t < count; t++) {
    const [low, high] = o.perYear[ties.band[t]];
    const frequency = logUniform(random, low, high);
    perYear[t] = frequency;
    strength[t] = tieStrength(tieEvidence(random, FOCI[ties.focus[t]], frequency, days, o), now).strength;
  }
  return { perYear, strength };
}
