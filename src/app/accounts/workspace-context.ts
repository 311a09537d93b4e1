// One workspace's AppContext on the multi-user server: the shared pool seen as that workspace, the server's clock.
import { workspaceView } from '../../store/accounts/open-accounts-store.ts';
import type { AppContext } from '../app-context.ts';
import { randomId } from '../random-id.ts';
import type { AccountsContext } from './accounts-context.ts';

export function workspaceContext(accounts: AccountsContext, workspaceId: string): AppContext {
  return { store: workspaceView(accounts.store, workspaceId), now: accounts.now, newId: randomId };
}
