// Market preview: the report's in-market count for a draft, prospects apart, covered companies, matches per dimension.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKey } from '../companies/company-key.ts';
import { previewMarket, type PreviewPerson } from './market-preview.ts';
import { market } from './market.fixture.ts';

function person(company: string, overrides: Partial<PreviewPerson> = {}): PreviewPerson {
  return { company, companyKey: companyKey(company), title: 'Director of Product', location: 'London', industry: '', seniority: 'Director', function: 'Product Management', connected: true, ...overrides };
}

describe('market preview', () => {
  const people = [
    person('Ledgerlark'),
    person('Woodgrove Bank', { function: 'Sales', seniority: 'Entry' }),
    person('Elsewhere', { function: 'Sales', seniority: 'Entry', location: 'Paris' }),
    person('Clearbrook', { connected: false }),
  ];

  it('counts connections in market as the report does, and prospects apart', () => {
    const preview = previewMarket(people, market());
    assert.equal(preview.connections, 3);
    assert.equal(preview.inMarket, 1);
    assert.equal(preview.inMarketShare, 0.333);
    assert.equal(preview.inMarketProspects, 1);
    assert.equal(preview.coveredCompanies, 2);
    assert.equal(preview.targetCompanies, 3);
    assert.deepEqual(preview.companyConnections, { Ledgerlark: 1, 'Woodgrove Bank': 1 });
    assert.equal(preview.matches.function, 1);
    assert.equal(preview.matches.location, 2);
  });

  it('moves with the draft: adding a function or lowering the threshold puts more people in market', () => {
    const narrow = previewMarket(people, market());
    const wider = previewMarket(people, market({ functions: ['Product Management', 'Sales'] }));
    assert.ok(wider.inMarket > narrow.inMarket, `${wider.inMarket} > ${narrow.inMarket}`);
    assert.equal(previewMarket(people, market({ threshold: 0 })).inMarket, 3);
    assert.equal(previewMarket(people, market({ goals: { ...market().goals, inMarketConnections: 4 } })).goalProgress, 0.25);
  });
});
