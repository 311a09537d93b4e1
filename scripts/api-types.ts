// The dashboard's API types, generated from the OpenAPI document the routes describe (built in-process: no server,
// no database). web/src/api-schema.d.ts is committed so `tsc -p web` works in a fresh clone; `npm run build` (and so
// `npm install`) regenerates it, and a test fails when it is out of date with the routes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/http/openapi-document.ts';

export const API_TYPES_PATH = fileURLToPath(new URL('../web/src/api-schema.d.ts', import.meta.url));

const HEADER = '// Generated from the OpenAPI document (src/http routes) by scripts/api-types.ts: do not edit; run `npm run api-types`.\n';

export async function apiTypes(): Promise<string> {
  // A fixed version: the types do not change with the package version, so neither does the file.
  const document = buildOpenApiDocument('0.0.0');
  const ast = await openapiTS(document as never, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_TYPES_PATH, await apiTypes());
}
