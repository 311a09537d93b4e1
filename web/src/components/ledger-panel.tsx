// The referral ledger: balance, thank-yous owed, every referral given and received, and a form to record one.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { itemsOf, type LedgerBalance, type LedgerEntry, type ThankYouDue } from '../api-types.ts';
import { count, date, noun } from './format.ts';
import { PersonLink } from './people.tsx';
import { Stat } from './section.tsx';
import { ErrorMessage, Failure, Loading } from './states.tsx';
import { DraftMessage } from './draft-message.tsx';
import { groupOutcomes } from './ledger-groups.ts';
import { useAction } from './use-action.ts';
import { useApi } from './use-api.ts';

function AddReferral({ onAdded }: { onAdded: () => void }) {
  const [direction, setDirection] = useState('given');
  const [kind, setKind] = useState('intro');
  const [contact, setContact] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.act(() => api.post('/ledger', { direction, kind, contact: contact.trim(), ...(note.trim() ? { note: note.trim() } : {}) }), () => {
      setContact('');
      setNote('');
      onAdded();
    });
  }
  return (
    <form onSubmit={submit} className="form-grid" aria-label="Record a referral">
      <div className="field">
        <label htmlFor="ledger-direction">Direction</label>
        <select id="ledger-direction" value={direction} onChange={(event) => setDirection(event.target.value)}>
          <option value="given">I referred someone</option>
          <option value="received">Someone referred me</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-kind">Kind</label>
        <select id="ledger-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          {['intro', 'job', 'client', 'advice', 'other'].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-contact">Who (name, email or LinkedIn URL)</label>
        <input id="ledger-contact" value={contact} onChange={(event) => setContact(event.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="ledger-note">Note</label>
        <input id="ledger-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="form-row">
        <button type="submit" disabled={action.busy || !contact.trim()}>
          Record
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

/** A thank-you to copy and send, then record as sent. */
function ThankYou({ row, onSent, initiallyOpen }: { row: ThankYouDue; onSent: () => void; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const action = useAction();
  const first = row.name.split(' ')[0] || row.name;
  const text = `Hi ${first}, thank you for the ${row.kind === 'intro' ? 'introduction' : 'referral'}${row.company ? ` at ${row.company}` : ''}${row.outcome ? `: it led to ${row.outcome === 'interview' || row.outcome === 'offer' ? 'an' : 'a'} ${row.outcome}` : ''}. It means a lot; tell me how I can return the favour.`;
  return (
    <>
      <button type="button" className="quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Say thank you'}
      </button>
      {open && (
        <>
          <DraftMessage draft={{ step: { label: `thank ${row.name}`, to: 'contact', then: null }, text, unfilled: [] }} title="Thank-you" />
          <button type="button" disabled={action.busy} onClick={() => void action.act(() => api.post('/ledger/thanks', { contact: row.contactId }), onSent)}>
            I sent it: record the thank-you
          </button>
          {action.error && <ErrorMessage error={action.error} />}
        </>
      )}
    </>
  );
}

/** `version` moves when something elsewhere on the page changed the ledger (an introduction made, a helper thanked). */
export function Ledger({ openThanks = false, version = 0 }: { openThanks?: boolean; version?: number }) {
  const ledger = useApi<LedgerEntry[] | { items: LedgerEntry[] }>('/ledger');
  const balance = useApi<LedgerBalance>('/ledger/balance');
  const thanks = useApi<ThankYouDue[] | { items: ThankYouDue[] }>('/ledger/thanks');
  const reload = () => {
    ledger.reload();
    balance.reload();
    thanks.reload();
  };
  useEffect(() => {
    if (version > 0) reload();
    // Only a new version reloads: the reload functions are stable.
  }, [version]);
  if (ledger.error) return <Failure error={ledger.error} what="The referral ledger" onRetry={ledger.reload} />;
  const rows = itemsOf(ledger.data);
  const owed = itemsOf(thanks.data);
  return (
    <>
      {balance.data && (
        <div className="stats" role="group" aria-label="Referral balance">
          <Stat label={`${noun(balance.data.overall.given, 'referral')} given`} value={count(balance.data.overall.given)} />
          <Stat label={`${noun(balance.data.overall.received, 'referral')} received`} value={count(balance.data.overall.received)} />
          <Stat label="balance" value={(balance.data.overall.balance > 0 ? '+' : '') + count(balance.data.overall.balance)} detail="above zero: you give more than you get" />
          <Stat label={`${noun(balance.data.thankYousOwed, 'thank-you')} owed`} value={count(balance.data.thankYousOwed)} />
        </div>
      )}
      {owed.length > 0 && (
        <div className="notice">
          <p>
            <strong>Say thank you</strong> to:
          </p>
          <ul className="plain-list">
            {owed.map((row, index) => (
              <li key={row.eventId}>
                <PersonLink person={{ id: row.contactId, name: row.name }} /> for a {row.kind}
                {row.outcome ? ` that led to ${row.outcome === 'interview' || row.outcome === 'offer' ? 'an' : 'a'} ${row.outcome}` : ''} ({date(row.occurredOn)}){' '}
                <ThankYou key={`${row.eventId}-${openThanks}`} row={row} onSent={reload} initiallyOpen={openThanks && index === 0} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {ledger.loading && !ledger.data ? (
        <Loading what="the ledger" />
      ) : rows.length === 0 ? (
        <p>Nothing recorded yet. Every introduction you make or receive belongs here: being referable is a two-way street.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Referrals given and received</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Direction</th>
                <th scope="col">Kind</th>
                <th scope="col">Who</th>
                <th scope="col">Outcome</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {groupOutcomes(rows).map(({ referral: row, outcomes }) => (
                <tr key={row.id}>
                  <td>{date(row.occurredOn)}</td>
                  <td>{row.direction}</td>
                  <td>{row.kind}</td>
                  <td>
                    <PersonLink person={{ id: row.contactId, name: row.contactName }} />
                    {row.otherName ? ` → ${row.otherName}` : ''}
                    {row.company ? ` (${row.company})` : ''}
                  </td>
                  <td>
                    {outcomes.length === 0 ? row.latestOutcome || row.outcome || '' : (
                      <ul className="plain-list" aria-label="Outcomes">
                        {row.outcome && <li>{row.outcome}</li>}
                        {outcomes.map((outcome) => (
                          <li key={outcome.id}>
                            {outcome.outcome} ({date(outcome.occurredOn)}){outcome.note ? `: ${outcome.note}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Record a referral</h3>
      <AddReferral onAdded={reload} />
    </>
  );
}
