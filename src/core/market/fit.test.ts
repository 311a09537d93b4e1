// Fit: points per matched dimension with reasons, tiers, aliases, one-level-off seniority, scaling, threshold.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKey } from '../companies/company-key.ts';
import { createFitScorer, fitFieldsRead, formatReason, type FitInput } from './fit.ts';
import { market } from './market.fixture.ts';

function person(overrides: Partial<FitInput> = {}): FitInput {
  const company = overrides.company ?? 'Ledgerlark, Inc.';
  return { company, companyKey: companyKey(company), title: 'Director of Product', location: 'London, United Kingdom', industry: '', seniority: 'Director', function: 'Product Management', ...overrides };
}

describe('fit', () => {
  it('scores a perfect match 100 and explains every point', () => {
    const result = createFitScorer(market())(person({ title: 'Director of Product, Payments' }));
    assert.equal(result.fit, 100);
    assert.equal(result.inMarket, true);
    assert.deepEqual(result.reasons.map(formatReason), [
      'company Ledgerlark (tier 1) +40', 'function Product Management +25', 'seniority Director +15',
      'industry Financial Services +10', 'location London, United Kingdom +5', 'keyword "payments" +5',
    ]);
  });

  it('gives a tier-2 company 70% of the company points and recognises aliases and spellings', () => {
    const score = createFitScorer(market());
    assert.equal(score(person({ company: 'WOODGROVE BANK S.A.' })).reasons[0].points, 28);
    assert.equal(score(person({ company: 'Clearbrook' })).targetCompany?.name, 'Clearbrook Payments');
    assert.match(formatReason(score(person({ company: 'WOODGROVE BANK S.A.' })).reasons.find((r) => r.dimension === 'industry')!), /industry Banking \(in Financial Services\)/);
  });

  it('gives half the seniority points one level off, none further away', () => {
    const score = createFitScorer(market());
    assert.equal(score(person({ seniority: 'VP' })).reasons.find((r) => r.dimension === 'seniority')?.points, 7.5);
    assert.equal(score(person({ seniority: 'Entry' })).reasons.find((r) => r.dimension === 'seniority'), undefined);
  });

  it('ignores dimensions without criteria and scales the others to 100', () => {
    const score = createFitScorer(market({ locations: [], keywords: [], industries: [] }));
    const result = score(person());
    assert.equal(result.fit, 100);
    assert.equal(Math.round(result.reasons[0].points), 50);
  });

  it('puts a contact below the threshold out of market', () => {
    const result = createFitScorer(market())(person({ company: 'Some Bakery', title: 'Baker', seniority: 'Entry', function: 'Operations', location: 'Paris' }));
    assert.deepEqual([result.fit, result.inMarket, result.reasons], [0, false, []]);
  });

  it('matches keywords and places as whole words, not inside other words', () => {
    const score = createFitScorer(market({ keywords: ['pay'], locations: ['London'] }));
    assert.equal(score(person({ title: 'Payments lead', location: 'Londonderry' })).reasons.some((r) => r.dimension === 'keywords' || r.dimension === 'location'), false);
  });
});

describe('fitFieldsRead', () => {
  it('names the fields a market scores, and leaves out those that would change no answer', () => {
    assert.deepEqual(fitFieldsRead(market()), { title: true, location: true, industry: true });
    const companiesOnly = market({ functions: [], seniorities: [], industries: [], locations: [], keywords: [] });
    assert.deepEqual(fitFieldsRead(companiesOnly), { title: false, location: false, industry: false });
    // Emptied fields score the same as the real ones under a market that does not look at them.
    const score = createFitScorer(companiesOnly);
    const contact: FitInput = { company: 'Stripe', companyKey: companyKey('Stripe'), title: 'Director of Product', location: 'London', industry: 'Financial Services', seniority: 'Director', function: 'Product Management' };
    assert.deepEqual(score({ ...contact, title: '', location: '', industry: '', seniority: '', function: '' }), score(contact));
    assert.deepEqual(fitFieldsRead(market({ functions: [], seniorities: [], keywords: [] })), { title: false, location: true, industry: true });
  });
});
