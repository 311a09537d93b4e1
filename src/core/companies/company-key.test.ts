// companyKey: spellings of one employer ("Northwind Traders, Inc." / "NORTHWIND TRADERS INC") must compare equal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { companyKey } from './company-key.ts';

describe('companyKey', () => {
  it('treats legal-form, case and punctuation variants as one company', () => {
    const key = companyKey('Northwind Traders');
    assert.equal(key, 'northwind traders');
    assert.equal(companyKey('Northwind Traders, Inc.'), key);
    assert.equal(companyKey('NORTHWIND TRADERS INC'), key);
  });

  it('drops legal forms from different countries', () => {
    assert.equal(companyKey('Contoso GmbH'), companyKey('Contoso Ltd.'));
    assert.equal(companyKey('Contoso GmbH'), 'contoso');
  });

  it('drops a leading "The"', () => {
    assert.equal(companyKey('The Home Depot'), companyKey('Home Depot'));
  });

  it('reads "&" as "and" and drops a trailing "Co"', () => {
    assert.equal(companyKey('Procter & Gamble Co'), companyKey('Procter and Gamble'));
    assert.equal(companyKey('Procter & Gamble'), companyKey('Procter and Gamble'));
  });

  it('drops a compound legal form written with "&" (GmbH & Co. KG)', () => {
    assert.equal(companyKey('Aaa mbH & Co. KG'), 'aaa');
    assert.equal(companyKey('Brandt GmbH & Co. KG'), companyKey('Brandt'));
  });

  it('folds accents', () => {
    assert.equal(companyKey('Société Générale S.A.'), companyKey('societe generale'));
    assert.equal(companyKey('societe generale'), 'societe generale');
  });

  it('never strips a name down to nothing', () => {
    assert.equal(companyKey('Inc'), 'inc');
    assert.equal(companyKey('The'), 'the');
    assert.notEqual(companyKey('Inc.'), '');
  });

  it('gives an empty key for an empty or punctuation-only name', () => {
    assert.equal(companyKey(''), '');
    assert.equal(companyKey('   '), '');
    assert.equal(companyKey(' , . '), '');
  });

  it('is idempotent for a doubled leading "The"', () => {
    assert.equal(companyKey(companyKey('The The Bank')), companyKey('The The Bank'));
  });

  it('keeps different companies apart', () => {
    assert.notEqual(companyKey('Contoso'), companyKey('Fabrikam'));
    assert.notEqual(companyKey('Fabrikam'), companyKey('Fabrikam Capital LLC'));
  });
});

describe('companyKey properties', () => {
  const words = ['Northwind', 'Traders', 'Inc', 'the', 'The', 'Co', '&', 'and', 'GmbH', 'Ltd.', 'S.A.', 'Société', 'Contoso', 'LLC', 'Ünïcode', 'Bank', '-', ','];
  const companyName = fc.oneof(
    fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(' ')),
    fc.string({ maxLength: 30 }),
  );

  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(companyName, (name) => {
        const key = companyKey(name);
        assert.equal(companyKey(key), key);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('ignores case and whitespace changes', () => {
    fc.assert(
      fc.property(companyName, fc.constantFrom(' ', '  ', '\t', ' \u00a0 '), (name, gap) => {
        const key = companyKey(name);
        assert.equal(companyKey(name.toUpperCase()), companyKey(name.toLowerCase()));
        assert.equal(companyKey(`  ${name.split(' ').join(gap)} `), key);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
