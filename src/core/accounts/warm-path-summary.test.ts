import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleCounts, roleCountsOf, warmPathSentence, warmPathSentenceOf } from './warm-path-summary.ts';

describe('warm path summaries', () => {
  it('describe a teammate\'s people by level and function, never by name', () => {
    const roles = [
      { seniority: 'Director', function: 'Engineering' },
      { seniority: 'Senior', function: 'Engineering' },
      { seniority: 'Entry', function: 'Engineering' },
    ];
    assert.equal(warmPathSentence('Alex', 'Contoso', roles), 'Alex (your cohort) knows 3 people at Contoso: 2 in engineering, 1 director');
    assert.deepEqual(roleCounts([{ seniority: 'VP', function: 'Sales' }, { seniority: 'VP', function: 'Marketing' }, { seniority: 'Unknown', function: 'Unknown' }]), [
      { label: 'VPs', count: 2 },
      { label: 'other role', count: 1 },
    ]);
    assert.equal(warmPathSentence('Alex', 'Fabrikam', [{ seniority: 'Manager', function: 'Sales' }]), 'Alex (your cohort) knows 1 person at Fabrikam: 1 manager');
  });

  it('count roles held by many people as many, once per title', () => {
    const counts = roleCountsOf([
      { role: { seniority: 'Senior', function: 'Engineering' }, people: 40 },
      { role: { seniority: 'Director', function: 'Engineering' }, people: 3 },
      { role: { seniority: 'Entry', function: 'Engineering' }, people: 2 },
      { role: { seniority: 'Director', function: 'Sales' }, people: 1 },
      { role: { seniority: 'VP', function: 'Sales' }, people: 0 },
    ]);
    assert.deepEqual(counts, [{ label: 'in engineering', count: 42 }, { label: 'directors', count: 4 }]);
    assert.equal(warmPathSentenceOf('Alex', 'Contoso', counts), 'Alex (your cohort) knows 46 people at Contoso: 42 in engineering, 4 directors');
    assert.equal(warmPathSentenceOf('Alex', 'Fabrikam', roleCountsOf([{ role: { seniority: 'Manager', function: 'Sales' }, people: 1 }])), 'Alex (your cohort) knows 1 person at Fabrikam: 1 manager');
  });
});
