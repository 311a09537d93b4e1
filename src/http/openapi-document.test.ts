// The document passes a standard OpenAPI linter (Redocly's recommended rules): client generators read it as written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { apiTypes, API_TYPES_PATH, MULTI_USER_API_TYPES_PATH, multiUserApiTypes } from '../../scripts/api-types.ts';
import { buildMultiUserOpenApiDocument } from './multi-user/multi-user-openapi-document.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

type Document = { paths?: Record<string, unknown> };

// The single-user server's document, and the multi-user server's (accounts and cohorts around every workspace route).
for (const [name, build] of [
  ['single-user', () => buildOpenApiDocument('test')],
  ['multi-user', () => buildMultiUserOpenApiDocument('test')],
] as const) {
describe(`the ${name} OpenAPI document`, () => {
  const document = build() as Document;

  it('has no errors under Redocly recommended rules, with operationIds and a licence required', async () => {
    const config = await createConfig({ extends: ['recommended'], rules: { 'operation-operationId': 'error', 'info-license': 'error' } });
    const problems = await lintFromString({ source: JSON.stringify(document, null, 2), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((problem) => problem.severity === 'error');
    const listed = errors.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
    assert.equal(errors.length, 0, `the linter found ${errors.length} errors:\n${listed.slice(0, 50).join('\n')}`);
  });

  it('names every operation with a unique camelCase operationId', () => {
    const ids: string[] = [];
    for (const [path, operations] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(operations as Record<string, { operationId?: string }>)) {
        assert.match(operation.operationId ?? '', /^[a-z][A-Za-z]+$/, `${method.toUpperCase()} ${path} has operationId ${operation.operationId}`);
        ids.push(operation.operationId!);
      }
    }
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('describes every error response with the Error schema, as JSON Schema', () => {
    for (const [path, operations] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(operations as Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          assert.deepEqual(response.content?.['application/json']?.schema, { $ref: '#/components/schemas/Error' }, `${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
  });

});
}

describe('the dashboard types generated from the OpenAPI documents', () => {
  it('are what web/src/api-schema.d.ts holds (single-user routes)', async () => {
    const current = readFileSync(API_TYPES_PATH, 'utf8');
    assert.ok(current === (await apiTypes()), 'web/src/api-schema.d.ts is out of date with the routes: run `npm run api-types` and commit it');
  });

  it('are what web/src/multi-user-api-schema.d.ts holds (multi-user routes)', async () => {
    const current = readFileSync(MULTI_USER_API_TYPES_PATH, 'utf8');
    assert.ok(current === (await multiUserApiTypes()), 'web/src/multi-user-api-schema.d.ts is out of date with the routes: run `npm run api-types` and commit it');
  });
});
