// Introductions: who to introduce to whom (suggestions with reasons), the double-opt-in pipeline, and the ledger of
// referrals given and received with the thank-yous owed.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { INTRO_STATES, itemsOf, type Introduction, type IntroState, type IntroSuggestion } from '../api-types.ts';
import { Ledger } from '../components/ledger-panel.tsx';
import { PersonLink } from '../components/people.tsx';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { useAction } from '../components/use-action.ts';
import { DraftMessage, type DraftView } from '../components/draft-message.tsx';
import { useApi } from '../components/use-api.ts';

/** The next steps of the double opt-in: ask the person with the need first, then the helper, introduce when both agree. */
const NEXT: Record<IntroState, IntroState[]> = {
  suggested: ['asked-seeker', 'declined'],
  'asked-seeker': ['asked-helper', 'declined', 'expired'],
  'asked-helper': ['made', 'declined', 'expired'],
  made: ['closed'],
  closed: [],
  declined: [],
  expired: [],
};
const STATE_LABEL: Record<IntroState, string> = {
  suggested: 'Suggested',
  'asked-seeker': 'Asking the seeker',
  'asked-helper': 'Asking the helper',
  made: 'Introduced',
  closed: 'Closed',
  declined: 'Declined',
  expired: 'Expired',
};
const ACTION_LABEL: Record<IntroState, string> = {
  suggested: 'Suggest',
  'asked-seeker': 'Asked the seeker',
  'asked-helper': 'Seeker agreed; asked the helper',
  made: 'Both agreed: introduced',
  closed: 'Close',
  declined: 'Declined',
  expired: 'No answer',
};
const OPEN_STATES: IntroState[] = ['suggested', 'asked-seeker', 'asked-helper', 'made'];

/** Needs are what suggestions start from: "their team struggles with a SOC 2 audit". */
function AddNeed({ onAdded }: { onAdded: () => void }) {
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  const action = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.act(() => api.post('/needs', { contact: contact.trim(), text: text.trim() }), () => {
      setContact('');
      setText('');
      onAdded();
    });
  }
  return (
    <form onSubmit={submit} className="form-grid" aria-label="Record a need">
      <div className="field">
        <label htmlFor="need-contact">Who needs help (name, email or LinkedIn URL)</label>
        <input id="need-contact" value={contact} onChange={(event) => setContact(event.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="need-text">What they need</label>
        <input id="need-text" value={text} onChange={(event) => setText(event.target.value)} placeholder="e.g. a partner for their SOC 2 audit" required />
      </div>
      <div className="form-row">
        <button type="submit" disabled={action.busy || !contact.trim() || !text.trim()}>
          Record the need
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

function Suggestions({ version, onProposed }: { version: number; onProposed: () => void }) {
  const suggestions = useApi<IntroSuggestion[] | { items: IntroSuggestion[] }>('/intros/suggestions?limit=10');
  const openNeeds = useApi<{ total: number }>('/needs?status=open&limit=1');
  const action = useAction();
  const { reload } = suggestions;
  const reloadNeeds = openNeeds.reload;
  useEffect(() => {
    if (version > 0) {
      reload();
      reloadNeeds();
    }
  }, [version, reload, reloadNeeds]);
  if (suggestions.loading && !suggestions.data) return <Loading what="suggestions" />;
  if (suggestions.error) return <Failure error={suggestions.error} what="Introduction suggestions" onRetry={suggestions.reload} />;
  const rows = itemsOf(suggestions.data);
  // Needs already recorded but with no suggestion left: each has its introduction under way, or nobody fits yet.
  if (rows.length === 0 && (openNeeds.data?.total ?? 0) > 0)
    return (
      <EmptyState title="Nothing new to suggest">
        <p>
          Every need you recorded ({openNeeds.data?.total}) has an introduction under way in the pipeline below, or nobody in your network fits it yet. Record another
          need when someone tells you what their team struggles with.
        </p>
      </EmptyState>
    );
  if (rows.length === 0)
    return (
      <EmptyState title="No introductions to suggest yet">
        <p>
          Suggestions come from your contacts' needs. When someone tells you what their team struggles with, record it below, and Referable finds who in your network can help
          (from their positions, skills, endorsements and tags).
        </p>
      </EmptyState>
    );
  return (
    <>
      {action.error && <ErrorMessage error={action.error} />}
      <ul className="cards">
        {rows.map((row) => (
          <li key={`${row.need.id}-${row.helper.id}`} className="card">
            <p>
              Introduce <PersonLink person={row.need.contact} /> (needs: {row.need.text}) to <PersonLink person={row.helper} />
              <span className="muted">{row.helper.title || row.helper.company ? `, ${[row.helper.title, row.helper.company].filter(Boolean).join(' at ')}` : ''}</span>
            </p>
            {row.reasons.length > 0 && <p className="muted small">{row.reasons.join('; ')}</p>}
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.act(() => api.post('/intros', { need: row.need.id, seeker: row.need.contact.id, helper: row.helper.id }), () => {
                suggestions.reload();
                onProposed();
              })}
            >
              Start this introduction
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The message for an introduction's next step, loaded when asked for (or when the page opens on it). */
function IntroDraft({ id, initiallyOpen }: { id: string; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const shown = useApi<{ draft: DraftView | null }>(open ? `/intros/${encodeURIComponent(id)}` : null);
  return (
    <>
      <button type="button" className="quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the message' : 'Show the message'}
      </button>
      {open && shown.loading && !shown.data && <Loading what="the draft" />}
      {open && shown.error && <ErrorMessage error={shown.error} />}
      {open && shown.data?.draft && <DraftMessage draft={shown.data.draft} />}
    </>
  );
}

/**
 * Once introduced, the helper has done the seeker (and you) a favour: the card's draft is the thank-you, and this
 * records it as sent, which strengthens the tie and settles any thank-you owed to them.
 */
function ThankHelper({ helper, onSent }: { helper: Introduction['helper']; onSent: () => void }) {
  const action = useAction();
  const [sent, setSent] = useState<string | null>(null);
  if (sent) {
    return (
      <p className="success small" role="status">
        {sent}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.act(
            () => api.post<{ name: string; on: string }>('/ledger/thanks', { contact: helper.id }).then((result) => setSent(`Thank-you to ${result.name} recorded (${result.on}).`)),
            onSent,
          )
        }
      >
        I thanked {helper.name.split(' ')[0] || helper.name}: record it
      </button>
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}

function Pipeline({ version, openId, onChange }: { version: number; openId: string; onChange: () => void }) {
  const intros = useApi<Introduction[] | { items: Introduction[] }>(`/intros`);
  const action = useAction();
  const { reload } = intros;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  if (intros.loading && !intros.data) return <Loading what="introductions" />;
  if (intros.error) return <Failure error={intros.error} what="The introduction pipeline" onRetry={intros.reload} />;
  const rows = itemsOf(intros.data);
  if (rows.length === 0) return <p>No introductions in progress. Start one from a suggestion above: ask the person with the need first, then the helper.</p>;
  const finished = rows.filter((row) => !OPEN_STATES.includes(row.state));
  return (
    <>
      {action.error && <ErrorMessage error={action.error} />}
      <div className="pipeline">
        {OPEN_STATES.map((state) => {
          const inState = rows.filter((row) => row.state === state);
          return (
            <section key={state} className="pipeline-column" aria-labelledby={`state-${state}`}>
              <h3 id={`state-${state}`}>
                {STATE_LABEL[state]} <span className="count">{inState.length}</span>
              </h3>
              <ul>
                {inState.map((intro) => {
                  const { seeker, helper } = intro;
                  const need = intro.need?.text;
                  return (
                    <li key={intro.id} className="card">
                      <p>
                        <PersonLink person={seeker} /> → <PersonLink person={helper} />
                      </p>
                      {need && <p className="muted small">{need}</p>}
                      <IntroDraft id={intro.id} initiallyOpen={intro.id === openId} />
                      {state === 'made' && <ThankHelper helper={helper} onSent={onChange} />}
                      <div className="button-row">
                        {NEXT[state].map((next) => (
                          <button key={next} type="button" disabled={action.busy} onClick={() => void action.act(() => api.post(`/intros/${encodeURIComponent(intro.id)}/advance`, { to: next }), () => {
                              intros.reload();
                              // Made and closed introductions are referrals given: the ledger below counts them.
                              onChange();
                            })}>
                            {ACTION_LABEL[next]}
                          </button>
                        ))}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      {finished.length > 0 && (
        <p className="muted">
          Finished: {INTRO_STATES.filter((state) => !OPEN_STATES.includes(state))
            .map((state) => `${rows.filter((row) => row.state === state).length} ${STATE_LABEL[state].toLowerCase()}`)
            .join(', ')}
          .
        </p>
      )}
    </>
  );
}

export default function IntrosPage({ params }: { params?: URLSearchParams }) {
  const openId = params?.get('open') ?? '';
  const [version, setVersion] = useState(0);
  const [needs, setNeeds] = useState(0);
  const [ledger, setLedger] = useState(0);
  return (
    <>
      <PageHeader title="Introductions">
        <p>Be referable: introduce a contact to the person who solves their problem at work. Ask the person with the need first, then the helper; introduce them when both agree.</p>
      </PageHeader>
      <Panel title="Suggested introductions" id="suggestions">
        <Suggestions version={needs} onProposed={() => setVersion((value) => value + 1)} />
        <h3>Record a need</h3>
        <AddNeed onAdded={() => setNeeds((value) => value + 1)} />
      </Panel>
      <Panel title="Pipeline" id="pipeline">
        <Pipeline version={version} openId={openId} onChange={() => setLedger((value) => value + 1)} />
      </Panel>
      <Panel title="Ledger" id="ledger">
        <Ledger openThanks={params?.get('thank') === '1'} version={ledger} />
      </Panel>
    </>
  );
}
