// The week's possible actions, each with an expected value and the reason it is there, built from plain input arrays.
//
// Value is in one unit across kinds ("expected referability points"), so the greedy planner can compare a thank-you
// with a connection request per minute spent. The weights below encode the strategy in DESIGN.md: a thank-you owed
// and an introduction you can make are worth the most (being referable is reciprocal), an in-market contact drifting
// away is worth more than a new in-market prospect, and a share on a focus topic keeps your go-to presence.
import type { ActionKind, CadenceTier } from '../settings/settings.ts';
import { cadenceStatus } from './cadence.ts';
import { agoText, sinceConnectingText } from './touch-age.ts';

export const CANDIDATE_DEFAULTS = {
  /** Connection request: base + fit share; fit 100 gives base + fit. */
  connect: { base: 1.5, fit: 3.5 },
  /** Follow-up: base + fit share, times the urgency of the cadence state. */
  followUp: { base: 3, fit: 7, losingTouch: 1.5, due: 0.75 },
  /** Introduction: base + bonus for the best match among this week's suggestions. */
  introduction: { base: 15, best: 15 },
  /** A thank-you owed for a referral. */
  thankYou: 10,
  /** Shares: the first focus topic is worth `first`, each further one `decay` times the previous. */
  share: { first: 8, decay: 0.6 },
};

export type CandidateOptions = typeof CANDIDATE_DEFAULTS;

export interface Candidate {
  /** Unique per candidate: kind and ids. */
  key: string;
  kind: ActionKind;
  /** The contact the action is with; '' for a share. */
  contactId: string;
  /** The second person of an introduction. */
  otherContactId: string;
  needId: string;
  contentUrl: string;
  /** Normalized company the action spends time on ('' when none): the unit of the diversity bound. */
  company: string;
  value: number;
  why: string;
}

export interface ProspectInput {
  id: string;
  name: string;
  company: string;
  companyKey: string;
  fit: number;
  inMarket: boolean;
  fitReasons: readonly string[];
}

export interface ContactInput extends ProspectInput {
  tags: readonly string[];
  /** Latest touch (ISO timestamp or day), '' when never. */
  lastTouch: string;
  /** True when the latest touch is only the day you connected: no message or interaction since. */
  neverInTouch?: boolean;
}

export interface IntroInput {
  needId: string;
  needText: string;
  seekerId: string;
  seekerName: string;
  helperId: string;
  helperName: string;
  helperCompanyKey: string;
  helperTitle: string;
  helperCompany: string;
  score: number;
  reasons: readonly string[];
}

export interface ThankYouInput {
  contactId: string;
  name: string;
  companyKey: string;
  company: string;
  kind: string;
  occurredOn: string;
}

export interface ShareInput {
  topic: string;
  /** Something to share, when one is known. */
  url: string;
  /** Why this topic (e.g. "focus topic; nothing shared on it in 30 days"). */
  reason: string;
}

export interface CandidateSources {
  /** In-market people with no connection yet (others are ignored). */
  prospects: readonly ProspectInput[];
  /** Connected contacts, for cadence follow-ups. */
  contacts: readonly ContactInput[];
  intros: readonly IntroInput[];
  thankYous: readonly ThankYouInput[];
  shares: readonly ShareInput[];
  tiers: readonly CadenceTier[];
  /** YYYY-MM-DD. */
  today: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

function fitWhy(fit: number, reasons: readonly string[]): string {
  return reasons.length ? `fit ${fit}: ${reasons.slice(0, 3).join(', ')}` : `fit ${fit}`;
}

function candidate(kind: ActionKind, key: string, fields: Partial<Candidate> & { value: number; why: string }): Candidate {
  return {
    key: `${kind}:${key}`,
    kind,
    contactId: fields.contactId ?? '',
    otherContactId: fields.otherContactId ?? '',
    needId: fields.needId ?? '',
    contentUrl: fields.contentUrl ?? '',
    company: fields.company ?? '',
    value: round(fields.value),
    why: fields.why,
  };
}

/** How a referral of each ledger kind reads in a sentence ("gave you an introduction"). */
const REFERRAL_WORDS: Record<string, string> = { intro: 'an introduction', job: 'a job referral', client: 'a client referral', advice: 'advice', other: 'a referral' };

export function buildCandidates(sources: CandidateSources, options: Partial<CandidateOptions> = {}): Candidate[] {
  const o = { ...CANDIDATE_DEFAULTS, ...options };
  const out: Candidate[] = [];

  for (const thanks of sources.thankYous) {
    const what = REFERRAL_WORDS[thanks.kind] ?? 'a referral';
    out.push(candidate('thank-you', `${thanks.contactId}:${thanks.occurredOn}`, {
      contactId: thanks.contactId,
      company: thanks.companyKey,
      value: o.thankYou,
      why: `thank-you owed: ${thanks.name} gave you ${what}${thanks.company ? ` (${thanks.company})` : ''} on ${thanks.occurredOn}`,
    }));
  }

  const bestScore = sources.intros.reduce((best, intro) => Math.max(best, intro.score), 0);
  for (const intro of sources.intros) {
    const relative = bestScore > 0 ? Math.max(0, intro.score) / bestScore : 0;
    const helper = `${intro.helperName}${intro.helperTitle || intro.helperCompany ? ` (${[intro.helperTitle, intro.helperCompany].filter(Boolean).join(', ')})` : ''}`;
    out.push(candidate('introduction', `${intro.needId}:${intro.helperId}`, {
      contactId: intro.seekerId,
      otherContactId: intro.helperId,
      needId: intro.needId,
      company: intro.helperCompanyKey,
      value: o.introduction.base + o.introduction.best * relative,
      why: `introduce ${intro.seekerName} (needs: ${intro.needText}) to ${helper}${intro.reasons.length ? `: ${intro.reasons.slice(0, 2).join('; ')}` : ''}`,
    }));
  }

  for (const contact of sources.contacts) {
    const status = cadenceStatus(contact, sources.tiers, sources.today);
    if (!status || status.state === 'ok') continue;
    const taggedTier = Boolean(status.tier.tags && status.tier.tags.length > 0);
    // Follow-ups are for the people who matter: in-market contacts, and those you tagged into a tier yourself.
    if (!contact.inMarket && !taggedTier) continue;
    if (status.state === 'due' && !contact.inMarket) continue;
    // Value comes from fit and the cadence state, never from how long ago: the oldest connection is not the best one.
    const urgency = status.state === 'losing-touch' ? o.followUp.losingTouch : o.followUp.due;
    const never = contact.neverInTouch === true && status.daysSince !== null;
    const since = status.daysSince === null ? 'no touch on record' : never ? sinceConnectingText(status.daysSince, contact.lastTouch) : `last touch ${agoText(status.daysSince, contact.lastTouch)}`;
    const state = never ? 'not in touch yet' : status.state === 'losing-touch' ? 'losing touch' : 'due for a touch';
    out.push(candidate('follow-up', contact.id, {
      contactId: contact.id,
      company: contact.companyKey,
      value: (o.followUp.base + (o.followUp.fit * contact.fit) / 100) * urgency,
      why: `${state}: ${since} (tier ${status.tier.name}: every ${status.tier.idealDays}–${status.tier.maxDays} days)${contact.inMarket ? `; in market, ${fitWhy(contact.fit, contact.fitReasons)}` : ''}`,
    }));
  }

  for (const prospect of sources.prospects) {
    if (!prospect.inMarket) continue;
    out.push(candidate('connection-request', prospect.id, {
      contactId: prospect.id,
      company: prospect.companyKey,
      value: o.connect.base + (o.connect.fit * prospect.fit) / 100,
      why: `in-market prospect, not connected yet; ${fitWhy(prospect.fit, prospect.fitReasons)}`,
    }));
  }

  let shareValue = o.share.first;
  for (const share of sources.shares) {
    out.push(candidate('share', share.topic.toLowerCase(), { contentUrl: share.url, value: shareValue, why: `share on "${share.topic}": ${share.reason}` }));
    shareValue *= o.share.decay;
  }
  return out;
}
