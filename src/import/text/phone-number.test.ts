import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPhoneRegion, phoneKeyReader, regionOfLocale } from './phone-number.ts';

describe('phoneKeyReader', () => {
  it('reads every spelling of one number in the region to one E.164 key', () => {
    const de = phoneKeyReader('DE');
    for (const written of ['030 1234567', '+49 30 1234567', '0049 30 1234567', '+49 (0)30 1234567', 'tel:+49-30-1234567', '(030) 123-45-67']) {
      assert.equal(de(written), '+49301234567', written);
    }
  });

  it('without a region reads only international numbers as E.164, and keys the rest by their digits', () => {
    const none = phoneKeyReader();
    assert.equal(none('+33 6 12 34 56 78'), '+33612345678');
    assert.equal(none('00 33 6 12 34 56 78'), '+33612345678');
    assert.equal(none('06 12 34 56 78'), '0612345678');
  });

  it('never gives an empty key for a value with a digit, and ignores an extension', () => {
    const us = phoneKeyReader('US');
    assert.equal(us('(202) 555-0143 ext. 12'), '+12025550143');
    assert.equal(us('112'), '112');
    assert.equal(us(''), '');
    assert.equal(us('n/a'), '');
  });
});

describe('regions', () => {
  it('takes the region of a locale that names one, never guesses it from the language', () => {
    assert.equal(regionOfLocale('de-DE'), 'DE');
    assert.equal(regionOfLocale('en-GB'), 'GB');
    assert.equal(regionOfLocale('en'), undefined);
    assert.equal(regionOfLocale('es-419'), undefined);
    assert.equal(regionOfLocale('not a locale'), undefined);
  });

  it('knows ISO 3166 alpha-2 codes only (GB, not UK)', () => {
    assert.ok(isPhoneRegion('GB'));
    assert.ok(!isPhoneRegion('UK'));
    assert.ok(!isPhoneRegion('de'));
  });
});
