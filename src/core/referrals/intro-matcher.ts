// The introduction matcher: for each open need, who could help, ranked and explained, spread across many helpers.
//
// Score = 100 × (relevance, my tie to the helper, my tie to the seeker, the helper's target-market fit, weighted)
// × urgency × rotation. Relevance is BM25 (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework") over
// the helpers' offer texts, normalised per need and blended with the share of the need's terms matched, so a lone
// common word does not pass for a match. Rotation picks greedily and lazily (as CELF does; Leskovec et al. 2007):
// each pick of a helper lowers their later picks, and contacts inside their ask cool-down start lower.
import type { OfferSource } from './offer.ts';
import { daysUntil } from './need.ts';
import { strengthBand } from '../ties/tie-strength.ts';

export const INTRO_MATCHER_DEFAULTS = {
  weights: { relevance: 0.5, helperTie: 0.2, seekerTie: 0.15, fit: 0.15 },
  /** Within relevance: the share that comes from how many of the need's terms matched (the rest: normalised BM25). */
  coverageShare: 0.4,
  /** Candidates under this relevance (0–1) are not suggested at all. */
  minRelevance: 0.25,
  /** Text matches considered per need (the best by BM25). */
  candidatesPerNeed: 20,
  /** Suggestions per need in one list. */
  perNeed: 1,
  limit: 10,
  /** Each earlier pick of the same helper in this list multiplies the next by this. */
  repeatPenalty: 0.6,
  /** A helper asked inside the cool-down starts at this share of the score. */
  coolDownPenalty: 0.5,
  /** A deadline within this many days lifts the need by `urgencyBoost`. */
  urgentDays: 14,
  urgencyBoost: 1.15,
};

export type IntroMatcherOptions = Omit<typeof INTRO_MATCHER_DEFAULTS, 'weights'> & { weights: typeof INTRO_MATCHER_DEFAULTS.weights };

/** One helper a search found for a need: BM25 score, the need's terms it matched, and in which offer sources. */
export interface TextMatch {
  helperId: string;
  score: number;
  queryTerms: string[];
  sources: OfferSource[];
}

export interface MatchParty {
  id: string;
  name: string;
  company: string;
  /** Normalized employer: a seeker's own colleagues are not suggested (they can ask each other). */
  companyKey?: string;
  title: string;
  /** My tie's strength (0–1), null without a direct tie. */
  strength: number | null;
  fit: number;
  inMarket: boolean;
}

export interface MatchNeed {
  id: string;
  contactId: string;
  text: string;
  topic: string;
  deadline: string;
  /** The need's search terms (see needTerms). */
  terms: string[];
}

export interface MatchInput {
  needs: readonly MatchNeed[];
  /** Searches the helpers' offers for a need's terms; best first. */
  search: (need: MatchNeed) => TextMatch[];
  people: ReadonlyMap<string, MatchParty>;
  /** The offer text of a helper from one source, to quote in the reasons. */
  offerText: (helperId: string, source: OfferSource) => string;
  /** Days since the last ask, for contacts inside their cool-down. */
  coolingDown: ReadonlyMap<string, number>;
  coolDownDays: number;
  /** need id + '\u0000' + helper id of introductions already proposed: not suggested again. */
  proposed: ReadonlySet<string>;
  hasMarket: boolean;
  now: number;
}

export interface IntroSuggestion {
  need: { id: string; text: string; topic: string; deadline: string; contact: { id: string; name: string } };
  helper: { id: string; name: string; company: string; title: string };
  score: number;
  reasons: string[];
  matchedTerms: string[];
  parts: { relevance: number; helperTie: number; seekerTie: number; fit: number; urgency: number; rotation: number };
}

interface Candidate {
  need: MatchNeed;
  seeker: MatchParty;
  helper: MatchParty;
  match: TextMatch;
  relevance: number;
  urgency: number;
  /** Before rotation. */
  base: number;
  coolDown: number;
  /** The score this candidate was queued with. */
  queued: number;
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const pairKey = (needId: string, helperId: string) => `${needId}\u0000${helperId}`;

/** A max-heap on `queued`, ties broken by need id then helper id so runs are deterministic. */
class CandidateHeap {
  private items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  private above(a: Candidate, b: Candidate): boolean {
    if (a.queued !== b.queued) return a.queued > b.queued;
    if (a.need.id !== b.need.id) return a.need.id < b.need.id;
    return a.helper.id < b.helper.id;
  }
  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.above(items[left], items[best])) best = left;
        if (right < items.length && this.above(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

function tieText(party: MatchParty, role: string): string {
  return party.strength === null ? `no direct tie to ${party.name} (${role})` : `your tie to ${party.name} (${role}): ${party.strength.toFixed(2)}, ${strengthBand(party.strength)}`;
}

function quote(text: string, max = 80): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}

const SOURCE_LABEL: Record<OfferSource, string> = {
  stated: 'offer',
  skills: 'skills',
  endorsements: 'endorsements',
  tags: 'tags',
  position: 'position',
  'past-position': 'past position',
};

function explain(c: Candidate, picksBefore: number, input: MatchInput, o: IntroMatcherOptions): string[] {
  const terms = c.match.queryTerms.map((term) => `"${term}"`).join(', ');
  const where = c.match.sources.map((source) => `${SOURCE_LABEL[source]} ${quote(input.offerText(c.helper.id, source))}`).join('; ');
  const reasons = [`matches ${terms} (${c.match.queryTerms.length} of ${c.need.terms.length} need terms) in ${where}; relevance ${c.relevance.toFixed(2)}`];
  reasons.push(tieText(c.seeker, 'the seeker'), tieText(c.helper, 'the helper'));
  reasons.push(input.hasMarket ? `${c.helper.name}'s target-market fit ${c.helper.fit}${c.helper.inMarket ? ' (in market)' : ''}` : 'no active target market: fit not counted');
  if (c.urgency !== 1) {
    const days = daysUntil(c.need.deadline, input.now) ?? 0;
    reasons.push(`deadline ${c.need.deadline} (${days <= 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}) ×${c.urgency.toFixed(2)}`);
  }
  const daysAgo = input.coolingDown.get(c.helper.id);
  if (daysAgo !== undefined) reasons.push(`rotation: ${c.helper.name} was asked ${daysAgo === 0 ? 'today' : `${daysAgo} days ago`}, inside the ${input.coolDownDays}-day cool-down ×${o.coolDownPenalty.toFixed(2)}`);
  if (picksBefore > 0) reasons.push(`rotation: already suggested for ${picksBefore} other need${picksBefore === 1 ? '' : 's'} in this list ×${o.repeatPenalty ** picksBefore < 0.01 ? '<0.01' : (o.repeatPenalty ** picksBefore).toFixed(2)}`);
  return reasons;
}

/** Candidate pairs for one need, with their score before rotation. */
function candidatesFor(need: MatchNeed, input: MatchInput, o: IntroMatcherOptions): Candidate[] {
  const seeker = input.people.get(need.contactId);
  if (!seeker || need.terms.length === 0) return [];
  // A helper is never the seeker, and an introduction already proposed is not suggested again; the best of the
  // rest sets the scale, so the seeker's own offers cannot deflate everyone else's relevance.
  // Nor is a colleague of the seeker: they can walk over and ask; an introduction is for people they cannot reach.
  const colleague = (helperId: string) => Boolean(seeker.companyKey) && input.people.get(helperId)?.companyKey === seeker.companyKey;
  const matches = input
    .search(need)
    .filter((match) => match.helperId !== need.contactId && !input.proposed.has(pairKey(need.id, match.helperId)) && input.people.has(match.helperId) && !colleague(match.helperId));
  const best = matches[0]?.score ?? 0;
  if (best <= 0) return [];
  const days = daysUntil(need.deadline, input.now);
  const urgency = days !== null && days >= 0 && days <= o.urgentDays ? o.urgencyBoost : 1;
  const out: Candidate[] = [];
  for (const match of matches) {
    if (out.length >= o.candidatesPerNeed) break;
    const helper = input.people.get(match.helperId)!;
    const coverage = Math.min(1, match.queryTerms.length / need.terms.length);
    const relevance = (1 - o.coverageShare) * (match.score / best) + o.coverageShare * coverage;
    if (relevance < o.minRelevance) continue;
    const w = o.weights;
    const base = 100 * urgency * (w.relevance * relevance + w.helperTie * (helper.strength ?? 0) + w.seekerTie * (seeker.strength ?? 0) + w.fit * (helper.fit / 100));
    const coolDown = input.coolingDown.has(helper.id) ? o.coolDownPenalty : 1;
    out.push({ need, seeker, helper, match, relevance, urgency, base, coolDown, queued: base * coolDown });
  }
  return out;
}

/** The best introductions to make: at most `perNeed` per need, `limit` in all, best first, each with its reasons. */
export function rankIntroductions(input: MatchInput, options: Partial<IntroMatcherOptions> = {}): IntroSuggestion[] {
  const o: IntroMatcherOptions = { ...INTRO_MATCHER_DEFAULTS, ...options, weights: { ...INTRO_MATCHER_DEFAULTS.weights, ...options.weights } };
  const heap = new CandidateHeap();
  for (const need of input.needs) for (const candidate of candidatesFor(need, input, o)) heap.push(candidate);
  const helperPicks = new Map<string, number>();
  const needPicks = new Map<string, number>();
  const picked: IntroSuggestion[] = [];
  while (picked.length < o.limit && heap.size > 0) {
    const top = heap.pop()!;
    if ((needPicks.get(top.need.id) ?? 0) >= o.perNeed) continue;
    const picksBefore = helperPicks.get(top.helper.id) ?? 0;
    const rotation = top.coolDown * o.repeatPenalty ** picksBefore;
    const current = top.base * rotation;
    // Scores only fall as helpers get picked: a stale entry goes back with its new score (lazy greedy).
    if (current < top.queued - 1e-9) {
      top.queued = current;
      heap.push(top);
      continue;
    }
    helperPicks.set(top.helper.id, picksBefore + 1);
    needPicks.set(top.need.id, (needPicks.get(top.need.id) ?? 0) + 1);
    const w = o.weights;
    picked.push({
      need: { id: top.need.id, text: top.need.text, topic: top.need.topic, deadline: top.need.deadline, contact: { id: top.seeker.id, name: top.seeker.name } },
      helper: { id: top.helper.id, name: top.helper.name, company: top.helper.company, title: top.helper.title },
      score: round(current),
      reasons: explain(top, picksBefore, input, o),
      matchedTerms: top.match.queryTerms,
      parts: {
        relevance: round(100 * w.relevance * top.relevance),
        helperTie: round(100 * w.helperTie * (top.helper.strength ?? 0)),
        seekerTie: round(100 * w.seekerTie * (top.seeker.strength ?? 0)),
        fit: round(100 * w.fit * (top.helper.fit / 100)),
        urgency: top.urgency,
        rotation: round(rotation, 3),
      },
    });
  }
  return picked;
}

export { pairKey as proposedKey };
