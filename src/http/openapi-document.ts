// The OpenAPI document without a server or a database: the routes describe themselves, so the build can generate the
// dashboard's types from it and the tests can lint it.
import type { AppContext } from '../app/app-context.ts';
import { createApiApp, openApiDocument } from './api-app.ts';

/** Building the document never reads data; a handler that did would fail loudly here instead of opening a store. */
const NO_CONTEXT = new Proxy({} as AppContext, {
  get(_target, property) {
    throw new Error(`the OpenAPI document is built without data, but something read context.${String(property)}`);
  },
});

export function buildOpenApiDocument(version: string): ReturnType<typeof openApiDocument> {
  const { app } = createApiApp({ context: NO_CONTEXT, version });
  return openApiDocument(app, version);
}
