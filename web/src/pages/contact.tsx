// One contact: who they are, their fit and tie strength with the reasons, the follow-up rhythm, their history (a
// timeline of interactions, job changes, referrals and introductions), needs and offers, and the notes you keep.
import type { Cadence, ContactDetail } from '../api-types.ts';
import { ContactTimeline } from '../components/contact-timeline.tsx';
import { LogInteraction, NotesForm, RecordNeed } from '../components/contact-forms.tsx';
import { NeedList, OfferList } from '../components/contact-needs-offers.tsx';
import { date, strength } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { Failure, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';

/** Only web links open from contact data: a `javascript:` URL in an imported file must never become a live link. */
function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const CADENCE_LABEL: Record<Cadence['state'], string> = { ok: 'on rhythm', due: 'due for a touch', 'losing-touch': 'losing touch' };

function daysAgo(days: number | null): string {
  if (days === null) return 'never touched';
  return days === 0 ? 'last touch today' : `last touch ${days} day${days === 1 ? '' : 's'} ago`;
}

/** Where they stand against their follow-up rhythm, in a sentence. */
function CadenceSummary({ detail }: { detail: ContactDetail }) {
  const { cadence, market } = detail;
  if (!cadence) {
    return market.strength === null ? (
      <p>Not connected yet, so no follow-up rhythm: send a connection request, or find a warm path on the network page.</p>
    ) : (
      <p>No follow-up rhythm applies to them (see the cadence tiers in your settings).</p>
    );
  }
  const rhythm = `the “${cadence.tier}” rhythm: every ${cadence.idealDays} days, ${cadence.maxDays} at most`;
  return (
    <p className={`cadence cadence-${cadence.state}`}>
      <strong>{CADENCE_LABEL[cadence.state][0].toUpperCase() + CADENCE_LABEL[cadence.state].slice(1)}</strong>: {daysAgo(cadence.daysSinceLastTouch)}
      {cadence.lastTouch && ` (${date(cadence.lastTouch)})`}, on {rhythm}. {cadence.state === 'ok' ? `Next touch by ${cadence.dueOn}.` : 'A short message or a useful introduction resets it.'}
    </p>
  );
}

export default function ContactPage({ rest }: { rest: string }) {
  const detail = useApi<ContactDetail>(`/contacts/${encodeURIComponent(rest)}`);
  if (detail.loading && !detail.data) return <Loading what="the contact" />;
  if (detail.error && !detail.data)
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
  const data = detail.data;
  const { contact, market, ties, cadence } = data;
  const linkedin = contact.linkedinUrl ? safeUrl(contact.linkedinUrl) : null;
  const firstName = contact.name.split(' ')[0] ?? '';
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
      <div className="stats" role="group" aria-label="Fit, tie and follow-up">
        <Stat label="fit to your market" value={data.activeMarket ? market.fit : '–'} detail={data.activeMarket ? (market.inMarket ? 'in market' : 'not in market') : 'no target market'} />
        <Stat label="your tie" value={strength(market.strength)} detail={market.seniority && market.seniority !== 'Unknown' ? `${market.seniority} · ${market.function}` : undefined} />
        <Stat label="connected" value={date(contact.connectedOn) || '—'} />
        <Stat label="follow-up" value={cadence ? CADENCE_LABEL[cadence.state] : market.strength === null ? 'prospect' : '—'} detail={cadence ? daysAgo(cadence.daysSinceLastTouch) : undefined} />
      </div>
      <div className="grid-2">
        <Panel title="Why this fit" id="fit">
          {!data.activeMarket ? (
            <p>
              <Link to="/target">Define your target market</Link> to see fit.
            </p>
          ) : market.fitReasons.length > 0 ? (
            <ul className="plain-list">
              {market.fitReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing in this contact matches your target market “{data.activeMarket}”.</p>
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
                  {tie.strengthReasons.length > 0 && (
                    <div className="muted small">{tie.strengthReasons.map((part) => `${part.detail} ${part.contribution >= 0 ? '+' : ''}${part.contribution.toFixed(2)}`).join(', ')}</div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
      <Panel title="Keep in touch" id="log">
        <CadenceSummary detail={data} />
        <h3>Log an interaction</h3>
        <LogInteraction contactId={contact.id} onLogged={detail.reload} />
      </Panel>
      <Panel title="History" id="history">
        <ContactTimeline detail={data} />
      </Panel>
      <div className="grid-2">
        <Panel title="Needs" id="needs">
          <NeedList needs={data.needs} onChanged={detail.reload} />
          <h3>Record a need</h3>
          <RecordNeed contactId={contact.id} name={firstName} onRecorded={detail.reload} />
        </Panel>
        <Panel title="Can help with" id="offers">
          <OfferList offers={data.offers} />
        </Panel>
      </div>
      <Panel title="Notes, tags, rating" id="notes">
        <NotesForm detail={data} onSaved={detail.reload} />
      </Panel>
    </>
  );
}
