// One contact: who they are, their fit and tie strength with the reasons, history (job changes, interactions,
// referrals, needs), and the notes, tags and rating you keep on them.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import type { ContactDetail } from '../api-types.ts';
import { date, strength } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { toApiError, useApi } from '../components/use-api.ts';

const INTERACTION_KINDS = ['message', 'call', 'meeting', 'coffee-chat', 'email', 'comment', 'other'];

/** Only web links open from contact data: a `javascript:` URL in an imported file must never become a live link. */
function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function NotesForm({ detail, onSaved }: { detail: ContactDetail; onSaved: () => void }) {
  const [notes, setNotes] = useState(detail.contact.notes ?? '');
  const [tags, setTags] = useState(detail.contact.tags.join(', '));
  const [rating, setRating] = useState(detail.contact.rating === null ? '' : String(detail.contact.rating));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setNotes(detail.contact.notes ?? '');
    setTags(detail.contact.tags.join(', '));
    setRating(detail.contact.rating === null ? '' : String(detail.contact.rating));
  }, [detail]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    try {
      await api.patch(`/contacts/${encodeURIComponent(detail.contact.id)}`, {
        notes,
        tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
        rating: rating === '' ? null : Number(rating),
      });
      setStatus('Saved. Edits are kept when you import again.');
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }

  return (
    <form onSubmit={save} className="stack">
      <label htmlFor="contact-notes">Notes</label>
      <textarea id="contact-notes" rows={4} value={notes} onChange={(event) => setNotes(event.target.value)} />
      <label htmlFor="contact-tags">Tags (comma separated)</label>
      <input id="contact-tags" value={tags} onChange={(event) => setTags(event.target.value)} />
      <label htmlFor="contact-rating">How well you know them</label>
      <select id="contact-rating" value={rating} onChange={(event) => setRating(event.target.value)}>
        <option value="">not rated</option>
        <option value="1">1 · barely</option>
        <option value="2">2</option>
        <option value="3">3</option>
        <option value="4">4</option>
        <option value="5">5 · would vouch for me</option>
      </select>
      <div className="form-row">
        <button type="submit" className="primary">
          Save
        </button>
      </div>
      {status && (
        <p className="success" role="status">
          {status}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}

function LogInteraction({ contactId, onLogged }: { contactId: string; onLogged: () => void }) {
  const [kind, setKind] = useState('message');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function log(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    try {
      await api.post('/interactions', { contact: contactId, kind, ...(note.trim() ? { note: note.trim() } : {}) });
      setStatus(`Logged a ${kind}: the follow-up cadence restarts from today.`);
      setNote('');
      onLogged();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }
  return (
    <form onSubmit={log} className="stack">
      <label htmlFor="interaction-kind">Kind</label>
      <select id="interaction-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
        {INTERACTION_KINDS.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      <label htmlFor="interaction-note">Note</label>
      <input id="interaction-note" value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="form-row">
        <button type="submit">Log interaction</button>
      </div>
      {status && (
        <p className="success" role="status">
          {status}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}

export default function ContactPage({ rest }: { rest: string }) {
  const detail = useApi<ContactDetail>(`/contacts/${encodeURIComponent(rest)}`);
  if (detail.loading && !detail.data) return <Loading what="the contact" />;
  if (detail.error)
    return (
      <>
        <PageHeader title="Contact" />
        <Failure error={detail.error} what="This contact" onRetry={detail.reload} />
        <p>
          <Link to="/contacts">Back to contacts</Link>
        </p>
      </>
    );
  if (!detail.data) return null;
  const { contact, market, ties, events } = detail.data;
  const linkedin = contact.linkedinUrl ? safeUrl(contact.linkedinUrl) : null;
  const interactions = detail.data.interactions ?? [];
  const referrals = detail.data.referrals ?? [];
  const needs = detail.data.needs ?? [];
  const offers = detail.data.offers ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to="/contacts">Contacts</Link> /
      </p>
      <PageHeader title={contact.name || '(no name)'}>
        <p>
          {[contact.title, contact.company].filter(Boolean).join(' at ') || 'No position known'}
          {contact.location && <span className="muted"> · {contact.location}</span>}
        </p>
        <p className="links">
          {linkedin && (
            <a href={linkedin} target="_blank" rel="noopener noreferrer">
              LinkedIn profile
            </a>
          )}
          {contact.emails.map((email) => (
            <a key={email} href={`mailto:${encodeURIComponent(email).replace('%40', '@')}`}>
              {email}
            </a>
          ))}
        </p>
      </PageHeader>
      <div className="stats" role="group" aria-label="Fit and tie">
        <Stat label="fit to your market" value={market ? market.fit : '–'} detail={market ? (market.inMarket ? 'in market' : 'not in market') : 'no target market'} />
        <Stat label="your tie" value={strength(market?.strength ?? (ties[0]?.strength ?? null))} detail={market?.seniority && market.seniority !== 'Unknown' ? `${market.seniority} · ${market.function}` : undefined} />
        <Stat label="connected" value={date(contact.connectedOn) || '—'} />
      </div>
      <div className="grid-2">
        <Panel title="Why this fit" id="fit">
          {market && market.fitReasons.length > 0 ? (
            <ul className="plain-list">
              {market.fitReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>{market ? 'Nothing in this contact matches your target market.' : <><Link to="/target">Define your target market</Link> to see fit.</>}</p>
          )}
        </Panel>
        <Panel title="Ties" id="ties">
          {ties.length === 0 ? (
            <p>A prospect: nobody in your workspace is connected yet. Send a connection request, or find a warm path.</p>
          ) : (
            <ul className="plain-list">
              {ties.map((tie, index) => (
                <li key={index}>
                  <strong>{tie.member}</strong> · {tie.kind} · strength {strength(tie.strength)}
                  {tie.connectedOn && <span className="muted"> · since {date(tie.connectedOn)}</span>}
                  {tie.strengthReasons && tie.strengthReasons.length > 0 && (
                    <div className="muted small">{tie.strengthReasons.map((part) => `${part.detail} ${part.contribution >= 0 ? '+' : ''}${part.contribution.toFixed(2)}`).join(', ')}</div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
      <Panel title="History" id="history">
        {events.length + interactions.length + referrals.length + needs.length + offers.length === 0 ? (
          <p>No history yet: job changes appear when you import a newer export, and logged interactions here.</p>
        ) : (
          <ul className="timeline">
            {events.map((event, index) => (
              <li key={`e${index}`}>
                <time>{date(event.observedAt)}</time> {event.kind === 'title_change' ? 'New title' : 'Job change'}: {event.before ? `${event.before.title} at ${event.before.company}` : ''} → {event.after ? `${event.after.title} at ${event.after.company}` : ''}
              </li>
            ))}
            {interactions.map((interaction, index) => (
              <li key={`i${index}`}>
                <time>{date(interaction.on ?? interaction.occurredOn ?? interaction.occurredAt)}</time> {interaction.kind}
                {interaction.note ? `: ${interaction.note}` : ''}
              </li>
            ))}
            {referrals.map((referral, index) => (
              <li key={`r${index}`}>
                <time>{date(referral.on ?? referral.occurredOn)}</time> {referral.direction} {referral.kind}
                {referral.note ? `: ${referral.note}` : ''}
              </li>
            ))}
            {needs.map((need) => (
              <li key={need.id}>Need: {need.text}{need.status ? ` (${need.status})` : ''}</li>
            ))}
            {offers.map((offer) => (
              <li key={offer.id}>Can help with: {offer.text}{offer.status ? ` (${offer.status})` : ''}</li>
            ))}
          </ul>
        )}
      </Panel>
      <div className="grid-2">
        <Panel title="Notes, tags, rating" id="notes">
          <NotesForm detail={detail.data} onSaved={detail.reload} />
        </Panel>
        <Panel title="Log an interaction" id="log">
          <LogInteraction contactId={contact.id} onLogged={detail.reload} />
        </Panel>
      </div>
    </>
  );
}
