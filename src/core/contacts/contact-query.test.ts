import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryContacts, queryRow, type QueryItem } from './contact-query.ts';

const person = (id: string, firstName: string, lastName: string, company: string, extra: Partial<QueryItem> = {}) =>
  queryRow(
    { firstName, lastName, company, title: '', location: '', emails: [], tags: [] },
    { id, connectedOn: '2024-01-01', tags: [], fit: 0, inMarket: false, seniority: 'ic', function: 'engineering', strength: null, ...extra },
  );

describe('the contact query', () => {
  const rows = [
    person('1', 'Zoe', 'Adams', 'Globex', { fit: 50 }),
    person('2', 'Émile', 'Zola', 'acme', { fit: 50, seniority: 'Director' }),
    person('3', 'emma', 'Stone', 'Acme Inc', { fit: 90, function: 'product' }),
    person('4', 'Ólafur', 'Arnalds', 'Globex', { fit: 10 }),
  ];
  const ids = (query: Parameters<typeof queryContacts>[1]) => queryContacts(rows, query).map((row) => row.item.id);

  it('sorts by name with accents and case ignored (Émile before emma), A to Z or back', () => {
    assert.deepEqual(ids({}), ['2', '3', '4', '1']);
    assert.deepEqual(ids({ order: 'desc' }), ['1', '4', '3', '2']);
  });

  it('keeps ties A to Z whichever way the key runs', () => {
    assert.deepEqual(ids({ sort: 'fit' }), ['3', '2', '1', '4']);
    assert.deepEqual(ids({ sort: 'fit', order: 'asc' }), ['4', '2', '1', '3']);
    assert.deepEqual(ids({ sort: 'company' }), ['2', '3', '4', '1']);
  });

  it('filters by company spelling, seniority and function in any case', () => {
    assert.deepEqual(ids({ company: 'ACME' }), ['2', '3']);
    assert.deepEqual(ids({ seniority: 'director' }), ['2']);
    assert.deepEqual(ids({ function: 'PRODUCT' }), ['3']);
    assert.deepEqual(ids({ search: 'emile' }), ['2']);
  });
});
