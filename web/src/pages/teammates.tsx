// Warm paths through your cohort (multi-user server): search a company, see which teammate knows people there (by role,
// never by name), ask them for an introduction; answer the requests teammates send you; names appear only once the
// teammate accepts, and an accepted request is recorded in both referral ledgers.
import { useState, type FormEvent } from 'react';
import { api, query } from '../api.ts';
import type { Consent, PathRequest, PooledWarmPath } from '../multi-user-types.ts';
import { date } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { CohortSelect } from '../components/cohort-select.tsx';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { useAction } from '../components/use-action.ts';
import { useApi } from '../components/use-api.ts';

/** The workspace this page was opened for (/?workspace=NAME), which asks as the seeker. */
function ownWorkspace(): string | undefined {
  return new URLSearchParams(location.search).get('workspace') ?? undefined;
}

function AskForm({ cohort, path, onSent }: { cohort: string; path: PooledWarmPath; onSent: () => void }) {
  const [open, setOpen] = useState(false);
  // The template's draft, to edit before sending (emptied, the server drafts it again).
  const [message, setMessage] = useState(path.draft);
  const [sent, setSent] = useState<PathRequest | null>(null);
  const action = useAction();
  if (sent) return <p className="success" role="status">Request sent to {sent.member}; it waits for their answer until {date(sent.expiresAt)}.</p>;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Ask {path.member} for an introduction
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.act(
      async () => setSent(await api.post<PathRequest>('/path-requests', { cohort, member: path.member, company: path.company, ...(message.trim() ? { message } : {}), workspace: ownWorkspace() })),
      onSent,
    );
  };
  return (
    <form onSubmit={submit} className="stack" aria-label={`Ask ${path.member} about ${path.company}`}>
      <label className="field">
        Your message to {path.member}
        <textarea rows={5} maxLength={2000} value={message} onChange={(event) => setMessage(event.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Sending…' : 'Send the request'}
        </button>
        <button type="button" className="quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

function WarmPathSearch({ cohort, onSent }: { cohort: string; onSent: () => void }) {
  const [text, setText] = useState('');
  const [company, setCompany] = useState<string | null>(null);
  const paths = useApi<{ paths: PooledWarmPath[] }>(company ? `/cohorts/${encodeURIComponent(cohort)}/warm-paths${query({ company, workspace: ownWorkspace() })}` : null);
  return (
    <Panel title="Find a warm path" id="warm-paths">
      <form
        className="form-row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setCompany(text.trim() || null);
        }}
      >
        <label htmlFor="warm-company">Company</label>
        <input id="warm-company" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Contoso" />
        <button type="submit" className="button primary">
          Search the cohort
        </button>
      </form>
      {company === null ? (
        <p className="muted">Teammates who share companies with the cohort show up here by the roles they know, never by name.</p>
      ) : paths.error ? (
        <Failure error={paths.error} what="warm paths" onRetry={paths.reload} />
      ) : !paths.data ? (
        <Loading what="warm paths" />
      ) : paths.data.paths.length === 0 ? (
        <p>Nobody in the cohort who shares companies knows anyone at {company}.</p>
      ) : (
        <ul className="warm-paths">
          {paths.data.paths.map((path) => (
            <li key={`${path.member}/${path.company}`} className="warm-path">
              <p>
                <strong>{path.sentence}</strong> <span className="muted">· two hops: you → {path.member} → them</span>
              </p>
              <AskForm cohort={cohort} path={path} onSent={onSent} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function History({ request }: { request: PathRequest }) {
  return (
    <ol className="request-history small muted">
      {request.history.map((step, index) => (
        <li key={index}>
          {date(step.at)}: {step.state} ({step.by === 'seeker' ? request.seeker : step.by === 'member' ? request.member : 'expired unanswered'})
          {step.note ? `: ${step.note}` : ''}
        </li>
      ))}
    </ol>
  );
}

function RequestItem({ request, onChanged }: { request: PathRequest; onChanged: () => void }) {
  const action = useAction();
  const answer = (how: 'accept' | 'decline' | 'withdraw') => void action.act(() => api.post(`/path-requests/${encodeURIComponent(request.id)}/${how}`, {}), onChanged);
  const received = request.direction === 'received';
  return (
    <li className={`path-request state-${request.state}`} data-state={request.state}>
      <p>
        <strong>{received ? `${request.seeker} asks you` : `You asked ${request.member}`}</strong> about <strong>{request.company}</strong> ({request.cohort}):{' '}
        <span className="badge">{request.state}</span>
        {request.state === 'pending' ? <span className="muted"> · expires {date(request.expiresAt)}</span> : null}
      </p>
      <blockquote className="request-message">{request.message}</blockquote>
      {request.state === 'pending' && (
        <div className="button-row">
          {received ? (
            <>
              <button type="button" className="button primary" disabled={action.busy} onClick={() => answer('accept')}>
                Accept and introduce
              </button>
              <button type="button" className="button" disabled={action.busy} onClick={() => answer('decline')}>
                Decline
              </button>
            </>
          ) : (
            <button type="button" className="quiet" disabled={action.busy} onClick={() => answer('withdraw')}>
              Withdraw
            </button>
          )}
        </div>
      )}
      {request.state === 'accepted' && (
        <>
          {received ? (
            <p>You shared your people at {request.company} with {request.seeker}.</p>
          ) : (
            <ul className="revealed" aria-label={`People ${request.member} knows at ${request.company}`}>
              {request.revealed.map((person) => (
                <li key={`${person.name}/${person.linkedinUrl}`}>
                  <strong>{person.name}</strong>, {person.title || 'title unknown'} at {person.company}
                  {person.linkedinUrl ? (
                    <>
                      {' '}
                      · <a href={person.linkedinUrl} rel="noreferrer noopener" target="_blank">LinkedIn</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">
            Recorded in your referral ledger as an introduction {received ? 'given' : 'received'}: see <Link to="/intros">Introductions</Link>.
          </p>
        </>
      )}
      <History request={request} />
      {action.error && <ErrorMessage error={action.error} />}
    </li>
  );
}

function Requests({ requests, onChanged }: { requests: PathRequest[]; onChanged: () => void }) {
  const received = requests.filter((request) => request.direction === 'received');
  const sent = requests.filter((request) => request.direction === 'sent');
  const waiting = received.filter((request) => request.state === 'pending').length;
  return (
    <>
      <Panel title={`Requests to you (${waiting} waiting)`} id="inbox">
        {received.length === 0 ? <p className="muted">No teammate has asked you for an introduction yet.</p> : <ul className="path-requests">{received.map((request) => <RequestItem key={request.id} request={request} onChanged={onChanged} />)}</ul>}
      </Panel>
      <Panel title={`Requests you sent (${sent.length})`} id="sent">
        {sent.length === 0 ? <p className="muted">Search a company above and ask a teammate who knows people there.</p> : <ul className="path-requests">{sent.map((request) => <RequestItem key={request.id} request={request} onChanged={onChanged} />)}</ul>}
      </Panel>
    </>
  );
}

export default function TeammatesPage() {
  const consents = useApi<{ consents: Consent[] }>('/consents');
  const requests = useApi<{ requests: PathRequest[] }>('/path-requests');
  const [chosen, setChosen] = useState<string | null>(null);
  if (consents.error) return <Failure error={consents.error} what="your cohorts" onRetry={consents.reload} />;
  if (!consents.data) return <Loading what="your cohorts" />;
  const mine = consents.data.consents.filter((consent) => consent.role === 'member');
  const cohort = mine.find((consent) => consent.cohort.id === chosen) ?? mine[0];
  return (
    <>
      <PageHeader title="Warm paths through your cohort">
        <p>
          Teammates who share companies with the cohort show whom they know by role. Ask one for an introduction: they see your message and accept or decline; names reach
          you only when they accept. A request nobody answers expires after 14 days.
        </p>
        {cohort && (cohort.level === 'nothing' || cohort.level === 'aggregates') && (
          <p className="muted">
            Teammates cannot ask you for introductions while you share {cohort.level === 'nothing' ? 'nothing' : 'counts only'} with {cohort.cohort.name}: <Link to="/sharing">change it on Sharing</Link>.
          </p>
        )}
        {cohort && <CohortSelect cohorts={mine} value={cohort.cohort.id} onChange={setChosen} />}
      </PageHeader>
      {cohort ? (
        <WarmPathSearch key={cohort.cohort.id} cohort={cohort.cohort.id} onSent={requests.reload} />
      ) : (
        <EmptyState title="You are no job seeker in a cohort">
          <p>Warm paths are for a cohort's members. A coach invites you with a link.</p>
        </EmptyState>
      )}
      {requests.error ? <Failure error={requests.error} what="path requests" onRetry={requests.reload} /> : !requests.data ? <Loading what="path requests" /> : <Requests requests={requests.data.requests} onChanged={requests.reload} />}
    </>
  );
}
