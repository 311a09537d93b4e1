// Use case: where the data lives and how much is there (for `init` and status lines).
import { countContacts } from '../store/contacts-repo.ts';
import type { AppContext } from './app-context.ts';

export async function workspaceInfo(context: AppContext) {
  return {
    dialect: context.store.dialect.name,
    location: context.store.dialect.location,
    workspace: context.store.workspaceId,
    contacts: await countContacts(context.store.db, context.store.workspaceId),
  };
}
