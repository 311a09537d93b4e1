// Who a piece is relevant to: needs weigh most, then title, function, industry, company; reasons name the match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggestContacts, type SuggestContact } from './content-suggest.ts';

function person(id: string, overrides: Partial<SuggestContact> = {}): SuggestContact {
  return { id, name: `Person ${id}`, company: 'Elsewhere', title: 'Engineer', function: 'Engineering', industry: '', fit: 60, strength: 0.2, needs: [], ...overrides };
}

describe('content suggestions', () => {
  const contacts = [
    person('need', { needs: ['their team is rebuilding payments checkout'] }),
    person('title', { title: 'Head of Payments' }),
    person('company', { company: 'Clearbrook Payments' }),
    person('none'),
    person('title-fitter', { title: 'Payments Lead', fit: 90 }),
  ];

  it('ranks by relevance with reasons, breaks ties by fit, and leaves out people it does not concern', () => {
    const suggestions = suggestContacts({ topics: ['payments'], title: '' }, contacts);
    assert.deepEqual(suggestions.map((s) => s.contactId), ['need', 'title-fitter', 'title', 'company']);
    assert.match(suggestions[0].reasons[0], /needs "their team is rebuilding payments checkout" mentions "payments" \+3/);
    assert.match(suggestions[3].reasons[0], /company Clearbrook Payments/);
  });

  it('uses the words of the title too, at a lower weight, and respects the limit', () => {
    const suggestions = suggestContacts({ topics: [], title: 'Why checkout conversion is fifty small fixes' }, contacts, { limit: 1 });
    assert.deepEqual(suggestions.map((s) => [s.contactId, s.relevance]), [['need', 1.2]]);
  });

  it('suggests nobody for a piece without topics or words', () => {
    assert.deepEqual(suggestContacts({ topics: [], title: 'Good read' }, contacts), []);
  });
});
