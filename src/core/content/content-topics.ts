// Topics of a content item: the ones set by hand, the focus topics its text mentions, its hashtags, and the
// themes that recur across your items' titles (detected terms).
import { foldText } from '../text/fold.ts';

export interface TopicSource {
  title: string;
  body: string;
  /** The item's URL and the piece it shares: their slugs often name the topic ("why-checkout-conversion-..."). */
  urls: string[];
  /** Set by hand (`content add --topic`). */
  topics: string[];
}

/** Words too common to say what a piece is about. */
const STOP = new Set(
  'about after again also agree because been before being better could does doing every first from have here how into just like make more most much must need never only other over point really same should some strong than that their them then there these they thing think this those through what when where which while who why will with without would your yours team teams work good read reading worth great matche week year thank anyone everyone someone very tell down happen happened easy many used went look looking made article post blog news feed update share pulse html index'
    .split(' ')
    .map(stem),
);

export const TOPIC_DEFAULTS = {
  minWordLength: 4,
  /** A word in the titles of at least this many of your items is a recurring theme: a detected topic. */
  recurringMinItems: 2,
  /** Detected themes shown per item. */
  themesPerItem: 3,
};

/** Content words of a title (stemmed, without common words), each once. */
export function titleTerms(title: string, minLength = TOPIC_DEFAULTS.minWordLength): string[] {
  const words = topicWords(title).filter((word) => word.length >= minLength && !STOP.has(word) && !/^\d+$/.test(word));
  return [...new Set(words)];
}

/** Themes that recur across your items' titles: word -> number of items whose title has it. */
export function recurringTerms(titles: readonly string[], minItems = TOPIC_DEFAULTS.recurringMinItems): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) for (const term of titleTerms(title)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) if (count < minItems) counts.delete(term);
  return counts;
}

export interface DetectedTopics {
  /** Every topic: hand-set, focus topics mentioned, hashtags, recurring themes; folded, without duplicates. */
  topics: string[];
  /** The focus topics this item is on (hand-set or detected). */
  focus: string[];
}

/** A crude stem so "payment" matches "payments" and "referral" matches "referrals"; enough for topic words. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function topicWords(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean).map(stem);
}

/** The words of an address's path ("/articles/why-checkout-conversion" -> "articles why checkout conversion"). */
export function slugText(url: string): string {
  try {
    const parsed = new URL(url);
    // A LinkedIn post's own address is an id ("/feed/update/urn:li:share:749..."), not words.
    if (/(^|\.)linkedin\.com$/i.test(parsed.hostname) && /^\/(feed|posts)\//.test(parsed.pathname)) return '';
    return decodeURIComponent(parsed.pathname).replace(/[-_/.:]+/g, ' ');
  } catch {
    return url.startsWith('linkedin-article:') ? url.slice('linkedin-article:'.length).replace(/-/g, ' ') : '';
  }
}

const HASHTAG = /#([\p{L}\p{N}_]{2,60})/gu;

export function hashtags(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((match) => foldText(match[1])).filter((tag) => tag && !/^\d+$/.test(tag));
}

/** Whether the words of `topic` appear in order in `words` (stemmed), or glued together as one hashtag. */
export function mentions(words: readonly string[], glued: ReadonlySet<string>, topic: string): boolean {
  const wanted = topicWords(topic);
  if (wanted.length === 0) return false;
  if (glued.has(wanted.join(''))) return true;
  outer: for (let start = 0; start + wanted.length <= words.length; start++) {
    for (let offset = 0; offset < wanted.length; offset++) if (words[start + offset] !== wanted[offset]) continue outer;
    return true;
  }
  return false;
}

/** The item's topics against the focus topics (the market's keywords plus the settings' content topics). */
export function detectTopics(item: TopicSource, focusTopics: readonly string[], themes: ReadonlyMap<string, number> = new Map()): DetectedTopics {
  const text = [item.title, item.body, ...item.urls.map(slugText)].join(' ');
  const words = topicWords(text);
  const tags = hashtags(`${item.title} ${item.body}`);
  const glued = new Set(tags.map((tag) => stem(tag.replace(/ /g, ''))).concat(tags.map((tag) => tag.replace(/ /g, ''))));
  const handSet = item.topics.map((topic) => foldText(topic)).filter(Boolean);
  const handWords = new Set(handSet.map((topic) => topicWords(topic).join(' ')));
  const focus: string[] = [];
  for (const topic of focusTopics) {
    const folded = foldText(topic);
    if (!folded || focus.includes(folded)) continue;
    if (handWords.has(topicWords(folded).join(' ')) || mentions(words, glued, folded)) focus.push(folded);
  }
  const covered = new Set([...handSet, ...focus, ...tags].flatMap((topic) => topicWords(topic)));
  const recurring = titleTerms(item.title || item.urls.map(slugText).join(' '))
    .filter((term) => themes.has(term) && !covered.has(term))
    .sort((a, b) => (themes.get(b) ?? 0) - (themes.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, TOPIC_DEFAULTS.themesPerItem);
  const topics: string[] = [];
  for (const topic of [...handSet, ...focus, ...tags, ...recurring]) if (!topics.includes(topic)) topics.push(topic);
  return { topics, focus };
}
