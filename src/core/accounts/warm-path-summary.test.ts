import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleCounts, warmPathSentence } from './warm-path-summary.ts';

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
});
