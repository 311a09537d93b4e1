// Writing a draft as the target file: what `target set` reads back is the same market; odd values reach the schema as sent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JOB_FUNCTION_NAMES, SENIORITY_NAMES } from '../../core/taxonomy/linkedin-taxonomy.ts';
import { parseTargetFile } from './target-file.ts';
import { writeTargetYaml } from './target-yaml.ts';

const VOCABULARY = { seniorities: SENIORITY_NAMES, functions: JOB_FUNCTION_NAMES };

describe('target YAML writer', () => {
  it('writes a draft that reads back as the same market, with comments and the header', () => {
    const text = writeTargetYaml({ name: 'Product: London & Paris', threshold: 40, companies: [{ name: 'Ledgerlark', tier: 2 }, 'Contoso #1'], functions: ['Product Management'], locations: ['London', 'Paris'], weights: { company: 50, function: 30, location: 20 } }, ['Suggested from your network.']);
    assert.match(text, /^# Suggested from your network\.\n\nname: "Product: London & Paris"\n/);
    assert.match(text, /# Target companies\. tier 1 = dream companies/);
    const { market, issues } = parseTargetFile('t.yaml', text, VOCABULARY);
    assert.deepEqual(issues, []);
    assert.equal(market?.name, 'Product: London & Paris');
    assert.deepEqual(market?.companies.map((company) => [company.name, company.tier]), [['Ledgerlark', 2], ['Contoso #1', 1]]);
    assert.deepEqual(market?.locations, ['London', 'Paris']);
    assert.equal(market?.threshold, 40);
  });

  it('keeps unknown keys and value types, so the schema names what is wrong', () => {
    const { issues } = parseTargetFile('market', writeTargetYaml({ name: 'x', threshold: '50', functions: ['Sales'], colour: 'blue' }), VOCABULARY);
    const byField = Object.fromEntries(issues.map((issue) => [issue.field, issue.reason]));
    assert.deepEqual(byField, { threshold: 'must be a number', colour: 'unknown key "colour"' });
  });
});
