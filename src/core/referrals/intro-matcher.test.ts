// The matcher: relevance first, ties and fit next, never the seeker, spread across helpers, every pick explained.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposedKey, rankIntroductions, type MatchInput, type MatchNeed, type MatchParty, type TextMatch } from './intro-matcher.ts';
import { needTerms } from './match-terms.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const party = (id: string, strength: number | null = 0.3, fit = 50): MatchParty => ({ id, name: `Person ${id.toUpperCase()}`, company: `Co ${id}`, title: `Title ${id}`, strength, fit, inMarket: fit >= 60 });
const need = (id: string, contactId: string, text: string, deadline = ''): MatchNeed => ({ id, contactId, text, topic: '', deadline, terms: needTerms(text) });

function input(needs: MatchNeed[], hits: Record<string, TextMatch[]>, overrides: Partial<MatchInput> = {}): MatchInput {
  const people = new Map(['a', 'b', 'c', 'd', 'e', 's', 't'].map((id) => [id, party(id)]));
  return {
    needs,
    search: (n) => hits[n.id] ?? [],
    people,
    offerText: (helperId, source) => `${source} text of ${helperId}`,
    coolingDown: new Map(),
    coolDownDays: 28,
    proposed: new Set(),
    hasMarket: true,
    now: NOW,
    ...overrides,
  };
}
const hit = (helperId: string, score: number, queryTerms: string[]): TextMatch => ({ helperId, score, queryTerms, sources: ['stated'] });

describe('rankIntroductions', () => {
  it('ranks by relevance and explains matched terms, both ties and fit', () => {
    const n = need('n1', 's', 'their team is struggling with a SOC 2 audit');
    assert.deepEqual(n.terms, ['soc', 'audit']);
    const result = rankIntroductions(input([n], { n1: [hit('a', 9, ['soc', 'audit']), hit('b', 3, ['audit'])] }), { perNeed: 2 });
    assert.deepEqual(result.map((s) => s.helper.id), ['a', 'b']);
    assert.ok(result[0].score > result[1].score);
    assert.equal(result[0].need.contact.id, 's');
    const why = result[0].reasons.join('\n');
    assert.match(why, /matches "soc", "audit" \(2 of 2 need terms\) in offer "stated text of a"/);
    assert.match(why, /your tie to Person S \(the seeker\): 0\.30, moderate/);
    assert.match(why, /your tie to Person A \(the helper\)/);
    assert.match(why, /target-market fit 50/);
  });

  it('never suggests the seeker as their own helper, nor a pair already proposed', () => {
    const n = need('n1', 's', 'SOC 2 audit');
    const hits = { n1: [hit('s', 10, ['soc', 'audit']), hit('a', 8, ['soc', 'audit']), hit('b', 7, ['soc', 'audit'])] };
    const result = rankIntroductions(input([n], hits, { proposed: new Set([proposedKey('n1', 'a')]) }), { perNeed: 3 });
    assert.deepEqual(result.map((s) => s.helper.id), ['b']);
  });

  it("never suggests the seeker's own colleagues: they can ask each other without an introduction", () => {
    const n = need('n1', 's', 'SOC 2 audit');
    const people = new Map(['a', 'b', 's'].map((id) => [id, { ...party(id), companyKey: id === 'b' ? 'other' : 'analytical engines' }]));
    const hits = { n1: [hit('a', 10, ['soc', 'audit']), hit('b', 5, ['soc', 'audit'])] };
    assert.deepEqual(rankIntroductions(input([n], hits, { people }), { perNeed: 3 }).map((s) => s.helper.id), ['b']);
  });

  it('spreads helpers across needs: the second need gets someone else when a close alternative exists', () => {
    const needs = [need('n1', 's', 'SOC 2 audit'), need('n2', 't', 'SOC 2 audit readiness')];
    const hits = { n1: [hit('a', 10, ['soc', 'audit']), hit('b', 9, ['soc', 'audit'])], n2: [hit('a', 10, ['soc', 'audit']), hit('b', 9, ['soc', 'audit'])] };
    const spread = rankIntroductions(input(needs, hits));
    assert.deepEqual(spread.map((s) => [s.need.id, s.helper.id]).sort(), [['n1', 'a'], ['n2', 'b']].sort());
    const same = rankIntroductions(input(needs, hits), { repeatPenalty: 1 });
    assert.deepEqual(same.map((s) => s.helper.id), ['a', 'a'], 'without the penalty the same helper wins both');
  });

  it('says why a repeated helper ranks lower, and down-weights a helper inside the cool-down', () => {
    const needs = [need('n1', 's', 'SOC 2 audit'), need('n2', 't', 'SOC 2 audit')];
    const hits = { n1: [hit('a', 10, ['soc', 'audit'])], n2: [hit('a', 10, ['soc', 'audit'])] };
    const result = rankIntroductions(input(needs, hits));
    assert.equal(result.length, 2);
    assert.match(result[1].reasons.join('\n'), /already suggested for 1 other need in this list ×0\.60/);
    const cooled = rankIntroductions(input([needs[0]], { n1: [hit('a', 10, ['soc', 'audit']), hit('b', 10, ['soc', 'audit'])] }, { coolingDown: new Map([['a', 3]]) }), { perNeed: 2 });
    assert.deepEqual(cooled.map((s) => s.helper.id), ['b', 'a']);
    assert.match(cooled[1].reasons.join('\n'), /asked 3 days ago, inside the 28-day cool-down ×0\.50/);
    assert.equal(cooled[1].score, Math.round(cooled[0].score * 5) / 10);
  });

  it('prefers stronger ties and in-market helpers when relevance is equal, and lifts needs with a close deadline', () => {
    const n = need('n1', 's', 'SOC 2 audit');
    const people = new Map([['s', party('s')], ['a', party('a', 0.1, 10)], ['b', party('b', 0.8, 90)]]);
    const result = rankIntroductions(input([n], { n1: [hit('a', 10, ['soc', 'audit']), hit('b', 10, ['soc', 'audit'])] }, { people }), { perNeed: 2 });
    assert.deepEqual(result.map((s) => s.helper.id), ['b', 'a']);
    const urgent = rankIntroductions(input([need('n1', 's', 'SOC 2 audit', '2026-11-30')], { n1: [hit('a', 10, ['soc', 'audit'])] }, { people }));
    assert.ok(urgent[0].score > result[1].score);
    assert.match(urgent[0].reasons.join('\n'), /deadline 2026-11-30 \(in 5 days\) ×1\.15/);
  });

  it('drops weak matches and needs with nothing to search for, and honours the limit', () => {
    const n = need('n1', 's', 'SOC 2 audit evidence collection tooling');
    const weak = rankIntroductions(input([n], { n1: [hit('a', 10, ['soc', 'audit', 'evidence', 'collection', 'tooling']), hit('b', 0.5, ['tooling'])] }), { perNeed: 5 });
    assert.deepEqual(weak.map((s) => s.helper.id), ['a']);
    assert.deepEqual(rankIntroductions(input([need('n2', 's', 'help needed asap')], { n2: [hit('a', 5, [])] })), []);
    const many = ['n1', 'n2', 'n3'].map((id) => need(id, 's', 'SOC 2 audit'));
    const hits = Object.fromEntries(many.map((m) => [m.id, [hit('a', 5, ['soc', 'audit']), hit('b', 5, ['soc', 'audit']), hit('c', 5, ['soc', 'audit'])]]));
    assert.equal(rankIntroductions(input(many, hits), { limit: 2 }).length, 2);
  });
});
