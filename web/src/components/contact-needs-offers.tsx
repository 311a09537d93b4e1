// What a contact needs (open and closed, closable here) and what they can help with, each offer with its source.
import { api } from '../api.ts';
import { OFFER_SOURCE_LABEL, type Need, type Offer } from '../api-types.ts';
import { date } from './format.ts';
import { Link } from './router.tsx';
import { ErrorMessage } from './states.tsx';
import { useAction } from './use-action.ts';

export function NeedList({ needs, onChanged }: { needs: Need[]; onChanged: () => void }) {
  const action = useAction();
  if (needs.length === 0) return <p className="empty-note">No needs recorded. When they tell you what their team struggles with, record it below: Referable looks for who in your network can help.</p>;
  const open = needs.filter((need) => need.status === 'open').length;
  return (
    <>
      <ul className="plain-list needs">
        {needs.map((need) => (
          <li key={need.id} className={need.status === 'closed' ? 'closed' : undefined}>
            <span className="badge">{need.status}</span> {need.text}
            <div className="muted small">
              {[need.topic && `topic: ${need.topic}`, need.deadline && `needed by ${need.deadline}`, `recorded ${date(need.createdAt)}`, need.status === 'closed' && `closed ${date(need.closedAt)}${need.closeNote ? `: ${need.closeNote}` : ''}`].filter(Boolean).join(' · ')}
            </div>
            {need.status === 'open' && (
              <button type="button" className="small" disabled={action.busy} onClick={() => void action.act(() => api.post(`/needs/${encodeURIComponent(need.id)}/close`, {}), onChanged)} aria-label={`Close the need: ${need.text}`}>
                Solved: close it
              </button>
            )}
          </li>
        ))}
      </ul>
      {open > 0 && (
        <p className="small">
          <Link to="/intros">See who can help</Link> in the introduction suggestions.
        </p>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}

export function OfferList({ offers }: { offers: Offer[] }) {
  if (offers.length === 0) return <p className="empty-note">Nothing known yet. What they can help with comes from what they tell you, their positions, skills and endorsements, and your tags.</p>;
  return (
    <ul className="plain-list offers">
      {offers.map((offer, index) => (
        <li key={offer.id ?? `derived-${index}`} className={offer.status === 'closed' ? 'closed' : undefined}>
          {offer.text} <span className="badge">{OFFER_SOURCE_LABEL[offer.source] ?? offer.source}</span>
          {offer.status === 'closed' && <span className="muted small"> (withdrawn {date(offer.closedAt)})</span>}
        </li>
      ))}
    </ul>
  );
}
