// The dashboard's API types, generated from the OpenAPI documents the routes describe (built in-process: no server,
// no database): web/src/api-schema.d.ts from the single-user document, web/src/multi-user-api-schema.d.ts from the
// multi-user one (accounts, cohorts, consents, path requests). Both are committed so `tsc -p web` works in a fresh
// clone; `npm run build` (and so `npm install`) regenerates them, and a test fails when either is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildMultiUserOpenApiDocument } from '../src/http/multi-user/multi-user-openapi-document.ts';
import { buildOpenApiDocument } from '../src/http/openapi-document.ts';

export const API_TYPES_PATH = fileURLToPath(new URL('../web/src/api-schema.d.ts', import.meta.url));
export const MULTI_USER_API_TYPES_PATH = fileURLToPath(new URL('../web/src/multi-user-api-schema.d.ts', import.meta.url));

const HEADER = '// Generated from the OpenAPI document (src/http routes) by scripts/api-types.ts: do not edit; run `npm run api-types`.\n';
const MULTI_USER_HEADER = '// Generated from the multi-user OpenAPI document (src/http/multi-user routes) by scripts/api-types.ts: do not edit; run `npm run api-types`.\n';

async function typesOf(document: object, header: string): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: false, exportType: false });
  return header + astToString(ast);
}

// A fixed version: the types do not change with the package version, so neither do the files.
export async function apiTypes(): Promise<string> {
  return typesOf(buildOpenApiDocument('0.0.0'), HEADER);
}

export async function multiUserApiTypes(): Promise<string> {
  return typesOf(buildMultiUserOpenApiDocument('0.0.0'), MULTI_USER_HEADER);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_TYPES_PATH, await apiTypes());
  writeFileSync(MULTI_USER_API_TYPES_PATH, await multiUserApiTypes());
}
