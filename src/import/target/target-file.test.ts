// Target-market files: the example is valid, and every kind of mistake is named by line and field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_TARGET_YAML } from './target-example.ts';
import { parseTargetFile, type TargetVocabulary } from './target-file.ts';

const VOCABULARY: TargetVocabulary = {
  seniorities: ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner'],
  functions: ['Engineering', 'Product Management', 'Sales', 'Marketing', 'Finance', 'Human Resources'],
};

const parse = (text: string) => parseTargetFile('target.yaml', text, VOCABULARY);

/** "Billion laughs": nine levels of nine aliases, 387 million strings once expanded. */
const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`)].join('\n') + '\n';

describe('parseTargetFile', () => {
  it('reads the example that "target init" writes', () => {
    const { market, issues } = parse(EXAMPLE_TARGET_YAML);
    assert.deepEqual(issues, []);
    assert.equal(market?.name, 'Fintech product leadership');
    assert.equal(market?.companies.length, 7);
    assert.deepEqual(market?.companies[1], { name: 'Clearbrook Payments', tier: 1, aliases: ['Clearbrook'], industry: 'Financial Services' });
    assert.deepEqual(market?.companies[6], { name: 'Contoso', tier: 1, aliases: [], industry: '' });
    assert.equal(market?.goals.by, '2027-06-30');
    assert.equal(market?.companyIndustries['Ashcombe & Vale'], 'Banking');
  });

  it('canonicalizes names written in another case', () => {
    const { market } = parse('name: x\nfunctions: [product management]\nseniorities: [vp]\n');
    assert.deepEqual([market?.functions, market?.seniorities], [['Product Management'], ['VP']]);
  });

  it('names an unknown key with its line and a suggestion', () => {
    const { market, issues } = parse('name: x\nfunctions: [Sales]\nthreshhold: 60\n');
    assert.equal(market, null);
    assert.deepEqual(issues.map((i) => [i.line, i.field]), [[3, 'threshhold']]);
    assert.match(issues[0].reason, /unknown key "threshhold".*did you mean "threshold"/);
  });

  it('names wrong types, empty lists, bad tiers and out-of-range numbers by line', () => {
    const { issues } = parse(['name: x', 'threshold: high', 'functions: []', 'companies:', '  - name: Acme', '    tier: 4', 'goals:', '  inMarketConnections: -5'].join('\n'));
    const byField = Object.fromEntries(issues.map((i) => [i.field, i]));
    assert.equal(byField.threshold.line, 2);
    assert.match(byField.threshold.reason, /must be a number/);
    assert.equal(byField.functions.line, 3);
    assert.match(byField.functions.reason, /empty list/);
    assert.equal(byField['companies[0].tier'].line, 6);
    assert.match(byField['companies[0].tier'].reason, /1, 2 or 3/);
    assert.equal(byField['goals.inMarketConnections'].line, 8);
  });

  it('refuses weights that do not add up to 100, and names values that are not LinkedIn vocabulary', () => {
    const { issues } = parse(['name: x', 'functions: [Product Mgmt]', 'seniorities: [Boss]', 'industries: [Fintechy]', 'weights:', '  company: 50', '  function: 60'].join('\n'));
    assert.deepEqual(issues.map((i) => i.field).sort(), ['functions[0]', 'industries[0]', 'seniorities[0]', 'weights']);
    const weights = issues.find((i) => i.field === 'weights')!;
    assert.equal(weights.line, 6);
    assert.match(weights.reason, /add up to 110/);
    assert.match(issues.find((i) => i.field === 'functions[0]')!.reason, /did you mean "Product Management"/);
  });

  it('reports YAML syntax errors and files that are not a mapping', () => {
    const syntax = parse('name: x\nfunctions: [Sales\n').issues[0];
    assert.equal(typeof syntax.line, 'number');
    assert.match(syntax.reason, /^not valid YAML: /);
    assert.match(parse('- just\n- a list\n').issues[0].reason, /mapping/);
    assert.match(parse('name: empty market\n').issues[0].reason, /names nothing/);
  });

  // How fast the refusal is lives in bench/hostile-input-bench.ts; here, that it is refused by counting aliases.
  it('refuses an alias bomb as invalid input instead of expanding it', () => {
    const { market, issues } = parse(ALIAS_BOMB);
    assert.equal(market, null);
    assert.match(issues[0].reason, /^uses aliases \(\*name\) more than 100 times/);
    // A few aliases, as people use them to repeat a list, are fine.
    const repeated = parse('name: x\nlocations: &places [London, Amsterdam]\nkeywords: *places\n');
    assert.deepEqual(repeated.issues, []);
    assert.deepEqual(repeated.market?.keywords, ['London', 'Amsterdam']);
    assert.match(parse('name: x\nkeywords: *nowhere\n').issues[0].reason, /^not valid YAML: Unresolved alias/);
  });

  it('refuses a duplicated key instead of silently keeping one', () => {
    const { market, issues } = parse('name: x\nfunctions: [Sales]\nfunctions: [Marketing]\n');
    assert.equal(market, null);
    assert.equal(issues[0].line, 3);
  });
});
