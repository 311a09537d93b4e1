// This week: the plan within your time budget with check-offs, plus cadence (who is due) and who you are losing touch with.
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import type { CadenceReport, Plan, PlanItem } from '../api-types.ts';
import { count } from '../components/format.ts';
import { DraftMessage, type DraftView } from '../components/draft-message.tsx';
import { Link } from '../components/router.tsx';
import { PersonLink } from '../components/people.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { toApiError, useApi } from '../components/use-api.ts';
import { useWorkspace } from '../components/workspace.tsx';

export const WEEK_DEFAULTS = { minutes: 120 };

const KIND_LABEL: Record<string, string> = {
  'connection-request': 'Connect',
  introduction: 'Introduce',
  'follow-up': 'Follow up',
  share: 'Share',
  'thank-you': 'Thank',
};

function isDone(item: PlanItem): boolean {
  return item.status === 'done';
}

function isSkipped(item: PlanItem): boolean {
  return item.status === 'skipped';
}

/** What ticking an item returns: for an introduction, the double-opt-in introduction it moved into and its next draft. */
interface MarkResult {
  introduction: { introId: string; created: boolean; askedSeeker: boolean; state: string; draft: DraftView | null } | null;
}

function ItemRow({ item, busy, pending, locked, onAction }: { item: PlanItem; busy: boolean; pending: boolean; locked: boolean; onAction: (item: PlanItem, action: 'done' | 'skip') => void }) {
  const person = item.contact;
  const other = item.other;
  // Ticked at once, before the server confirms: a checkbox that lags behind the click feels broken.
  const done = isDone(item) || pending;
  const skipped = isSkipped(item);
  const checkboxId = `plan-item-${item.id}`;
  return (
    <li className={`plan-item${done ? ' done' : ''}${skipped ? ' skipped' : ''}`}>
      <input id={checkboxId} type="checkbox" checked={done} disabled={busy || done || skipped || locked} onChange={() => onAction(item, 'done')} aria-describedby={`${checkboxId}-why`} />
      <div className="plan-body">
        <label htmlFor={checkboxId}>
          <span className="kind">{KIND_LABEL[item.kind] ?? item.kind}</span>{' '}
          {person && <>{person.name}</>}
          {other && <> and {other.name}</>}
          {person?.company && <span className="muted"> · {person.company}</span>}
          {item.contentUrl && <span className="muted"> · {item.contentUrl}</span>}
        </label>
        <div id={`${checkboxId}-why`} className="muted small">
          {item.minutes} min{item.why ? ` · ${item.why}` : ''}
          {person?.id && !person.id.startsWith('member:') && (
            <>
              {' '}
              · <PersonLink person={{ id: person.id, name: 'open contact' }} />
            </>
          )}
          {skipped && ' · skipped'}
        </div>
      </div>
      {!done && !skipped && !locked && (
        <button type="button" className="quiet" disabled={busy} onClick={() => onAction(item, 'skip')} aria-label={`Skip: ${KIND_LABEL[item.kind] || item.kind}${person ? ` ${person.name}` : ''}`}>
          Skip
        </button>
      )}
    </li>
  );
}

function PlanPanel() {
  const [week, setWeek] = useState<'this' | 'next'>('this');
  const plan = useApi<Plan>(week === 'next' ? '/plan?week=next' : '/plan');
  const [linked, setLinked] = useState<MarkResult['introduction']>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function act(item: PlanItem, action: 'done' | 'skip') {
    setBusy(true);
    setError(null);
    if (action === 'done') setPending(item.id);
    try {
      const result = await api.post<MarkResult>(`/plan/items/${encodeURIComponent(item.id)}/${action}`);
      setLinked(result.introduction ?? null);
      setMessage(
        action === 'done'
          ? result.introduction
            ? `Checked off. The introduction is ${result.introduction.created ? 'now' : 'already'} in your introductions (${result.introduction.state}).`
            : 'Checked off, and logged as an interaction.'
          : 'Skipped.',
      );
      plan.reload();
    } catch (caught) {
      setPending(null);
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function replan(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const budget = Number(minutes ?? plan.data?.budgetMinutes ?? WEEK_DEFAULTS.minutes);
      await api.post('/plan', { minutes: budget, week });
      setMessage(`Planned ${budget} minutes.`);
      plan.reload();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  if (plan.loading && !plan.data) return <Loading what="this week's plan" />;
  if (plan.error) return <Failure error={plan.error} what="The weekly plan" onRetry={plan.reload} />;
  if (!plan.data) return null;
  const items = plan.data.items ?? [];
  const done = items.filter(isDone);
  const future = plan.data.when === 'future';
  const budget = plan.data.budgetMinutes;
  const planned = plan.data.totalMinutes ?? items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const doneMinutes = done.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  return (
    <>
      <div className="form-row" role="group" aria-label="Which week">
        {(['this', 'next'] as const).map((choice) => (
          <button key={choice} type="button" className={week === choice ? '' : 'quiet'} aria-pressed={week === choice} onClick={() => { setWeek(choice); setMessage(null); setLinked(null); }}>
            {choice === 'this' ? 'This week' : 'Next week'}
          </button>
        ))}
        <span className="muted">
          Week of {plan.data.weekStart} ({plan.data.isoWeek})
        </span>
      </div>
      {future && <p className="muted">Next week's plan: items can be ticked off once the week has started.</p>}
      <div className="stats" role="group" aria-label={future ? 'Next week' : 'This week'}>
        <Stat label="done" value={`${done.length} / ${items.length}`} />
        <Stat label="minutes done" value={`${count(doneMinutes)} / ${count(planned)}`} detail={budget ? `budget ${count(budget)}` : undefined} />
      </div>
      <form className="form-row" onSubmit={replan}>
        <label htmlFor="plan-minutes">Time {future ? 'next' : 'this'} week (minutes)</label>
        <input id="plan-minutes" type="number" min={15} max={2400} step={15} value={minutes ?? String(plan.data.budgetMinutes ?? WEEK_DEFAULTS.minutes)} onChange={(event) => setMinutes(event.target.value)} />
        <button type="submit" disabled={busy}>
          Plan again
        </button>
      </form>
      {message && (
        <p className="success" role="status">
          {message}
        </p>
      )}
      {linked && (
        <div className="callout">
          {linked.draft && <DraftMessage draft={linked.draft} />}
          <p>
            <Link to={`/intros?open=${encodeURIComponent(linked.introId)}`}>Follow this introduction</Link>
          </p>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {items.length === 0 ? (
        <p>Nothing to plan this week: import your network and define your target market, and the plan fills with connection requests, introductions and follow-ups.</p>
      ) : (
        <ul className="plan" aria-label="Plan items">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} busy={busy} pending={pending === item.id} locked={future} onAction={(target, action) => void act(target, action)} />
          ))}
        </ul>
      )}
    </>
  );
}

function Cadence() {
  const cadence = useApi<CadenceReport>('/cadence/losing-touch');
  if (cadence.loading && !cadence.data) return <Loading what="cadence" />;
  if (cadence.error) return <Failure error={cadence.error} what="Cadence" onRetry={cadence.reload} />;
  if (!cadence.data) return null;
  const { tiers, losingTouch, total } = cadence.data;
  return (
    <>
      {tiers.length > 0 && (
        <>
          <h3>Your rhythm</h3>
          <ul className="chips" aria-label="Cadence tiers">
            {tiers.map((tier) => (
              <li key={tier.name}>
                <strong>{tier.name}</strong>: every {tier.idealDays}–{tier.maxDays} days
                {tier.tags.length > 0 ? ` (tagged ${tier.tags.join(', ')})` : tier.inMarket ? ' (in market)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Losing touch</h3>
      {losingTouch.length === 0 ? (
        <p>Nobody in market is past their follow-up rhythm. Well kept.</p>
      ) : (
        <>
          <p className="muted">
            {count(total)} in-market {total === 1 ? 'contact is' : 'contacts are'} past their rhythm: {count(cadence.data.lapsed)} lapsed,{' '}
            {count(cadence.data.neverInTouch)} never in touch since connecting. Lapsed relationships come first; in each group, the best market fit
            first, then the longest overdue. Any logged interaction or a checked-off follow-up resets the clock.
          </p>
          {(['lapsed', 'never in touch'] as const).map((status) => {
            const rows = losingTouch.slice(0, 25).filter((row) => row.status === status);
            if (rows.length === 0) return null;
            return (
              <div className="table-wrap" key={status}>
                <table className="data">
                  <caption>{status === 'lapsed' ? 'Relationships gone quiet' : 'Never in touch since connecting: a first message, not a reconnection'}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Who</th>
                      <th scope="col" className="num">
                        Fit
                      </th>
                      <th scope="col">Rhythm</th>
                      <th scope="col" className="num">
                        {status === 'lapsed' ? 'Days since last touch' : 'Days since connecting'}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.contactId}>
                        <td>
                          <PersonLink person={{ id: row.contactId, name: row.name }} />
                          {row.company && <span className="muted"> · {row.company}</span>}
                        </td>
                        <td className="num">{row.fit === undefined ? '' : Math.round(row.fit)}</td>
                        <td>
                          {row.tier} (at most every {row.maxDays} days)
                        </td>
                        <td className="num">{row.daysSinceLastTouch === null ? 'never' : count(row.daysSinceLastTouch)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </>
      )}
    </>
  );
}

export default function WeekPage() {
  const workspace = useWorkspace();
  if (workspace.data && workspace.data.contacts === 0) {
    return (
      <>
        <PageHeader title="This week" />
        <EmptyState title="Your plan starts with your network" action={{ to: '/import', label: 'Import your connections' }}>
          <p>Import your LinkedIn export; Referable then plans your week: who to connect with, who to introduce, who to follow up with.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title="This week">
        <p>Your time is scarce: the plan spends it where it helps most. Tick items off as you do them.</p>
      </PageHeader>
      <Panel title="The plan" id="plan">
        <PlanPanel />
      </Panel>
      <Panel title="Cadence" id="cadence">
        <Cadence />
      </Panel>
    </>
  );
}
