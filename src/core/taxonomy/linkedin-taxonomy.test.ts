// LinkedIn's ids and names must match its API reference exactly, or stored values and exports would not line up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  JOB_FUNCTIONS, SENIORITIES, jobFunctionId, parseJobFunction, parseSeniority, seniorityId, seniorityRank,
} from './linkedin-taxonomy.ts';

// A copy of LinkedIn's reference table (facts, cited in NOTICE.md) kept with the test fixtures.
const reference = fileURLToPath(new URL('../../../test/fixtures/reference/linkedin_functions_seniorities.json', import.meta.url));

test('ids and names match the LinkedIn reference table', () => {
  const table = JSON.parse(readFileSync(reference, 'utf8')) as { functions: Record<string, string>; seniorities: Record<string, string> };
  assert.deepEqual(Object.fromEntries(SENIORITIES.map((level) => [String(level.id), level.name])), table.seniorities);
  assert.deepEqual(Object.fromEntries(JOB_FUNCTIONS.map((entry) => [String(entry.id), entry.name])), table.functions);
});

test('there are 10 seniorities and 26 functions', () => {
  assert.equal(SENIORITIES.length, 10);
  assert.equal(JOB_FUNCTIONS.length, 26);
});

test('names parse case-insensitively and anything else is Unknown', () => {
  assert.equal(parseSeniority(' cxo '), 'CXO');
  assert.equal(parseJobFunction('customer success and support'), 'Customer Success and Support');
  assert.equal(parseSeniority('Boss'), 'Unknown');
  assert.equal(seniorityId('Owner'), 10);
  assert.equal(jobFunctionId('Sales'), 25);
  assert.equal(jobFunctionId('Unknown'), undefined);
  assert.ok(seniorityRank('Director') > seniorityRank('Manager'));
  assert.equal(seniorityRank('Unknown'), 0);
});
