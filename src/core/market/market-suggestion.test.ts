// Market suggestions: ranked by contacts with counts, the user's own role and place first in the draft, tiers by count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKey } from '../companies/company-key.ts';
import { draftFromSuggestion, placeOf, suggestMarket, type NetworkPerson, type OwnProfile } from './market-suggestion.ts';

function person(company: string, overrides: Partial<NetworkPerson> = {}): NetworkPerson {
  return { company, companyKey: companyKey(company), industry: '', location: '', seniority: 'Senior', function: 'Engineering', ...overrides };
}

function times(n: number, make: () => NetworkPerson): NetworkPerson[] {
  return Array.from({ length: n }, make);
}

const network: NetworkPerson[] = [
  ...times(5, () => person('Contoso Ltd', { location: 'New York, New York, United States', industry: 'Banking' })),
  ...times(2, () => person('Contoso', { function: 'Product Management', seniority: 'Manager', location: 'Greater New York City Area' })),
  ...times(4, () => person('Woodgrove Bank', { function: 'Finance', seniority: 'Director', location: 'London, England, United Kingdom', industry: 'Software Development' })),
  ...times(3, () => person('Paysprig', { function: 'Product Management', seniority: 'Manager', industry: 'not an industry' })),
  ...times(3, () => person('Fernwallet', { function: 'Unknown', seniority: 'Unknown' })),
  person('Only One Inc'),
];

const profile: OwnProfile = {
  industry: 'Financial Services',
  location: 'Amsterdam, North Holland, Netherlands',
  positions: [
    { company: 'Owlpine', title: 'Product Analyst', location: '', startedOn: '2019-01-01', finishedOn: '2021-05-01' },
    { company: 'Paysprig', title: 'Senior Product Manager', location: '', startedOn: '2021-06-01', finishedOn: '' },
  ],
};

describe('market suggestion', () => {
  it('ranks each dimension by how many contacts share it, with counts, one spelling per employer', () => {
    const suggestion = suggestMarket(network, null);
    assert.equal(suggestion.contacts, 18);
    assert.deepEqual(suggestion.companies.map((c) => [c.value, c.count]), [['Contoso Ltd', 7], ['Woodgrove Bank', 4], ['Fernwallet', 3], ['Paysprig', 3]]);
    assert.deepEqual(suggestion.functions.map((c) => [c.value, c.count]), [['Engineering', 6], ['Product Management', 5], ['Finance', 4]]);
    assert.deepEqual(suggestion.seniorities.map((c) => [c.value, c.count]), [['Senior', 6], ['Manager', 5], ['Director', 4]]);
    // Only LinkedIn V2 industries are offered: a free-text one could not be saved.
    assert.deepEqual(suggestion.industries.map((c) => [c.value, c.count]), [['Banking', 5], ['Software Development', 4]]);
    assert.deepEqual(suggestion.locations.map((c) => [c.value, c.count]), [['New York', 5], ['London', 4], ['New York City', 2]]);
  });

  it('marks the user\'s own role, industry, place and employer, even where no contact shares them', () => {
    const suggestion = suggestMarket(network, profile);
    assert.equal(suggestion.currentEmployer, 'Paysprig');
    assert.deepEqual(suggestion.functions.filter((c) => c.yours).map((c) => c.value), ['Product Management']);
    assert.deepEqual(suggestion.seniorities.filter((c) => c.yours).map((c) => c.value), ['Senior']);
    assert.deepEqual(suggestion.industries.find((c) => c.yours), { value: 'Financial Services', count: 0, yours: true });
    assert.deepEqual(suggestion.locations.find((c) => c.yours), { value: 'Amsterdam', count: 0, yours: true });
    assert.equal(suggestion.companies.find((c) => c.value === 'Paysprig')?.yours, true);
  });

  it('drafts a market from the profile: own function, own level and the next, own industry and place, companies by tiers without the employer', () => {
    const draft = draftFromSuggestion(suggestMarket(network, profile), { tierSizes: [1, 1] });
    assert.equal(draft.name, 'Product Management in Amsterdam');
    assert.deepEqual(draft.companies, [{ name: 'Contoso Ltd', tier: 1 }, { name: 'Woodgrove Bank', tier: 2 }, { name: 'Fernwallet', tier: 3 }]);
    assert.deepEqual(draft.functions, ['Product Management']);
    assert.deepEqual(draft.seniorities, ['Senior', 'Manager']);
    assert.deepEqual(draft.industries, ['Financial Services']);
    assert.deepEqual(draft.locations, ['Amsterdam']);
    assert.equal(draft.goals?.by, undefined, 'no empty date: the file schema would refuse it');
  });

  it('without a profile, drafts from the most common values among contacts and leaves out what nobody has', () => {
    const draft = draftFromSuggestion(suggestMarket(network.map((p) => ({ ...p, industry: '' })), null));
    assert.equal(draft.name, 'Engineering and Product Management in New York');
    assert.deepEqual(draft.functions, ['Engineering', 'Product Management']);
    assert.deepEqual(draft.seniorities, ['Senior', 'Manager']);
    assert.equal('industries' in draft, false);
  });

  it('names a place as people say it', () => {
    assert.equal(placeOf('Greater London Area'), 'London');
    assert.equal(placeOf('San Francisco Bay Area'), 'San Francisco');
    assert.equal(placeOf('New York, New York, United States'), 'New York');
    assert.equal(placeOf(''), '');
  });
});
