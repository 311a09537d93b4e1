// Recognising self-employment, freelancing, stealth startups and "no company" in the company field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKind } from './company-kind.ts';

describe('companyKind', () => {
  it('recognises self-employment, freelancing, stealth and empty values in several spellings and languages', () => {
    const cases: [string, string][] = [
      ['Self-employed', 'self-employed'], ['SELF EMPLOYED', 'self-employed'], ['Autónomo', 'self-employed'], ['Selbstständig', 'self-employed'],
      ['Freelance', 'freelance'], ['Freelancer', 'freelance'], ['Independent Contractor', 'freelance'],
      ['Stealth Startup', 'stealth'], ['Stealth Mode', 'stealth'], ['Stealth', 'stealth'], ['Stealth Co', 'stealth'],
      ['stealth-mode startup', 'stealth'], ['In Stealth', 'stealth'], ['Stealth Start-up', 'stealth'],
      ['', 'none'], ['--', 'none'], ['Open to work', 'none'], ['Confidential', 'none'],
      ['Northwind Traders, Inc.', 'employer'], ['Stealthwood Capital', 'employer'], ['Freelance.com Group', 'employer'],
    ];
    for (const [name, kind] of cases) assert.equal(companyKind(name), kind, name);
  });

  it('keeps a real company whose name merely mentions stealth an employer', () => {
    for (const name of ['Analytical Engines (stealth)', 'Stealth Bomber Systems', 'Acme Stealth Labs', 'Stealthwood Capital']) {
      assert.equal(companyKind(name), 'employer', name);
    }
  });

  it('never throws on any script, emoji or very long names', () => {
    for (const name of ['株式会社テスト', '🚀🚀🚀', 'x'.repeat(10_000), 'شركة', '\u0000\uffff']) assert.equal(typeof companyKind(name), 'string');
  });
});
