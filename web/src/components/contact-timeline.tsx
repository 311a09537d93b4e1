// A contact's timeline: interactions, job changes, referrals and introductions (with their states), newest first.
import { useState, type ReactNode } from 'react';
import type { ContactDetail, IntroState } from '../api-types.ts';
import { date } from './format.ts';
import { PersonLink } from './people.tsx';

export const INTRO_STATE_LABEL: Record<IntroState, string> = {
  suggested: 'suggested',
  'asked-seeker': 'asking the seeker',
  'asked-helper': 'asking the helper',
  made: 'introduced',
  closed: 'closed',
  declined: 'declined',
  expired: 'expired (no answer)',
};

type EntryKind = 'interaction' | 'job' | 'referral' | 'introduction';

const KIND_LABEL: Record<EntryKind, string> = { interaction: 'Interactions', job: 'Job changes', referral: 'Referrals', introduction: 'Introductions' };

interface Entry {
  key: string;
  kind: EntryKind;
  /** ISO timestamp or day: both sort as text. */
  at: string;
  badge: string;
  body: ReactNode;
  detail?: string;
}

const FIRST_SHOWN = 25;

function sentence(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** Every dated event of the contact's history as one list, newest first. */
export function timelineEntries(detail: ContactDetail): Entry[] {
  const self = detail.contact.id;
  const entries: Entry[] = [];
  for (const row of detail.interactions) {
    const minutes = row.minutes > 0 ? ` (${row.minutes} min)` : '';
    entries.push({ key: `i${row.id}`, kind: 'interaction', at: row.occurredAt, badge: 'interaction', body: `${sentence(row.kind.replace(/-/g, ' '))}${minutes}${row.note ? `: ${row.note}` : ''}`, detail: row.source === 'plan' ? "ticked off in the week's plan" : undefined });
  }
  for (const event of detail.events) {
    const from = [event.before.title, event.before.company].filter(Boolean).join(' at ') || 'unknown';
    const to = [event.after.title, event.after.company].filter(Boolean).join(' at ') || 'unknown';
    entries.push({ key: `e${event.id}`, kind: 'job', at: event.observedAt, badge: event.kind === 'title_change' ? 'new title' : 'job change', body: `${from} → ${to}` });
  }
  for (const row of detail.referrals) {
    // The other person on the event: the contact named on it, or the other side when that is this contact.
    const withWhom = row.contactId !== self ? { id: row.contactId, name: row.contactName } : row.otherContactId ? { id: row.otherContactId, name: row.otherName ?? '' } : null;
    const outcome = row.latestOutcome || row.outcome;
    entries.push({
      key: `r${row.id}`,
      kind: 'referral',
      at: row.occurredOn,
      badge: row.follows ? 'outcome' : row.direction === 'given' ? 'referral given' : 'referral received',
      body: (
        <>
          {sentence(row.kind)}
          {withWhom && (
            <>
              {' '}with <PersonLink person={withWhom} />
            </>
          )}
          {row.company && <> at {row.company}</>}
          {outcome && <> · led to {outcome}</>}
          {row.note && <>: {row.note}</>}
        </>
      ),
    });
  }
  for (const intro of detail.introductions) {
    const role = intro.seeker.id === self ? 'seeker' : 'helper';
    const steps = intro.history.map((step) => `${INTRO_STATE_LABEL[step.state as IntroState] ?? step.state} ${date(step.at)}`).join(' → ');
    entries.push({
      key: `n${intro.id}`,
      kind: 'introduction',
      at: intro.updatedAt,
      badge: `introduction: ${INTRO_STATE_LABEL[intro.state] ?? intro.state}`,
      body: (
        <>
          {role === 'seeker' ? 'To ' : 'Helping '}
          <PersonLink person={role === 'seeker' ? intro.helper : intro.seeker} />
          {intro.need && <> about “{intro.need.text}”</>}
          {intro.outcome && intro.outcome !== 'none' && <> · outcome: {intro.outcome}</>}
        </>
      ),
      detail: steps,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function ContactTimeline({ detail }: { detail: ContactDetail }) {
  const [kind, setKind] = useState<EntryKind | 'all'>('all');
  const [showAll, setShowAll] = useState(false);
  const all = timelineEntries(detail);
  if (all.length === 0) {
    return <p className="empty-note">No history yet. Log an interaction below after you talk; job changes appear when you import a newer export, and referrals and introductions when you record them.</p>;
  }
  const chosen = kind === 'all' ? all : all.filter((entry) => entry.kind === kind);
  const shown = showAll ? chosen : chosen.slice(0, FIRST_SHOWN);
  const kinds = (Object.keys(KIND_LABEL) as EntryKind[]).filter((value) => all.some((entry) => entry.kind === value));
  return (
    <>
      {kinds.length > 1 && (
        <div className="form-row">
          <label htmlFor="timeline-kind">Show</label>
          <select id="timeline-kind" value={kind} onChange={(event) => setKind(event.target.value as EntryKind | 'all')}>
            <option value="all">everything ({all.length})</option>
            {kinds.map((value) => (
              <option key={value} value={value}>
                {KIND_LABEL[value].toLowerCase()} ({all.filter((entry) => entry.kind === value).length})
              </option>
            ))}
          </select>
        </div>
      )}
      <ol className="timeline" aria-label="History, newest first">
        {shown.map((entry) => (
          <li key={entry.key} className={`timeline-${entry.kind}`}>
            <time dateTime={date(entry.at)}>{date(entry.at)}</time> <span className="badge">{entry.badge}</span> <span className="timeline-body">{entry.body}</span>
            {entry.detail && <div className="muted small">{entry.detail}</div>}
          </li>
        ))}
      </ol>
      {chosen.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {chosen.length}
        </button>
      )}
    </>
  );
}
