// Content: the ledger of pieces you created or shared, the go-to score with the rule and evidence behind it, a form to
// add a piece, and who in your market a piece (or a topic) is worth sending to.
import { useState, type FormEvent } from 'react';
import { api, query } from '../api.ts';
import type { components, operations } from '../api-schema.d.ts';
import { ActionText } from '../components/next-action.tsx';
import { count, countNoun, date, decimal, noun } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { useAction } from '../components/use-action.ts';
import { useApi } from '../components/use-api.ts';

type ContentItem = components['schemas']['ContentItem'];
type GoToScore = components['schemas']['GoToScore'];
type ContentPage = operations['getContent']['responses'][200]['content']['application/json'];
type ContentSuggestions = operations['suggestContent']['responses'][200]['content']['application/json'];

const PART_LABEL: Record<GoToScore['parts'][number]['name'], string> = { focus: 'On your focus topics', cadence: 'Steady rhythm', mix: 'Shared and created' };
/** A date or a one-word button, never broken over lines in a narrow column. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
function items(n: number): string {
  return countNoun(n, 'item');
}

function Score({ score }: { score: GoToScore }) {
  const actions = score.actions;
  return (
    <>
      <div className="stats" role="group" aria-label="Go-to score">
        <Stat label="go-to score (of 100)" value={<span data-testid="goto-score">{decimal(score.score)}</span>} />
        <Stat
          label="evidence"
          value={<span data-testid="goto-evidence">{count(score.items)}</span>}
          detail={`${noun(score.items, 'item')} from ${date(score.window.from)} to ${date(score.window.to)} (${score.window.weeks} weeks)`}
        />
        <Stat label="created · shared" value={`${count(score.created)} · ${count(score.shared)}`} />
        <Stat label="on your focus topics" value={count(score.onFocus)} />
      </div>
      <p className="muted small">
        The score adds three parts. A share of a few items says little, so focus and mix are weighed by how many items back them, and count in full from six; the
        rhythm counts items, so it needs no weight.
      </p>
      <ul className="stack" aria-label="Parts of the score">
        {score.parts.map((part) => (
          <li key={part.name}>
            <strong>
              {PART_LABEL[part.name]}: {decimal(part.points)} of {part.max}
            </strong>
            <br />
            <span className="muted">{part.explanation}</span>
          </li>
        ))}
      </ul>
      {score.focusTopics.length > 0 ? (
        <p>Your focus topics: {score.focusTopics.join(', ')}.</p>
      ) : (
        <p>
          No focus topics yet: they come from your market's keywords. <Link to="/target">Add keywords to your market</Link>.
        </p>
      )}
      {actions.length > 0 && (
        <>
          <h3>Next steps</h3>
          <ul>
            {actions.map((action) => (
              <li key={action.text}>
                {/* A step that leads back to this page needs no link. */}
                <ActionText action={action} here="/content" />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function AddItem({ onAdded }: { onAdded: (url: string) => void }) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'created' | 'shared'>('created');
  const [on, setOn] = useState('');
  const [topics, setTopics] = useState('');
  const action = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    const topicList = topics.split(',').map((topic) => topic.trim()).filter(Boolean);
    const added = url.trim();
    void action.act(() => api.post('/content', { url: added, title: title.trim(), kind, ...(on ? { on } : {}), ...(topicList.length ? { topics: topicList } : {}) }), () => {
      setUrl('');
      setTitle('');
      setOn('');
      setTopics('');
      onAdded(added);
    });
  }
  return (
    <form onSubmit={submit} className="form-grid" aria-label="Add an item">
      <div className="field">
        <label htmlFor="content-url">Link to the piece</label>
        <input id="content-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://…" required />
      </div>
      <div className="field">
        <label htmlFor="content-title">Title</label>
        <input id="content-title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} required />
      </div>
      <div className="field">
        <label htmlFor="content-kind">Kind</label>
        <select id="content-kind" value={kind} onChange={(event) => setKind(event.target.value === 'shared' ? 'shared' : 'created')}>
          <option value="created">I wrote it</option>
          <option value="shared">I shared someone else's piece</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="content-on">Date (today when empty)</label>
        <input id="content-on" type="date" value={on} onChange={(event) => setOn(event.target.value)} />
      </div>
      <div className="field field-wide">
        <label htmlFor="content-topics">Topics, separated by commas (optional)</label>
        <input id="content-topics" value={topics} onChange={(event) => setTopics(event.target.value)} placeholder="e.g. payments, checkout" />
      </div>
      <div className="form-row">
        <button type="submit" className="primary" disabled={action.busy || !url.trim() || !title.trim()}>
          Add the item
        </button>
      </div>
      {/* The server names the CLI's flags (--title); here they are the form's fields. */}
      {action.error && <ErrorMessage error={new Error(action.error.message.replace(/--(title|kind|topic)\b/g, 'the $1'))} />}
    </form>
  );
}

function Ledger({ rows, total, onSend }: { rows: ContentItem[]; total: number; onSend: (item: ContentItem) => void }) {
  if (rows.length === 0)
    return (
      <EmptyState title="Nothing in your content ledger yet" action={{ to: '/import', label: 'Import your LinkedIn export' }}>
        <p>Add a post or article you wrote, or a piece you shared, with the form above; or import your LinkedIn export, whose posts and articles fill this in.</p>
      </EmptyState>
    );
  return (
    <>
      {total > rows.length && (
        <p className="muted small">
          The newest {count(rows.length)} of {items(total)}.
        </p>
      )}
      <div className="table-wrap">
        <table className="data" data-testid="content-ledger">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Piece</th>
              <th scope="col">Kind</th>
              <th scope="col">Topics</th>
              <th scope="col">Send to</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={item.url}>
                <td style={NO_WRAP}>{date(item.publishedOn)}</td>
                <td>
                  <a href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.title || item.url}
                  </a>
                </td>
                <td>{item.kind === 'created' ? 'created' : 'shared'}</td>
                <td>
                  {item.topics.join(', ')}
                  {item.focus.length > 0 && <span className="muted"> (on focus: {item.focus.join(', ')})</span>}
                </td>
                <td style={NO_WRAP}>
                  <button type="button" onClick={() => onSend(item)} aria-label={`Who in your market to send "${item.title || item.url}" to`}>
                    Who?
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type Target = { url: string } | { topic: string };

function SendTo({ target, onTarget, topics }: { target: Target | null; onTarget: (target: Target) => void; topics: string[] }) {
  const [topic, setTopic] = useState('');
  const suggestions = useApi<ContentSuggestions>(target ? `/content/suggest${query({ ...target, limit: 10 })}` : null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (topic.trim()) onTarget({ topic: topic.trim() });
  }
  return (
    <>
      <form className="form-row" onSubmit={submit} role="search" aria-label="Who in your market a topic is for">
        <label htmlFor="send-topic">A topic</label>
        <input id="send-topic" value={topic} onChange={(event) => setTopic(event.target.value)} list="send-topics" placeholder={topics[0] ? `e.g. ${topics[0]}` : 'e.g. payments'} />
        <datalist id="send-topics">
          {topics.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <button type="submit" disabled={!topic.trim()}>
          Find people
        </button>
      </form>
      <p className="muted small">Or press "Who?" beside a piece in the ledger.</p>
      {target && suggestions.loading && <Loading what="who to send it to" />}
      {suggestions.error && <Failure error={suggestions.error} what="Who to send a piece to" onRetry={suggestions.reload} />}
      {suggestions.data && (
        <div aria-live="polite" data-testid="send-to">
          <p>
            For <strong>{suggestions.data.piece.title || suggestions.data.piece.topics.join(', ') || suggestions.data.piece.url}</strong>: the {count(suggestions.data.suggestions.length)} most
            relevant of {count(suggestions.data.considered)} in-market contacts.
          </p>
          {suggestions.data.suggestions.length === 0 ? (
            <p>Nobody in your market matches this piece's topics yet. Try a topic from your focus list.</p>
          ) : (
            <ul className="cards">
              {suggestions.data.suggestions.map((person) => (
                <li key={person.contactId} className="card">
                  <Link to={`/contacts/${encodeURIComponent(person.contactId)}`}>{person.name}</Link>
                  <span className="muted">{person.title || person.company ? `, ${[person.title, person.company].filter(Boolean).join(' at ')}` : ''}</span>
                  {person.reasons.length > 0 && <p className="muted small">{person.reasons.join('; ')}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

export default function ContentPage() {
  const content = useApi<ContentPage>('/content?limit=100');
  const [target, setTarget] = useState<Target | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Content">
        <p>What you write and share makes you the person people think of on your topics. Keep a ledger of it, watch the go-to score, and send a piece to the people it helps.</p>
      </PageHeader>
      {content.loading && !content.data && <Loading what="your content" />}
      {content.error && <Failure error={content.error} what="Your content" onRetry={content.reload} />}
      {content.data && (
        <>
          <Panel title="Go-to score" id="score">
            <Score score={content.data.score} />
          </Panel>
          <Panel title="Add an item" id="add">
            <AddItem
              onAdded={(url) => {
                setAdded(url);
                content.reload();
              }}
            />
            {added && (
              <p className="success" role="status">
                Added to your ledger.
              </p>
            )}
          </Panel>
          <Panel title="Your content ledger" id="ledger">
            <Ledger
              rows={content.data.items}
              total={content.data.total}
              onSend={(item) => {
                setTarget({ url: item.url });
                document.getElementById('send')?.scrollIntoView({ block: 'start' });
              }}
            />
          </Panel>
          <Panel title="Who in your market to send a piece to" id="send">
            {content.data.hasMarket ? (
              <SendTo target={target} onTarget={setTarget} topics={content.data.focusTopics} />
            ) : (
              <EmptyState title="Define your market first" action={{ to: '/target', label: 'Define your market' }}>
                <p>Pieces go to people in your target market: save a market and this suggests who each piece helps.</p>
              </EmptyState>
            )}
          </Panel>
        </>
      )}
    </>
  );
}
