import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentAtLeast, consentReveals, lowerConsent, parseConsentLevel } from './consent.ts';

describe('consent levels', () => {
  it('reveal more at each step, names only with full contacts', () => {
    assert.deepEqual(consentReveals('nothing'), { counts: false, companiesAndTitles: false, anonymousPeople: false, names: false });
    assert.deepEqual(consentReveals('aggregates'), { counts: true, companiesAndTitles: false, anonymousPeople: false, names: false });
    assert.equal(consentReveals('companies').names, false);
    assert.equal(consentReveals('companies').companiesAndTitles, true);
    assert.equal(consentReveals('contacts').names, true);
    assert.equal(consentAtLeast('companies', 'aggregates'), true);
    assert.equal(consentAtLeast('aggregates', 'companies'), false);
    assert.equal(lowerConsent('contacts', 'aggregates'), 'aggregates');
  });

  it('parses what a member types and refuses anything else', () => {
    assert.equal(parseConsentLevel(' Companies '), 'companies');
    assert.throws(() => parseConsentLevel('everything'), /use one of nothing, aggregates, companies, contacts/);
  });
});
