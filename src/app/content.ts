// Use cases of the content ledger: add an item by hand, list items with their topics, the go-to score, and who a
// piece is most relevant to.
import { suggestContacts, type Suggestion } from '../core/content/content-suggest.ts';
import { detectTopics, recurringTerms, slugText } from '../core/content/content-topics.ts';
import { goToScore, type GoToScore } from '../core/content/go-to-score.ts';
import { ReferableError } from '../core/errors.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import { parseLedgerDate } from '../core/referrals/referral-ledger.ts';
import { foldText } from '../core/text/fold.ts';
import type { StoredContentItem } from '../store/content-repo.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
import { loadSettings } from './settings.ts';
import { activeTarget } from './target.ts';
import { DEFINE_MARKET } from './next-steps.ts';

export const CONTENT_KINDS = ['created', 'shared'] as const;
export const CONTENT_LIMITS = { maxTitle: 300, maxTopic: 60, maxTopics: 10 };

export interface ContentView {
  url: string;
  kind: 'created' | 'shared';
  title: string;
  publishedOn: string;
  sharedUrl: string;
  source: string;
  /** Hand-set topics, focus topics mentioned, hashtags. */
  topics: string[];
  /** The focus topics this item is on. */
  focus: string[];
}

/** Focus topics: the active market's keywords plus the settings' content topics, folded, without duplicates. */
export function focusTopicsOf(market: TargetMarket | null, settingsTopics: readonly string[]): string[] {
  const topics: string[] = [];
  for (const topic of [...(market?.keywords ?? []), ...settingsTopics]) {
    const folded = foldText(topic);
    if (folded && !topics.includes(folded)) topics.push(folded);
  }
  return topics;
}

async function myMemberId(context: AppContext): Promise<string | null> {
  const members = await context.store.workspace.members.list();
  return members.find((member) => member.isMe)?.id ?? null;
}

function view(item: StoredContentItem, focusTopics: readonly string[], themes: ReadonlyMap<string, number>): ContentView {
  const detected = detectTopics({ title: item.title, body: item.body, urls: [item.url, item.sharedUrl].filter(Boolean), topics: item.topics }, focusTopics, themes);
  return { url: item.url, kind: item.kind, title: item.title, publishedOn: item.publishedOn, sharedUrl: item.sharedUrl, source: item.source, topics: detected.topics, focus: detected.focus };
}

async function loadPicture(context: AppContext) {
  const [market, settings, memberId] = await Promise.all([activeTarget(context), loadSettings(context), myMemberId(context)]);
  const focusTopics = focusTopicsOf(market, settings.content.topics);
  const stored = memberId ? await context.store.workspace.content.list(memberId) : [];
  const themes = recurringTerms(stored.map((item) => item.title || slugText(item.sharedUrl || item.url)));
  return { market, settings, focusTopics, items: stored.map((item) => view(item, focusTopics, themes)) };
}

/** Your items, newest first, with detected topics. */
export async function listContent(context: AppContext): Promise<ContentView[]> {
  return (await loadPicture(context)).items;
}

export interface ContentPicture {
  score: GoToScore;
  focusTopics: string[];
  /** Newest first. */
  items: ContentView[];
  hasMarket: boolean;
}

/** The go-to score with its parts against the goals, and the items behind it: for `content score`, the planner and the API. */
export async function contentPicture(context: AppContext): Promise<ContentPicture> {
  const { market, settings, focusTopics, items } = await loadPicture(context);
  const score = goToScore({
    items: items.map((item) => ({ kind: item.kind, publishedOn: item.publishedOn, onFocus: item.focus.length > 0 })),
    goals: settings.content.goals,
    asOf: todayOf(context),
    focusTopics,
  });
  return { score, focusTopics, items, hasMarket: market !== null };
}

export interface AddContentInput {
  url: string;
  title: string;
  kind: string;
  /** YYYY-MM-DD; today when left out. */
  on?: string;
  topics?: string[];
}

function checkUrl(value: string): string {
  const url = value.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new ReferableError('INVALID_INPUT', `the URL must start with https:// or http://; got "${value}"`, { field: 'url', value });
  }
  return url;
}

/** Adds an item by hand (your own post or article, or a piece you shared); a URL already in the ledger is refused. */
export async function addContent(context: AppContext, input: AddContentInput): Promise<ContentView> {
  const url = checkUrl(input.url);
  const kind = CONTENT_KINDS.find((candidate) => candidate === input.kind.trim().toLowerCase());
  if (!kind) throw new ReferableError('INVALID_INPUT', `--kind must be created (you wrote it) or shared (someone else's piece); got "${input.kind}"`, { field: '--kind' });
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) throw new ReferableError('INVALID_INPUT', '--title must not be empty: what is the piece called?', { field: '--title' });
  if (title.length > CONTENT_LIMITS.maxTitle) throw new ReferableError('INVALID_INPUT', `--title is ${title.length} characters; keep it under ${CONTENT_LIMITS.maxTitle}`, { field: '--title' });
  const today = todayOf(context);
  const publishedOn = parseLedgerDate(input.on ?? today, today);
  const topics = [...new Set((input.topics ?? []).map((topic) => topic.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  const bad = topics.find((topic) => topic.length > CONTENT_LIMITS.maxTopic || !foldText(topic));
  if (bad !== undefined) throw new ReferableError('INVALID_INPUT', `--topic "${bad}" must have letters or digits and at most ${CONTENT_LIMITS.maxTopic} characters`, { field: '--topic' });
  if (topics.length > CONTENT_LIMITS.maxTopics) throw new ReferableError('INVALID_INPUT', `at most ${CONTENT_LIMITS.maxTopics} --topic values per item; got ${topics.length}`, { field: '--topic' });
  const now = context.now().toISOString();
  const item = await context.store.workspace.transaction(async (tx) => {
    const me = (await tx.members.list()).find((member) => member.isMe) ?? (await tx.members.ensure('me', now, context.newId));
    const stored: StoredContentItem = { memberId: me.id, url, kind, title, publishedOn, body: '', sharedUrl: kind === 'shared' ? url : '', source: 'manual', createdAt: now, topics };
    await tx.content.insert(stored);
    return stored;
  });
  const added = (await loadPicture(context)).items.find((candidate) => candidate.url === item.url);
  return added ?? view(item, [], new Map());
}

export interface ContentSuggestions {
  piece: { url: string; title: string; topics: string[]; inLedger: boolean };
  suggestions: Suggestion[];
  /** In-market contacts considered. */
  considered: number;
}

/** The in-market contacts a piece (by URL) or a topic is most relevant to, with reasons. */
export async function suggestForContent(context: AppContext, input: { url?: string; topic?: string; limit?: number }): Promise<ContentSuggestions> {
  if (!input.url && !input.topic) throw new ReferableError('INVALID_INPUT', 'name a piece by its URL, or a topic with --topic', { field: 'url' });
  const limit = input.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new ReferableError('INVALID_INPUT', `--limit must be a whole number from 1 to 200; got ${input.limit}`, { field: '--limit' });
  const { market, focusTopics, items } = await loadPicture(context);
  if (!market) throw new ReferableError('NOT_FOUND', 'suggestions need a target market (they go to in-market contacts): define one first', undefined, DEFINE_MARKET);
  let piece: ContentSuggestions['piece'];
  if (input.url) {
    const url = checkUrl(input.url);
    const found = items.find((item) => item.url === url || item.sharedUrl === url);
    if (found) piece = { url, title: found.title, topics: input.topic ? [input.topic, ...found.topics] : found.topics, inLedger: true };
    else {
      // Not in the ledger: its address is all we know ("/why-checkout-conversion-is-fifty-small-fixes").
      const detected = detectTopics({ title: '', body: '', urls: [url], topics: input.topic ? [input.topic] : [] }, focusTopics);
      const slug = (new URL(url).pathname.split('/').filter(Boolean).pop() ?? '').replace(/[-_]+/g, ' ');
      piece = { url, title: slug, topics: detected.topics, inLedger: false };
    }
  } else {
    piece = { url: '', title: '', topics: [foldText(input.topic ?? '')].filter(Boolean), inLedger: false };
    if (piece.topics.length === 0) throw new ReferableError('INVALID_INPUT', `--topic must have letters or digits; got "${input.topic}"`, { field: '--topic' });
  }
  const [{ contacts, facts }, needs] = await Promise.all([scoreWorkspaceLean(context, market), context.store.workspace.content.openNeedTexts()]);
  const candidates = [];
  for (const contact of contacts) {
    const fact = facts.get(contact.id);
    if (!fact || !fact.inMarket || fact.strength === null) continue;
    candidates.push({
      id: contact.id,
      name: `${contact.firstName} ${contact.lastName}`.trim(),
      company: contact.company,
      title: contact.title,
      function: fact.function,
      industry: contact.industry,
      fit: fact.fit,
      strength: fact.strength,
      needs: needs.get(contact.id) ?? [],
    });
  }
  return { piece, suggestions: suggestContacts({ topics: piece.topics, title: piece.title }, candidates, { limit }), considered: candidates.length };
}
