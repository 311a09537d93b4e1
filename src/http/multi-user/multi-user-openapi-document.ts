// The multi-user server's OpenAPI document without a database: its routes describe themselves, so the build can
// generate the dashboard's multi-user types from it (scripts/api-types.ts) and the tests can lint it.
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createMultiUserApp } from './multi-user-app.ts';

/** Building the document never reads accounts; a route that did would fail loudly here instead of opening a store. */
const NO_ACCOUNTS = new Proxy({} as AccountsContext, {
  get(_target, property) {
    throw new Error(`the multi-user OpenAPI document is built without data, but something read accounts.${String(property)}`);
  },
});

export function buildMultiUserOpenApiDocument(version: string): object {
  return createMultiUserApp({ accounts: NO_ACCOUNTS, version, webRoot: null }).document();
}
