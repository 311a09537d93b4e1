// Terms for matching needs to offers: folded words without stop words, plurals folded, so "audits" finds "audit".
import { foldText } from '../text/fold.ts';
import { MAX_NEED_TERMS } from './term-postings.ts';

/** Common English words that carry no topic. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have he her his how i if in into is it its ' +
    'me my no not of on or our she so some than that the their them then there these they this those to too up us was ' +
    'we were what when where which who whom why will with would you your yours about across after all also any around ' +
    'because before being both each few get got just more most much new now only other over same such very via'
  ).split(' '),
);

/** Words people use to describe a need that say nothing about what would help ("their team is struggling with"). */
const NEED_FILLER = new Set(
  (
    'need needs needed needing help helps helping looking look find finding someone somebody anyone struggling struggle ' +
    'struggles trying try want wants wanted advice team teams working work works introduction intro intros question ' +
    'questions issue issues problem problems currently right next soon asap quickly good great best person people like'
  ).split(' '),
);

/** Plural to singular, conservatively: "audits" -> "audit", "companies" -> "company"; "process", "analysis" stay. */
function stem(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 4 && term.endsWith('s') && !term.endsWith('ss') && !term.endsWith('is') && !term.endsWith('us')) return term.slice(0, -1);
  return term;
}

/** Splits folded text into words (MiniSearch's `tokenize` for both the index and the queries). */
export function tokenizeForMatch(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/** One indexed word to its term, or null to drop it (MiniSearch's `processTerm` when indexing offers). */
export function processOfferTerm(word: string): string | null {
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return stem(word);
}

/** The distinct terms of a need's text (and topic) that are worth searching for, at most MAX_NEED_TERMS. */
export function needTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenizeForMatch(text)) {
    if (terms.length === MAX_NEED_TERMS) break;
    if (NEED_FILLER.has(word)) continue;
    const term = processOfferTerm(word);
    if (term !== null && !NEED_FILLER.has(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}
