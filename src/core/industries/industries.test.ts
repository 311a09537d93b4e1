// Industry lookup and hierarchy on LinkedIn's Industry Codes V2.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allIndustries, findIndustry, industryFallsUnder, isIndustryName } from './industries.ts';

describe('industries', () => {
  it('holds the 434 V2 codes and finds them by id or by name in any case', () => {
    assert.equal(allIndustries().length, 434);
    assert.equal(findIndustry(4)?.label, 'Software Development');
    assert.equal(findIndustry('software development')?.id, 4);
    assert.equal(findIndustry('Not an industry'), undefined);
  });

  it('places an industry under its ancestors, not under its siblings', () => {
    assert.ok(industryFallsUnder('Software Development', 'Technology, Information and Media'));
    assert.ok(industryFallsUnder('Computer Networking Products', 'Software Development'));
    assert.ok(!industryFallsUnder('Software Development', 'Computer Networking Products'));
    assert.ok(!industryFallsUnder('Software Development', 'Financial Services'));
    assert.ok(isIndustryName('Financial Services'));
    assert.ok(!isIndustryName('Payments-ish'));
  });

  it('matches free-text industries by name only', () => {
    assert.ok(industryFallsUnder('Payments', 'payments'));
    assert.ok(!industryFallsUnder('', 'Financial Services'));
  });
});
