// Use cases for introductions: suggest who to introduce (the matcher over BM25 via MiniSearch), then walk each
// introduction through the double opt-in with message drafts, asks recorded for well rotation, and the ledger.
import MiniSearch from 'minisearch';
import type { Contact } from '../core/contacts/contact.ts';
import { displayName } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { deriveOffers, helperDocuments, type HelperDocument } from '../core/referrals/derived-offers.ts';
import { INTRO_MATCHER_DEFAULTS, proposedKey, rankIntroductions, type IntroSuggestion, type MatchNeed, type MatchParty, type TextMatch } from '../core/referrals/intro-matcher.ts';
import { effectiveState, isOpenIntroduction, parseIntroState } from '../core/referrals/intro-workflow.ts';
import { needTerms, processOfferTerm, tokenizeForMatch } from '../core/referrals/match-terms.ts';
import { renderDraft, type Draft, type DraftPerson } from '../core/referrals/message-drafts.ts';
import { OFFER_SOURCES, type OfferSource } from '../core/referrals/offer.ts';
import { createPostingsCombiner, type TermPostings } from '../core/referrals/term-postings.ts';
import { coolDownOf, type Ask } from '../core/referrals/well-rotation.ts';
import type { AppContext } from './app-context.ts';
import { resolveContact } from './contacts.ts';
import { myTiesByContact, scoreContacts } from './market-scoring.ts';
import { loadOfferContacts, loadOfferEvidence } from './offers.ts';
import { loadSettings } from './settings.ts';
import { activeTarget } from './target.ts';

export type { IntroSuggestion } from '../core/referrals/intro-matcher.ts';
export { advanceIntroduction, introOrThrow, loadIntroView, proposeIntroduction, type IntroView } from './intro-steps.ts';
import { introOrThrow, loadIntroView, type IntroView } from './intro-steps.ts';

const DAY_MS = 86_400_000;

/** How much a match in each offer source counts: what people say they offer beats what their title implies. */
export const OFFER_FIELD_BOOST: Record<OfferSource, number> = { stated: 3, skills: 2, endorsements: 2, tags: 1.5, position: 1, 'past-position': 0.6 };

/**
 * One MiniSearch index over every helper's offers, built once. Each distinct need term is searched once and cached
 * (needs share most of their words); a need's matches are its terms' postings combined (see term-postings.ts).
 */
export function createOfferSearch(docs: readonly HelperDocument[], candidates = 2 * INTRO_MATCHER_DEFAULTS.candidatesPerNeed): (need: MatchNeed) => TextMatch[] {
  const index = new MiniSearch<HelperDocument>({
    fields: [...OFFER_SOURCES],
    idField: 'id',
    // Empty fields stay '' (not skipped): MiniSearch's average field lengths count every document that way.
    extractField: (doc, field) => (field === 'id' ? doc.id : doc.text[field as OfferSource]),
    tokenize: tokenizeForMatch,
    processTerm: processOfferTerm,
    searchOptions: {
      boost: OFFER_FIELD_BOOST,
      // Prefixes of longer words only: "audit" finds "auditor", "it" does not find "italian".
      prefix: (term) => term.length >= 5,
      // Need terms arrive already processed (see needTerms), one at a time.
      tokenize: (text) => [text],
      processTerm: (term) => term,
    },
  });
  index.addAll(docs as HelperDocument[]);
  const docIndex = new Map(docs.map((doc, i) => [doc.id, i]));
  const sourceBit = new Map(OFFER_SOURCES.map((source, i) => [source as string, 1 << i]));
  const cache = new Map<string, TermPostings>();
  const postingsOf = (term: string): TermPostings => {
    const cached = cache.get(term);
    if (cached) return cached;
    const results = index.search(term);
    const postings: TermPostings = { docs: new Int32Array(results.length), scores: new Float64Array(results.length), sources: new Uint8Array(results.length) };
    results.forEach((result, i) => {
      postings.docs[i] = docIndex.get(String(result.id)) ?? 0;
      postings.scores[i] = result.score;
      let bits = 0;
      for (const term in result.match) for (const field of result.match[term]) bits |= sourceBit.get(field) ?? 0;
      postings.sources[i] = bits;
    });
    cache.set(term, postings);
    return postings;
  };
  const { combine } = createPostingsCombiner(docs.length);
  return (need) =>
    combine(need.terms.map(postingsOf), candidates).map((match) => ({
      helperId: docs[match.doc].id,
      score: match.score,
      queryTerms: need.terms.filter((_, i) => (match.termMask & (1 << i)) !== 0),
      sources: OFFER_SOURCES.filter((_, i) => (match.sourceMask & (1 << i)) !== 0),
    }));
}

/** Days since the last ask, for contacts still inside their cool-down. */
function coolingDownDays(asks: readonly Ask[], now: number, coolDownDays: number): Map<string, number> {
  const result = new Map<string, number>();
  for (const ask of asks) {
    if (result.has(ask.contactId)) continue;
    const state = coolDownOf(asks, ask.contactId, now, coolDownDays);
    if (state) result.set(ask.contactId, state.daysAgo);
  }
  return result;
}

/**
 * The best introductions to make now, across every open need that has no introduction under way: relevance of the
 * helpers' offers (stated and derived), my ties to both sides, the helper's fit, rotation across helpers.
 */
export async function suggestIntroductions(context: AppContext, options: { limit?: number; perNeed?: number } = {}): Promise<IntroSuggestion[]> {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw new ReferableError('INVALID_INPUT', `--limit must be a whole number of 1 or more; got ${limit}`, { field: '--limit' });
  const perNeed = options.perNeed ?? 1;
  if (!Number.isInteger(perNeed) || perNeed < 1) throw new ReferableError('INVALID_INPUT', `--per-need must be a whole number of 1 or more; got ${perNeed}`, { field: '--per-need' });
  const ws = context.store.workspace;
  const now = context.now().getTime();
  const settings = await loadSettings(context);
  const { coolDownDays, expireAfterDays } = settings.introductions;
  const [needs, intros] = await Promise.all([ws.needs.list({ status: 'open' }), ws.introductions.list()]);
  // A need with an introduction under way is being worked on: suggest for it again once that one is over.
  const busy = new Set(intros.filter((intro) => intro.needId && isOpenIntroduction(intro, now, expireAfterDays)).map((intro) => intro.needId));
  const open = needs.filter((need) => !busy.has(need.id));
  if (open.length === 0) return [];
  const market = await activeTarget(context);
  const [contacts, members, stated, asks, memberTies] = await Promise.all([
    context.store.workspace.contacts.scoring(),
    ws.members.list(),
    ws.offers.list({ status: 'open' }),
    ws.asks.list({ since: new Date(now - coolDownDays * DAY_MS).toISOString() }),
    // Read once: the endorsements members gave feed the offers, my own ties the tie strengths.
    ws.ties.list({ fromType: 'member' }),
  ]);
  const { evidence, myContactIds } = await loadOfferEvidence(context, await loadOfferContacts(context, contacts), memberTies);
  const docs = helperDocuments(stated, deriveOffers(evidence)).filter((doc) => !myContactIds.has(doc.id));
  const docsById = new Map(docs.map((doc) => [doc.id, doc]));
  const matchNeeds: MatchNeed[] = open.map((need) => ({ id: need.id, contactId: need.contactId, text: need.text, topic: need.topic, deadline: need.deadline, terms: needTerms(`${need.text} ${need.topic}`) }));
  // Search first, then score only the people a suggestion can name (seekers and matched helpers), not all 30,000.
  const search = createOfferSearch(docs);
  const matches = new Map(matchNeeds.map((need) => [need.id, search(need)]));
  const involved = new Set(open.map((need) => need.contactId));
  for (const list of matches.values()) for (const match of list) involved.add(match.helperId);
  const me = members.find((member) => member.isMe);
  const ties = me ? myTiesByContact(memberTies, me.id) : new Map();
  const scored = scoreContacts(contacts.filter((contact) => involved.has(contact.id)), ties, market, now);
  const people = new Map<string, MatchParty>();
  for (const contact of scored.contacts) {
    const facts = scored.facts.get(contact.id);
    people.set(contact.id, { id: contact.id, name: displayName(contact), company: contact.company, companyKey: contact.companyKey, title: contact.title, strength: facts?.strength ?? null, fit: facts?.fit ?? 0, inMarket: facts?.inMarket ?? false });
  }
  return rankIntroductions(
    {
      needs: open.map((need) => ({ id: need.id, contactId: need.contactId, text: need.text, topic: need.topic, deadline: need.deadline, terms: needTerms(`${need.text} ${need.topic}`) })),
      search: (need) => matches.get(need.id) ?? [],
      people,
      offerText: (helperId, source) => docsById.get(helperId)?.text[source] ?? '',
      coolingDown: coolingDownDays(asks, now, coolDownDays),
      coolDownDays,
      proposed: new Set(intros.filter((intro) => intro.needId).map((intro) => proposedKey(intro.needId, intro.helperId))),
      hasMarket: market !== null,
      now,
    },
    { limit, perNeed },
  );
}

/** Introductions, most recently changed first; `contact` keeps those where they are the seeker or the helper. */
export async function listIntroductions(context: AppContext, query: { state?: string; contact?: string | Contact } = {}): Promise<IntroView[]> {
  const wanted = query.state ? parseIntroState(query.state, '--state') : null;
  const contactId = query.contact ? (await resolveContact(context, query.contact)).id : undefined;
  const ws = context.store.workspace;
  const settings = await loadSettings(context);
  const now = context.now().getTime();
  const intros = (await ws.introductions.list(contactId ? { contactId } : {})).filter((intro) => !wanted || effectiveState(intro, now, settings.introductions.expireAfterDays) === wanted);
  const views: IntroView[] = [];
  for (const intro of intros) views.push(await loadIntroView(context, intro, settings.introductions.expireAfterDays));
  return views.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

function draftPerson(contact: Contact | null): DraftPerson {
  if (!contact) return { name: '', firstName: '', lastName: '', title: '', company: '' };
  return { name: displayName(contact), firstName: contact.firstName, lastName: contact.lastName, title: contact.title, company: contact.company };
}

/** One introduction with its history, the allowed next states, and the draft message for the next step. */
export async function showIntroduction(context: AppContext, introId: string): Promise<IntroView & { draft: Draft | null }> {
  const intro = await introOrThrow(context, introId);
  const settings = await loadSettings(context);
  const view = await loadIntroView(context, intro, settings.introductions.expireAfterDays);
  const ws = context.store.workspace;
  const [seeker, helper, members] = await Promise.all([ws.contacts.get(intro.seekerId), ws.contacts.get(intro.helperId), ws.members.list()]);
  const me = members.find((member) => member.isMe);
  const myName = me ? `${me.profile.firstName} ${me.profile.lastName}`.trim() || me.name : '';
  const about = view.need?.text || intro.history.find((entry) => entry.note)?.note || 'what you are working on';
  const draft = renderDraft(settings.introductions.templates, view.state, {
    seeker: draftPerson(seeker),
    helper: draftPerson(helper),
    needText: about,
    needTopic: view.need?.topic ?? '',
    me: { name: myName, firstName: me?.profile.firstName || myName.split(' ')[0] || '' },
  });
  return { ...view, draft };
}

