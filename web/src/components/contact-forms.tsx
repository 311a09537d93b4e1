// The contact page's forms: log an interaction, record a need, and the notes, tags and rating kept on the contact.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import type { ContactDetail } from '../api-types.ts';
import { ErrorMessage } from './states.tsx';
import { useAction } from './use-action.ts';

/** The kinds people log by hand (the server also knows connection-request, introduction and share). */
const INTERACTION_KINDS = ['message', 'call', 'meeting', 'coffee-chat', 'email', 'comment', 'follow-up', 'thank-you', 'other'];

function Status({ text }: { text: string | null }) {
  return text ? (
    <p className="success" role="status">
      {text}
    </p>
  ) : null;
}

export function LogInteraction({ contactId, onLogged }: { contactId: string; onLogged: () => void }) {
  const [kind, setKind] = useState('message');
  const [on, setOn] = useState('');
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  function log(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const body = { contact: contactId, kind, ...(on ? { on } : {}), ...(minutes !== '' ? { minutes: Number(minutes) } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    void action.act(() => api.post('/interactions', body), () => {
      setStatus(`Logged a ${kind.replace(/-/g, ' ')}${on ? ` on ${on}` : ' today'}: it is on the timeline, and the follow-up rhythm restarts from it.`);
      setNote('');
      setMinutes('');
      setOn('');
      onLogged();
    });
  }
  return (
    <form onSubmit={log} className="form-grid" aria-label="Log an interaction">
      <div className="field">
        <label htmlFor="interaction-kind">What happened</label>
        <select id="interaction-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          {INTERACTION_KINDS.map((value) => (
            <option key={value} value={value}>
              {value.replace(/-/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interaction-on">When</label>
        <input id="interaction-on" type="date" value={on} onChange={(event) => setOn(event.target.value)} aria-describedby="interaction-on-help" />
        <small id="interaction-on-help">Leave empty for today.</small>
      </div>
      <div className="field">
        <label htmlFor="interaction-minutes">Minutes spent</label>
        <input id="interaction-minutes" type="number" min={0} max={1440} step={1} inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.target.value)} aria-describedby="interaction-minutes-help" />
        <small id="interaction-minutes-help">Empty: the usual time for this kind.</small>
      </div>
      <div className="field field-wide">
        <label htmlFor="interaction-note">Note</label>
        <input id="interaction-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} placeholder="e.g. talked about their hiring plans" />
      </div>
      <div className="form-row">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? 'Logging…' : 'Log interaction'}
        </button>
      </div>
      <Status text={status} />
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

export function RecordNeed({ contactId, name, onRecorded }: { contactId: string; name: string; onRecorded: () => void }) {
  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [deadline, setDeadline] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  function record(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const body = { contact: contactId, text: text.trim(), ...(topic.trim() ? { topic: topic.trim() } : {}), ...(deadline ? { deadline } : {}) };
    void action.act(() => api.post('/needs', body), () => {
      setStatus('Need recorded: introduction suggestions now look for who can help.');
      setText('');
      setTopic('');
      setDeadline('');
      onRecorded();
    });
  }
  return (
    <form onSubmit={record} className="form-grid" aria-label="Record a need">
      <div className="field field-wide">
        <label htmlFor="need-text">What {name || 'they'} need{name ? 's' : ''} help with</label>
        <input id="need-text" value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} placeholder="e.g. their team is struggling with a SOC 2 audit" required />
      </div>
      <div className="field">
        <label htmlFor="need-topic">Topic (optional)</label>
        <input id="need-topic" value={topic} maxLength={100} onChange={(event) => setTopic(event.target.value)} placeholder="e.g. compliance" />
      </div>
      <div className="field">
        <label htmlFor="need-deadline">Needed by (optional)</label>
        <input id="need-deadline" type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
      </div>
      <div className="form-row">
        <button type="submit" disabled={action.busy || !text.trim()}>
          Record the need
        </button>
      </div>
      <Status text={status} />
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

export function NotesForm({ detail, onSaved }: { detail: ContactDetail; onSaved: () => void }) {
  const [notes, setNotes] = useState(detail.contact.notes ?? '');
  const [tags, setTags] = useState(detail.contact.tags.join(', '));
  const [rating, setRating] = useState(detail.contact.rating === null ? '' : String(detail.contact.rating));
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  useEffect(() => {
    setNotes(detail.contact.notes ?? '');
    setTags(detail.contact.tags.join(', '));
    setRating(detail.contact.rating === null ? '' : String(detail.contact.rating));
  }, [detail]);

  function save(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const body = { notes, tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean), rating: rating === '' ? null : Number(rating) };
    void action.act(() => api.patch(`/contacts/${encodeURIComponent(detail.contact.id)}`, body), () => {
      setStatus('Saved. Edits are kept when you import again.');
      onSaved();
    });
  }

  return (
    <form onSubmit={save} className="stack" aria-label="Notes, tags and rating">
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
        <button type="submit" className="primary" disabled={action.busy}>
          Save
        </button>
      </div>
      <Status text={status} />
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}
