// Who a piece of content is most relevant to: in-market contacts whose needs, title, function, industry or company
// mention its topics (or the words of its title), with the reasons. Send it to them with a line of your own.
import { foldText } from '../text/fold.ts';
import { mentions, titleTerms, topicWords } from './content-topics.ts';

export interface SuggestContact {
  id: string;
  name: string;
  company: string;
  title: string;
  function: string;
  industry: string;
  fit: number;
  /** My tie strength (0–1). */
  strength: number;
  /** Open needs, as written. */
  needs: string[];
}

export interface Suggestion {
  contactId: string;
  name: string;
  company: string;
  title: string;
  relevance: number;
  reasons: string[];
}

/**
 * Points per match. A need is what someone is working on right now, so it weighs most; a topic (the piece's
 * subject) counts more than a word from its title. Ties are broken by market fit, then tie strength.
 */
export const SUGGEST_DEFAULTS = {
  weights: { need: 3, title: 2, function: 1.5, industry: 1, company: 1 },
  /** Words of the piece's title count this much of a topic. */
  titleWordFactor: 0.4,
  limit: 10,
};

interface Field {
  name: keyof typeof SUGGEST_DEFAULTS.weights;
  words: string[];
  glued: Set<string>;
  label: string;
}

export function suggestContacts(piece: { topics: readonly string[]; title: string }, contacts: readonly SuggestContact[], options: Partial<Omit<typeof SUGGEST_DEFAULTS, 'weights'>> & { weights?: Partial<typeof SUGGEST_DEFAULTS.weights> } = {}): Suggestion[] {
  const weights = { ...SUGGEST_DEFAULTS.weights, ...options.weights };
  const factor = options.titleWordFactor ?? SUGGEST_DEFAULTS.titleWordFactor;
  const limit = options.limit ?? SUGGEST_DEFAULTS.limit;
  const topics = [...new Set(piece.topics.map(foldText).filter(Boolean))];
  const topicStems = new Set(topics.flatMap((topic) => topicWords(topic)));
  const extra = titleTerms(piece.title).filter((word) => !topicStems.has(word));
  const terms = [...topics.map((text) => ({ text, factor: 1 })), ...extra.map((text) => ({ text, factor }))];
  if (terms.length === 0) return [];
  const ranked: (Suggestion & { fit: number; strength: number })[] = [];
  for (const contact of contacts) {
    const fields: Field[] = [
      ...contact.needs.map((need) => ({ name: 'need' as const, words: topicWords(need), glued: new Set<string>(), label: `needs "${need.length > 60 ? `${need.slice(0, 57)}...` : need}"` })),
      { name: 'title', words: topicWords(contact.title), glued: new Set<string>(), label: `title ${contact.title}` },
      { name: 'function', words: topicWords(contact.function), glued: new Set<string>(), label: `function ${contact.function}` },
      { name: 'industry', words: topicWords(contact.industry), glued: new Set<string>(), label: `industry ${contact.industry}` },
      { name: 'company', words: topicWords(contact.company), glued: new Set<string>(), label: `company ${contact.company}` },
    ];
    let relevance = 0;
    const reasons: string[] = [];
    for (const field of fields) {
      if (field.words.length === 0) continue;
      const hits = terms.filter((term) => mentions(field.words, field.glued, term.text));
      if (hits.length === 0) continue;
      const points = hits.reduce((sum, term) => sum + weights[field.name] * term.factor, 0);
      relevance += points;
      reasons.push(`${field.label} mentions ${hits.map((term) => `"${term.text}"`).join(', ')} +${Math.round(points * 10) / 10}`);
    }
    if (relevance <= 0) continue;
    ranked.push({ contactId: contact.id, name: contact.name, company: contact.company, title: contact.title, relevance: Math.round(relevance * 10) / 10, reasons, fit: contact.fit, strength: contact.strength });
  }
  ranked.sort((a, b) => b.relevance - a.relevance || b.fit - a.fit || b.strength - a.strength || a.name.localeCompare(b.name) || a.contactId.localeCompare(b.contactId));
  return ranked.slice(0, limit).map(({ contactId, name, company, title, relevance, reasons }) => ({ contactId, name, company, title, relevance, reasons }));
}
