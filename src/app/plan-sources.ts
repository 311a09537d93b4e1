// What the weekly planner chooses from: in-market prospects, contacts due a touch, introductions the matcher
// suggests, thank-yous owed and shares on focus topics, read from the store and the other use cases as plain arrays.
import { companyKey } from '../core/companies/company-key.ts';
import { coolingDown } from '../core/referrals/well-rotation.ts';
import { displayName } from '../core/contacts/contact.ts';
import { buildCandidates, type Candidate, type ContactInput, type IntroInput, type ProspectInput, type ShareInput, type ThankYouInput } from '../core/planner/candidates.ts';
import { addDays, daysBetween } from '../core/planner/week.ts';
import type { Settings } from '../core/settings/settings.ts';
import { type InteractionRow } from '../store/interactions-repo.ts';
import { dayOfIn, type AppContext } from './app-context.ts';
import { loadNetworkState, type NetworkState } from './interactions.ts';
import { suggestIntroductions } from './intros.ts';
import { contentPicture } from './content.ts';
import { thankYousOwed } from './ledger.ts';

export const PLAN_SOURCE_DEFAULTS = {
  /** A connection request stays pending this long; the prospect is not asked again meanwhile. */
  pendingInvitationDays: 90,
  /** Introductions the matcher is asked for. */
  introSuggestions: 30,
};

/** The parts that come from other use cases, replaceable in tests. */
export interface PlanSources {
  intros(context: AppContext): Promise<IntroInput[]>;
  thankYous(context: AppContext): Promise<ThankYouInput[]>;
  /** Focus topics with the day of your latest item on each ('' when none yet). */
  topics(context: AppContext): Promise<FocusTopic[]>;
}

export interface FocusTopic {
  topic: string;
  lastOn: string;
}

export const DEFAULT_PLAN_SOURCES: PlanSources = {
  async intros(context) {
    return (await suggestIntroductions(context, { limit: PLAN_SOURCE_DEFAULTS.introSuggestions })).map((row) => ({
      needId: row.need.id, needText: row.need.text, seekerId: row.need.contact.id, seekerName: row.need.contact.name,
      helperId: row.helper.id, helperName: row.helper.name, helperCompany: row.helper.company, helperCompanyKey: companyKey(row.helper.company), helperTitle: row.helper.title,
      score: row.score, reasons: row.reasons,
    }));
  },
  async thankYous(context) {
    return (await thankYousOwed(context)).map((row) => ({ contactId: row.contactId, name: row.name, company: row.company, companyKey: companyKey(row.company), kind: row.outcome ? `${row.kind} (${row.outcome})` : row.kind, occurredOn: row.occurredOn }));
  },
  async topics(context) {
    const picture = await contentPicture(context);
    return picture.focusTopics.map((topic) => {
      let lastOn = '';
      for (const item of picture.items) if (item.focus.includes(topic) && item.publishedOn > lastOn) lastOn = item.publishedOn;
      return { topic, lastOn };
    });
  },
};

const NO_TAGS: string[] = [];

export interface GatheredCandidates {
  candidates: Candidate[];
  state: NetworkState;
  /** Connection requests left under the weekly invitation limit. */
  invitationsLeft: number;
}

/**
 * Interactions on the user's days of the week that starts on `weekStart`. Times are stored in UTC, and the user's
 * Monday starts up to 14 hours either side of Monday 00:00 UTC, so a day more is read on each side and every row is
 * placed by the user's day: a coffee logged at 9am on Monday in Sydney (Sunday in UTC) counts this week.
 */
export async function interactionsInWeek(context: AppContext, weekStart: string): Promise<InteractionRow[]> {
  const rows = await context.store.workspace.interactions.between(`${addDays(weekStart, -1)}T00:00:00.000Z`, `${addDays(weekStart, 8)}T00:00:00.000Z`);
  const last = addDays(weekStart, 6);
  return rows.filter((row) => {
    const day = dayOfIn(context, new Date(row.occurred_at));
    return day >= weekStart && day <= last;
  });
}

/**
 * This week's share suggestions, as many as the content goal asks for: the focus topics you have been quiet on the
 * longest come first (never covered before anything), rotating week by week among equals.
 */
export function shareSuggestions(topics: readonly FocusTopic[], weekStart: string, perWeek: number, doneThisWeek: number): ShareInput[] {
  if (topics.length === 0) return [];
  const weekIndex = Math.floor(daysBetween('1970-01-05', weekStart) / 7);
  const rotated = topics.map((topic, index) => ({ topic, turn: (index - weekIndex % topics.length + topics.length) % topics.length }));
  rotated.sort((a, b) => (a.topic.lastOn < b.topic.lastOn ? -1 : a.topic.lastOn > b.topic.lastOn ? 1 : 0) || a.turn - b.turn);
  const wanted = Math.max(0, Math.min(topics.length, Math.ceil(perWeek)) - doneThisWeek);
  return rotated.slice(0, wanted).map(({ topic }) => ({
    topic: topic.topic,
    url: '',
    reason: `focus topic, ${topic.lastOn ? `nothing on it since ${topic.lastOn}` : 'nothing on it yet'} (goal: ${perWeek} item${perWeek === 1 ? '' : 's'} a week); what you share makes you the go-to person on it`,
  }));
}

export async function gatherCandidates(
  context: AppContext,
  settings: Settings,
  week: { weekStart: string; today: string; doneShares: number; excluded: ReadonlySet<string> },
  sources: PlanSources,
): Promise<GatheredCandidates> {
  const ws = context.store.workspace;
  const now = context.now();
  const pendingSince = new Date(now.getTime() - PLAN_SOURCE_DEFAULTS.pendingInvitationDays * 86_400_000).toISOString();
  const coolDownStart = new Date(now.getTime() - settings.introductions.coolDownDays * 86_400_000).toISOString();
  const [state, pending, thisWeek, asks, intros, thankYous, topics] = await Promise.all([
    loadNetworkState(context),
    ws.interactions.contactsWithKindSince('connection-request', pendingSince),
    interactionsInWeek(context, week.weekStart),
    ws.asks.list({ since: coolDownStart }),
    sources.intros(context),
    sources.thankYous(context),
    sources.topics(context),
  ]);
  const sentThisWeek = thisWeek.filter((row) => row.kind === 'connection-request').length;
  const invitationsLeft = Math.max(0, settings.planner.invitationsPerWeek - sentThisWeek);

  const prospects: ProspectInput[] = [];
  const connected: ContactInput[] = [];
  for (const contact of state.contacts) {
    if (week.excluded.has(contact.id)) continue;
    const facts = state.facts.get(contact.id);
    if (!facts) continue;
    const tie = state.myTies.get(contact.id);
    const base = { id: contact.id, name: displayName(contact), company: contact.company, companyKey: contact.companyKey, fit: facts.fit, inMarket: facts.inMarket, fitReasons: facts.fitReasons };
    if ((!tie || tie.kind !== 'connected') && facts.inMarket && !pending.has(contact.id)) prospects.push(base);
    // Follow-ups go to in-market contacts and to those tagged into a tier; the rest are not worth a cadence check.
    // An explicit literal, not a spread: this loop runs over every contact (V8's spread is the slow path).
    const tags = state.tags.get(contact.id);
    if (tie && (facts.inMarket || tags)) connected.push({ id: base.id, name: base.name, company: base.company, companyKey: base.companyKey, fit: base.fit, inMarket: base.inMarket, fitReasons: base.fitReasons, tags: tags ?? NO_TAGS, lastTouch: state.lastTouch.get(contact.id) ?? '', neverInTouch: state.neverInTouch.has(contact.id) });
  }

  // Well rotation: a helper asked within the cool-down is left to rest.
  const resting = coolingDown(asks, now, settings.introductions.coolDownDays);
  const companyOf = new Map(state.contacts.map((contact) => [contact.id, contact.companyKey]));
  const usableIntros = intros
    .filter((intro) => !resting.has(intro.helperId) && !week.excluded.has(intro.helperId) && !week.excluded.has(intro.seekerId))
    .map((intro) => ({ ...intro, helperCompanyKey: intro.helperCompanyKey || companyOf.get(intro.helperId) || '' }));
  const thanks = thankYous
    .filter((row) => !week.excluded.has(row.contactId))
    .map((row) => ({ ...row, companyKey: row.companyKey || companyOf.get(row.contactId) || '' }));
  // One thank-you per person however many referrals they gave: the note covers them all.
  const oneThanksEach = [...new Map(thanks.map((row) => [row.contactId, row])).values()];

  const shares = shareSuggestions(topics, week.weekStart, settings.content.goals.itemsPerWeek, week.doneShares);
  const candidates = buildCandidates({ prospects, contacts: connected, intros: usableIntros, thankYous: oneThanksEach, shares, tiers: settings.planner.cadence.tiers, today: week.today });
  return { candidates, state, invitationsLeft };
}
