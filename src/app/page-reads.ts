// One page's reads, each made once. The contact page's use cases (the contact, needs, offers, the ledger...) each
// read what they need, and several need the same things: the members, a setting, the contact's ties and job changes.
// On a busy server every query is a turn of the connection pool (PostgreSQL) or the event loop (SQLite) that other
// requests wait for, so a page reads each of them once and hands every use case a copy.
import type { Workspace } from '../store/workspace-store.ts';
import type { AppContext } from './app-context.ts';

type TieFilter = NonNullable<Parameters<Workspace['ties']['list']>[0]>;

/**
 * The context with reads shared for one page about one contact: members, settings by name, that contact's job changes,
 * and ties to that contact (any narrower filter on the same contact is the same rows, filtered here). Read-only use:
 * writes through it reach the store as usual, but nothing read before them is read again.
 */
export function pageReads(context: AppContext, contactId: string): AppContext {
  const ws = context.store.workspace;
  const once = <T>(load: () => Promise<T[]>) => {
    let value: Promise<T[]> | undefined;
    // A copy for each caller: one sorting its list must not reorder another's.
    return async () => [...(await (value ??= load()))];
  };
  const members = once(() => ws.members.list());
  const events = once(() => ws.history.events(contactId));
  const tiesToContact = once(() => ws.ties.list({ contactId }));
  const settings = new Map<string, ReturnType<Workspace['settings']['read']>>();
  const ties = async (filter: TieFilter = {}) => {
    if (filter.contactId !== contactId) return ws.ties.list(filter);
    return (await tiesToContact()).filter((tie) => (!filter.fromType || tie.fromType === filter.fromType) && (!filter.fromId || tie.fromId === filter.fromId));
  };
  const workspace: Workspace = {
    ...ws,
    members: { ...ws.members, list: members },
    history: { ...ws.history, events: (id?: string) => (id === contactId ? events() : ws.history.events(id)) },
    ties: { ...ws.ties, list: ties },
    settings: {
      ...ws.settings,
      read: (name: string) => {
        let value = settings.get(name);
        if (!value) settings.set(name, (value = ws.settings.read(name)));
        return value;
      },
    },
  };
  return { ...context, store: { ...context.store, workspace } };
}
