// The header's workspace picker on a multi-user server: a person with several workspaces (their own, and members'
// they look after in a cohort) picks one here. Their own open in the dashboard, named in the page's address
// (?workspace=) so a reload or a shared link keeps it; a member's opens read-only on the cohort's member view.
import { useEffect, type ChangeEvent } from 'react';
import { onTeamServer } from '../api.ts';
import type { AccessibleWorkspace, WorkspacesResponse } from '../multi-user-types.ts';
import { navigate } from './router.tsx';
import { useApi } from './use-api.ts';

const ACCESS: Record<Exclude<AccessibleWorkspace['access'], 'owner'>, string> = {
  aggregates: 'counts',
  companies: 'companies',
  contacts: 'contacts',
};

/** The workspace the page's address names, or null (the server then uses the person's only or first one). */
export function addressedWorkspace(): string | null {
  return new URLSearchParams(location.search).get('workspace');
}

function optionValue(workspace: AccessibleWorkspace): string {
  return workspace.access === 'owner' ? `own:${workspace.id}` : `member:${workspace.cohort ?? ''}:${workspace.id}`;
}

/** A full load: every page and the header read the workspace from the address, with nothing of another one cached. */
function addressWorkspace(id: string, replace: boolean): void {
  const search = new URLSearchParams(location.search);
  search.set('workspace', id);
  const url = `${location.pathname}?${search}${location.hash}`;
  if (replace) location.replace(url);
  else location.assign(url);
}

function open(value: string, workspaces: readonly AccessibleWorkspace[]): void {
  const chosen = workspaces.find((workspace) => optionValue(workspace) === value);
  if (!chosen) return;
  if (chosen.access === 'owner') addressWorkspace(chosen.id, false);
  else navigate(`/cohort/member?${new URLSearchParams({ cohort: chosen.cohort ?? '', workspace: chosen.id })}`);
}

function Switcher() {
  const list = useApi<WorkspacesResponse>('/workspaces');
  const workspaces = list.data?.workspaces ?? [];
  const own = workspaces.filter((workspace) => workspace.access === 'owner');
  const overseen = workspaces.filter((workspace) => workspace.access !== 'owner');
  const named = addressedWorkspace();
  // With several workspaces of one's own the server needs one named: the first, as the server lists them, until picked.
  const first = own.length > 1 && !named ? own[0].id : null;
  useEffect(() => {
    if (first) addressWorkspace(first, true);
  }, [first]);
  if (workspaces.length < 2) return null;
  const current = own.find((workspace) => workspace.id === named || workspace.name === named) ?? own[0];
  return (
    <label className="workspace-switcher">
      <span>Workspace</span>
      <select value={current ? optionValue(current) : ''} onChange={(event: ChangeEvent<HTMLSelectElement>) => open(event.target.value, workspaces)}>
        {!current && <option value="">{own.length === 0 ? "A member's workspace…" : 'Choose…'}</option>}
        {own.length > 0 && (
          <optgroup label="Yours">
            {own.map((workspace) => (
              <option key={workspace.id} value={optionValue(workspace)}>
                {workspace.name}
              </option>
            ))}
          </optgroup>
        )}
        {overseen.length > 0 && (
          <optgroup label="Members you look after (read-only)">
            {overseen.map((workspace) => (
              <option key={optionValue(workspace)} value={optionValue(workspace)}>
                {workspace.name} (shares {ACCESS[workspace.access as keyof typeof ACCESS]})
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

/** Nothing on a single-user server (one workspace, no accounts). */
export function WorkspaceSwitcher() {
  return onTeamServer() ? <Switcher /> : null;
}
