// The pooled load's rows as columns: the in-market test runs once per person unless a network sees them differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PooledRow } from '../../store/accounts/pooled-view-repo.ts';
import { pooledPeopleOf, type InMarketFields } from './pooled-people-columns.ts';

const row = (key: string, title: string, company = 'Contoso'): PooledRow => ({ key, company, companyKey: company.toLowerCase(), title, location: '', industry: '', firstName: null, lastName: null });

test('tests a person once however many networks list them, and again where a network lists them differently', () => {
  const tested: string[] = [];
  const isIn = (person: InMarketFields) => {
    tested.push(`${person.title} at ${person.company}`);
    return person.title === 'CFO';
  };
  const people = pooledPeopleOf([[row('ann', 'CFO'), row('bob', 'Engineer')], [row('ann', 'CFO'), row('bob', 'CFO')], [row('bob', 'Engineer', 'Fabrikam')]], isIn);
  assert.deepEqual(tested, ['CFO at Contoso', 'Engineer at Contoso', 'CFO at Contoso', 'Engineer at Fabrikam'], "ann's second row reuses her answer; bob's promotion and move are tested");
  assert.deepEqual([...people.inMarket], [1, 0, 1, 1, 0]);
  assert.deepEqual([...people.person], [0, 1, 0, 1, 1]);
  assert.deepEqual([...people.rowStart], [0, 2, 4, 5]);
  assert.deepEqual(people.company, ['Contoso', 'Contoso'], 'the employer as first seen');
});

test('someone new with the same fields as the last person tested with their employer and title gets that answer untested', () => {
  const tested: string[] = [];
  const isIn = (person: InMarketFields) => {
    tested.push(`${person.title} at ${person.company}`);
    return person.title === 'CFO';
  };
  const people = pooledPeopleOf([[row('ann', 'CFO'), row('bob', 'CFO'), row('cat', 'Engineer'), row('dan', 'CFO'), row('eve', 'CFO', 'contoso')]], isIn);
  assert.deepEqual(tested, ['CFO at Contoso', 'Engineer at Contoso', 'CFO at contoso'], 'bob and dan as ann; eve differs in the name alone');
  assert.deepEqual([...people.inMarket], [1, 1, 0, 1, 1]);
});
