// Topic detection: focus topics in text, hashtags and URL slugs, plural forms, hand-set topics, recurring themes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectTopics, recurringTerms, slugText } from './content-topics.ts';

const focus = ['payments', 'product discovery', 'fintech'];

describe('content topics', () => {
  it('finds focus topics in the text, in hashtags glued together, and in the shared piece\'s address', () => {
    assert.deepEqual(detectTopics({ title: 'Why one payment method is not enough', body: '', urls: [], topics: [] }, focus).focus, ['payments']);
    assert.deepEqual(detectTopics({ title: 'The best prototype was a phone call #ProductDiscovery', body: '', urls: [], topics: [] }, focus).focus, ['product discovery']);
    assert.deepEqual(detectTopics({ title: '', body: '', urls: ['https://example.com/articles/fintech-in-2026'], topics: [] }, focus).focus, ['fintech']);
    assert.deepEqual(detectTopics({ title: 'Discovery of a product', body: '', urls: [], topics: [] }, focus).focus, [], 'the words must come in order');
  });

  it('counts a hand-set topic as focus and lists every topic once, hand-set first', () => {
    const detected = detectTopics({ title: 'Notes #Payments #remote', body: 'payments again', urls: [], topics: ['Payments', 'Open banking'] }, focus);
    assert.deepEqual(detected.topics, ['payments', 'open banking', 'remote']);
    assert.deepEqual(detected.focus, ['payments']);
  });

  it('detects themes that recur across titles, not one-off or common words', () => {
    const titles = ['Bets not roadmaps', 'Roadmaps are promises', 'A good read about refunds'];
    const themes = recurringTerms(titles);
    assert.deepEqual([...themes.keys()], ['roadmap']);
    assert.deepEqual(detectTopics({ title: titles[1], body: '', urls: [], topics: [] }, [], themes).topics, ['roadmap']);
  });

  it('ignores LinkedIn post addresses (ids, not words)', () => {
    assert.equal(slugText('https://www.linkedin.com/feed/update/urn:li:share:7490052928937869799'), '');
    assert.match(slugText('https://example.com/why-checkout-conversion'), /why checkout conversion/);
  });
});
