// The workspace summary (contacts, in-market count, active market) shared by every page for its empty states.
import { createContext, useContext, type ReactNode } from 'react';
import type { Workspace } from '../api-types.ts';
import { useApi, type Resource } from './use-api.ts';

const WorkspaceContext = createContext<Resource<Workspace> | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  // Its in-market count comes from the report: a server started just after a change answers the first load with the
  // kept one at once (its contact count is read live; the overview shows the report marked "updating…"), and the
  // fresh one replaces it. A reload follows the user's own change (an import, a new market): pages decide their empty
  // states from it, so it waits for the fresh summary.
  const resource = useApi<Workspace>('/workspace', { acceptStale: 'first load' });
  return <WorkspaceContext.Provider value={resource}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Resource<Workspace> {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

export function marketName(workspace: Workspace | undefined): string | null {
  return workspace?.activeMarket ?? null;
}
