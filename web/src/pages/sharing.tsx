// What you share with each of your cohorts (multi-user server): four levels, each saying what it shows and to whom; a
// choice takes effect at once, and lowering it takes your data out of every pooled view immediately. A person with
// several workspaces of their own also picks which one each cohort sees (their first unless they choose another).
import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import type { AccessibleWorkspace, Consent, ConsentLevel, ConsentsResponse, WorkspacesResponse } from '../multi-user-types.ts';
import { date } from '../components/format.ts';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { useAction } from '../components/use-action.ts';
import { useApi } from '../components/use-api.ts';

const LABELS: Record<ConsentLevel, string> = {
  nothing: 'Nothing',
  aggregates: 'Aggregate counts',
  companies: 'Companies and titles',
  contacts: 'Full contacts',
};

function SharedWorkspace({ consent, own, busy, onChoose }: { consent: Consent; own: readonly AccessibleWorkspace[]; busy: boolean; onChoose: (workspace: string) => void }) {
  const id = `consent-workspace-${consent.cohort.id}`;
  return (
    <p className="consent-workspace">
      <label htmlFor={id}>Which of your workspaces {consent.cohort.name} sees</label>{' '}
      <select id={id} value={consent.workspace ?? ''} disabled={busy} onChange={(event) => onChoose(event.target.value)}>
        {own.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </p>
  );
}

function CohortConsent({ consent, levels, own, onChanged }: { consent: Consent; levels: ConsentsResponse['levels']; own: readonly AccessibleWorkspace[]; onChanged: () => void }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  // The choice shows at once; a refused change puts back what the server holds.
  const [chosen, setChosen] = useState<ConsentLevel>(consent.level);
  useEffect(() => setChosen(consent.level), [consent.level]);
  const choose = (level: ConsentLevel) => {
    setSaved(null);
    setChosen(level);
    void action.act(
      async () => {
        try {
          const now = await api.put<Consent>(`/cohorts/${encodeURIComponent(consent.cohort.id)}/consent`, { level });
          setSaved(`Saved: you now share ${now.means} with ${now.cohort.name}.`);
        } catch (error) {
          setChosen(consent.level);
          throw error;
        }
      },
      onChanged,
    );
  };
  const chooseWorkspace = (workspace: string) => {
    setSaved(null);
    void action.act(async () => {
      const now = await api.put<Consent>(`/cohorts/${encodeURIComponent(consent.cohort.id)}/consent`, { level: consent.level, workspace });
      const shown = own.find((entry) => entry.id === now.workspace)?.name ?? now.workspace;
      setSaved(`Saved: ${now.cohort.name} now sees your workspace ${shown} (${LABELS[now.level].toLowerCase()}).`);
    }, onChanged);
  };
  const name = `consent-${consent.cohort.id}`;
  return (
    <Panel title={consent.cohort.name} id={name} className="consent-panel">
      <p className="muted">
        You are a {consent.role} of this cohort.{' '}
        {consent.changedAt ? `Last changed ${date(consent.changedAt)} by ${consent.changedBy}.` : 'You have never changed it: private by default.'}
      </p>
      {own.length > 1 && <SharedWorkspace consent={consent} own={own} busy={action.busy} onChoose={chooseWorkspace} />}
      <fieldset disabled={action.busy}>
        <legend>What {consent.cohort.name} may see of your network</legend>
        {levels.map((level) => (
          <label key={level.level} className="consent-option">
            <input type="radio" name={name} value={level.level} checked={chosen === level.level} onChange={() => choose(level.level)} />
            <span>
              <strong>{LABELS[level.level]}</strong>: {level.means.replace(/^[^:]+:\s*/, '')}
              <br />
              <span className="muted small">Who sees it: {level.seenBy}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p role="status" className={saved ? 'success' : undefined}>
        {saved ?? ''}
      </p>
      {action.error && <ErrorMessage error={action.error} />}
    </Panel>
  );
}

export default function SharingPage() {
  const consents = useApi<ConsentsResponse>('/consents');
  const workspaces = useApi<WorkspacesResponse>('/workspaces');
  const own = (workspaces.data?.workspaces ?? []).filter((workspace) => workspace.access === 'owner');
  if (consents.error) return <Failure error={consents.error} what="your cohorts" onRetry={consents.reload} />;
  if (!consents.data) return <Loading what="what you share" />;
  const { levels } = consents.data;
  return (
    <>
      <PageHeader title="Sharing with your cohorts">
        <p>
          Your network is private unless you choose otherwise, per cohort. A change takes effect at once. Lowering it, or choosing Nothing, takes your data out of every
          pooled view immediately: teammates' warm paths and reach, and the coach's cohort page. Names a teammate already received by your accepting their request stay with
          them.
        </p>
      </PageHeader>
      {consents.data.consents.length === 0 ? (
        <EmptyState title="You are in no cohort">
          <p>A coach invites you to a cohort with a link; once you join, you choose here what it may see.</p>
        </EmptyState>
      ) : (
        consents.data.consents.map((consent) => <CohortConsent key={consent.cohort.id} consent={consent} levels={levels} own={own} onChanged={consents.reload} />)
      )}
    </>
  );
}
