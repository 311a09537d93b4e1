// The workspace summary (contacts, in-market count, active market) shared by every page for its empty states.
import { createContext, useContext, type ReactNode } from 'react';
import type { Workspace } from '../api-types.ts';
import { useApi, type Resource } from './use-api.ts';

const WorkspaceContext = createContext<Resource<Workspace> | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const resource = useApi<Workspace>('/workspace');
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
