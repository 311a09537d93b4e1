// Network: the in-market subgraph (sigma.js), and warm paths to a chosen company highlighted and listed hop by hop.
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { query } from '../api.ts';
import type { GraphResponse, WarmPaths } from '../api-types.ts';
import { count, percent } from '../components/format.ts';
import { isMe } from '../components/graph-layout.ts';
import type { Selected } from '../components/network-graph.tsx';
import { Link, navigate } from '../components/router.tsx';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, Failure, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';
import { marketName, useWorkspace } from '../components/workspace.tsx';

const NetworkGraph = lazy(() => import('../components/network-graph.tsx'));

export const NETWORK_DEFAULTS = { limit: 3000, paths: 5 };

function PathList({ paths }: { paths: WarmPaths }) {
  if (paths.paths.length === 0) return <p>{paths.suggestion}</p>;
  return (
    <ol className="paths">
      {paths.paths.map((path, index) => (
        <li key={index}>
          <p className="path-head">
            Path {index + 1}: {percent(path.probability)} chance the intro goes through
          </p>
          <ol className="hops">
            {path.hops.map((hop, position) => (
              <li key={position}>
                {hop.from.name} → {hop.to.id.startsWith('member:') || hop.to.name === 'you' ? hop.to.name : <Link to={`/contacts/${encodeURIComponent(hop.to.id)}`}>{hop.to.name}</Link>}
                {hop.to.title && <span className="muted">, {hop.to.title}</span>}
                {hop.to.company && <span className="muted"> at {hop.to.company}</span>} <span className="muted">({hop.why})</span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

export default function NetworkPage({ params }: { params: URLSearchParams }) {
  const workspace = useWorkspace();
  const chosen = params.get('company') ?? '';
  const everyone = params.get('all') === '1';
  const [draft, setDraft] = useState(chosen);
  const [selected, setSelected] = useState<Selected | null>(null);
  const hasContacts = Boolean(workspace.data && workspace.data.contacts > 0);
  // Without a target market there is no in-market subgraph: the best-connected part of the whole network is drawn.
  const inMarketOnly = Boolean(marketName(workspace.data)) && !everyone;
  const graph = useApi<GraphResponse>(hasContacts ? `/graph${query({ inMarket: inMarketOnly || undefined, limit: NETWORK_DEFAULTS.limit })}` : null);
  const paths = useApi<WarmPaths>(chosen ? `/paths${query({ to: chosen, k: NETWORK_DEFAULTS.paths })}` : null);
  const companies = useMemo(() => {
    const names = new Map<string, number>();
    for (const node of graph.data?.nodes ?? []) if (node.company && !isMe(node)) names.set(node.company, (names.get(node.company) ?? 0) + 1);
    return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  }, [graph.data]);

  function choose(event: FormEvent) {
    event.preventDefault();
    navigate(`/network${query({ company: draft.trim(), all: everyone ? 1 : undefined })}`);
  }

  const empty = workspace.data && workspace.data.contacts === 0;
  return (
    <>
      <PageHeader title="Network">
        <p>Your network grouped by company, in-market people first. Choose a company to see the warmest ways in.</p>
      </PageHeader>
      {empty ? (
        <EmptyState title="No network yet" action={{ to: '/import', label: 'Import your connections' }}>
          <p>Import your LinkedIn export first; the network is drawn from it.</p>
        </EmptyState>
      ) : (
        <>
          <form className="form-row" onSubmit={choose} role="search" aria-label="Warm paths to a company">
            <label htmlFor="path-company">Warm paths to</label>
            <input id="path-company" list="path-companies" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="a company or a person" />
            <datalist id="path-companies">
              {companies.slice(0, 200).map((company) => (
                <option key={company} value={company} />
              ))}
            </datalist>
            <button type="submit" className="primary" disabled={!draft.trim()}>
              Show paths
            </button>
            {chosen && (
              <button type="button" onClick={() => navigate(`/network${query({ all: everyone ? 1 : undefined })}`)}>
                Clear
              </button>
            )}
            <label className="check">
              <input type="checkbox" checked={everyone} onChange={(event) => navigate(`/network${query({ company: chosen, all: event.target.checked ? 1 : undefined })}`)} /> Whole network (up to{' '}
              {count(NETWORK_DEFAULTS.limit)} people)
            </label>
          </form>
          <div className="network-layout">
            <Panel title={inMarketOnly ? 'In-market network' : 'Your network'} id="graph">
              {!graph.data && !graph.error ? (
                <Loading what="the network" />
              ) : graph.error ? (
                <Failure error={graph.error} what="The network" onRetry={graph.reload} />
              ) : graph.data && graph.data.nodes.length <= 1 ? (
                <EmptyState title="Nobody in market yet" action={{ to: '/target', label: 'Check your target market' }}>
                  <p>No contact reaches your market's threshold. Widen the market, or import more connections.</p>
                </EmptyState>
              ) : graph.data ? (
                <>
                  <p className="muted">
                    {count(graph.data.nodes.length)} people, {count(graph.data.edges.length)} ties. Drag to pan, scroll to zoom, click a person for details.
                  </p>
                  <Suspense fallback={<Loading what="the drawing" />}>
                    <NetworkGraph data={graph.data} paths={paths.data ?? null} onSelect={setSelected} />
                  </Suspense>
                  <ul className="legend" aria-label="Legend">
                    <li>
                      <span className="swatch me" aria-hidden="true" /> you
                    </li>
                    <li>
                      <span className="swatch in-market" aria-hidden="true" /> in market
                    </li>
                    <li>
                      <span className="swatch path" aria-hidden="true" /> warm path
                    </li>
                  </ul>
                </>
              ) : null}
            </Panel>
            <div className="side">
              {selected && (
                <Panel title={selected.label} id="selected">
                  <p>{selected.company || 'No company'}</p>
                  {!selected.id.startsWith('member:') && selected.label !== 'you' && <Link to={`/contacts/${encodeURIComponent(selected.id)}`}>Open contact</Link>}
                  {selected.company && (
                    <p>
                      <Link to={`/network${query({ company: selected.company })}`}>Warm paths to {selected.company}</Link>
                    </p>
                  )}
                </Panel>
              )}
              <Panel title={chosen ? `Warm paths to ${paths.data?.target.name ?? chosen}` : 'Warm paths'} id="paths">
                {!chosen ? (
                  <p>Choose a company above, or a company in the Target market page, to see who can introduce you.</p>
                ) : paths.loading ? (
                  <Loading what="warm paths" />
                ) : paths.error ? (
                  <Failure error={paths.error} what="Warm paths" onRetry={paths.reload} />
                ) : paths.data ? (
                  <PathList paths={paths.data} />
                ) : null}
              </Panel>
            </div>
          </div>
        </>
      )}
    </>
  );
}
