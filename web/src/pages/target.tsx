// Target market: the builder (suggestions from the network, pickers, live count), the YAML for those who prefer it,
// coverage per company × seniority, white space.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import type { CoverageResponse, TargetResponse } from '../api-types.ts';
import { CompanyPeople } from '../components/company-people.tsx';
import { MarketBuilder } from '../components/market-builder.tsx';
import { emptyState, stateFrom, type MarketSuggestion, type MarketVocabulary } from '../components/market-draft.ts';
import { coverageRow, CoverageHeatmap, HEATMAP_ROWS, senioritiesOf, type CoverageRow } from '../components/coverage-heatmap.tsx';
import { count, decimal, percent, strength } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, ErrorMessage, Failure, FreshnessNote, Loading } from '../components/states.tsx';
import { toApiError, useApi } from '../components/use-api.ts';
import { useWorkspace } from '../components/workspace.tsx';

/** A short start for a first market in YAML, when there is no saved market to edit. */
const STARTER = `name: My target market
threshold: 50
companies:
  - name: Example Corp
    tier: 1
functions: [Product Management]
seniorities: [Manager, Director]
locations: []
weights:
  company: 50
  function: 30
  seniority: 20
goals:
  inMarketConnections: 500
  coveredCompanies: 10
`;

interface Issue {
  line?: number;
  field?: string;
  reason?: string;
  message?: string;
}

function issuesOf(error: ApiError): Issue[] {
  const details = error.details as { issues?: Issue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

function BestDoor({ row }: { row: CoverageRow }) {
  if (!row.best) return <>{row.prospects > 0 ? `${count(row.prospects)} prospects, no tie yet` : '—'}</>;
  const label = [row.best.name, row.best.title].filter(Boolean).join(', ');
  const tie = row.best.strength !== undefined ? ` (tie ${strength(row.best.strength)})` : '';
  return row.best.contactId ? (
    <>
      <Link to={`/contacts/${encodeURIComponent(row.best.contactId)}`}>{label}</Link>
      {tie}
    </>
  ) : (
    <>
      {label}
      {tie}
    </>
  );
}

function Editor({ target, onSaved }: { target: TargetResponse | undefined; onSaved: () => void }) {
  const original = target?.active?.definition ?? (target as { example?: string } | undefined)?.example ?? STARTER;
  const [text, setText] = useState(original);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setText(original), [original]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const result = await api.put<{ name?: string; active?: { name: string } }>('/target', { definition: text });
      setSaved(`Saved and active: ${result?.active?.name ?? result?.name ?? 'your market'}. Coverage and fit are updated.`);
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(false);
    }
  }

  const issues = error ? issuesOf(error) : [];
  return (
    <form onSubmit={save} className="editor">
      <label htmlFor="definition">Definition (YAML): target companies with tiers, functions, seniorities, industries, places, keywords, weights, threshold, goals</label>
      <textarea
        id="definition"
        name="definition"
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        rows={Math.min(28, Math.max(12, text.split('\n').length + 1))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'definition-errors' : undefined}
      />
      <div className="form-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save and use this market'}
        </button>
        <button type="button" onClick={() => setText(original)} disabled={saving || text === original}>
          Revert changes
        </button>
      </div>
      {saved && (
        <p className="success" role="status">
          {saved}
        </p>
      )}
      {error && (
        <div id="definition-errors" className="error" role="alert">
          <p className="error-message">{issues.length > 0 ? 'The definition has problems; nothing was changed:' : error.message}</p>
          {issues.length > 0 && (
            <ul>
              {issues.map((issue, position) => (
                <li key={position}>
                  {issue.line !== undefined && <strong>line {issue.line}</strong>} {issue.field && <code>{issue.field}</code>} {issue.reason ?? issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

function CoverageSection({ version }: { version: number }) {
  const coverage = useApi<CoverageResponse>('/coverage', { acceptStale: true });
  const [chosen, setChosen] = useState<string | null>(null);
  const { reload } = coverage;
  // A saved market changes every company's coverage: fetch again.
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  if (coverage.loading && !coverage.data) return <Loading what="coverage" />;
  if (coverage.error) return <Failure error={coverage.error} what="Coverage" onRetry={coverage.reload} />;
  if (!coverage.data) return null;
  const companies = coverage.data.companies.map(coverageRow);
  const { whiteSpace } = coverage.data;
  const concentration = coverage.data.breadth;
  const levels = senioritiesOf(companies);
  const covered = companies.filter((company) => company.total > 0).length;
  const byName = new Map(companies.map((company) => [company.company, company]));
  const goal = coverage.data.goal;
  return (
    <>
      <FreshnessNote freshness={coverage.freshness} onReload={coverage.reload} />
      <div className="stats" role="group" aria-label="Coverage summary">
        <Stat label="target companies with a contact" value={`${covered} / ${companies.length}`} detail={goal ? `goal: ${count(goal)} covered` : undefined} />
        <Stat label="white-space companies" value={count(whiteSpace.length)} />
        <Stat label="share held by the top 5 companies" value={percent(concentration?.top5Share)} />
        <Stat label="effective companies (1/HHI)" value={decimal(concentration?.effectiveCompanies)} />
      </div>
      <Panel title="Heat map: contacts by company and seniority" id="heatmap">
        {companies.length === 0 ? (
          <p>Your market names no target companies: add some in the builder above.</p>
        ) : levels.length === 0 ? (
          <p>You are not connected to anyone at your {count(companies.length)} target companies yet: every one is white space (below).</p>
        ) : (
          <>
            <CoverageHeatmap companies={companies} />
            {companies.length > HEATMAP_ROWS && (
              <p className="muted small">
                The first {HEATMAP_ROWS} of {count(companies.length)} target companies (by tier, then most contacts); the table lists them all.
              </p>
            )}
          </>
        )}
      </Panel>
      <Panel title="Coverage by company" id="coverage">
        <p className="muted small">Connected contacts at each target company by seniority. Choose a company's count to see who works there.</p>
        <div className="table-wrap">
          <table className="data coverage-table">
            <caption className="visually-hidden">Contacts at each target company by seniority, with the best door in</caption>
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col">Tier</th>
                <th scope="col" className="num">
                  Contacts
                </th>
                <th scope="col" className="num">
                  Prospects
                </th>
                <th scope="col">Best door in</th>
                {levels.map((level) => (
                  <th scope="col" className="num" key={level}>
                    {level}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {companies.map((company) => (
                <tr key={company.company} className={company.total === 0 ? 'white-space' : undefined}>
                  <th scope="row">
                    <Link to={`/network?company=${encodeURIComponent(company.company)}`}>{company.company}</Link>
                  </th>
                  <td>{company.tier ?? '—'}</td>
                  <td className="num">
                    {company.total + company.prospects > 0 ? (
                      <button type="button" className="link-button" aria-pressed={chosen === company.company} aria-label={`${count(company.total)} contacts at ${company.company}: show who works there`} onClick={() => setChosen(chosen === company.company ? null : company.company)}>
                        {count(company.total)}
                      </button>
                    ) : (
                      count(company.total)
                    )}
                  </td>
                  <td className="num">{count(company.prospects)}</td>
                  <td className="door">
                    <BestDoor row={company} />
                  </td>
                  {levels.map((level) => (
                    <td className="num" key={level}>
                      {company.bySeniority?.[level] ? count(company.bySeniority[level]) : ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {chosen && <CompanyPeople key={chosen} company={chosen} onClose={() => setChosen(null)} />}
      </Panel>
      <Panel title="White space" id="white-space">
        {whiteSpace.length === 0 ? (
          <p>You know someone at every target company.</p>
        ) : (
          <>
            <p>Target companies where you know nobody yet: invite the prospects you have there, add prospects, or ask a teammate to pool their network.</p>
            <ul className="chips">
              {whiteSpace.map((name) => {
                const row = byName.get(name);
                const details = [row?.tier !== null && row?.tier !== undefined ? `tier ${row.tier}` : '', row?.prospects ? `${count(row.prospects)} prospect${row.prospects === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
                return (
                  <li key={name}>
                    {name}
                    {details && <span className="muted small"> ({details})</span>}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Panel>
    </>
  );
}

export default function TargetPage() {
  const target = useApi<TargetResponse>('/target');
  const suggestion = useApi<MarketSuggestion>('/target/suggestion');
  const vocabulary = useApi<MarketVocabulary>('/target/vocabulary');
  const workspace = useWorkspace();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const hasMarket = Boolean(target.data?.active);
  const noContacts = workspace.data?.contacts === 0;
  const active = target.data?.active?.market as Record<string, unknown> | undefined;
  const draft = suggestion.data?.draft as Record<string, unknown> | null | undefined;
  const ready = (target.data || target.error) && (suggestion.data || suggestion.error);
  const afterSave = (message: string | null) => {
    setSaved(message);
    setVersion((value) => value + 1);
    target.reload();
    workspace.reload();
  };
  return (
    <>
      <PageHeader title="Target market">
        <p>Quantity wins inside your market. Define it here; fit, coverage and every plan follow from it.</p>
      </PageHeader>
      {noContacts && !hasMarket && (
        <EmptyState title="No target market yet" action={{ to: '/import', label: 'Import your network' }}>
          <p>Import your network first: the builder then suggests your market from the companies, roles and places your contacts share. You can also build one by hand below.</p>
        </EmptyState>
      )}
      <Panel title={target.data?.active ? `Market: ${target.data.active.name}` : 'Define your market'} id="builder-panel">
        {!ready ? (
          <Loading what="your market and suggestions from your network" />
        ) : target.error && !target.error.unavailable ? (
          <ErrorMessage error={target.error} onRetry={target.reload} />
        ) : (
          <>
            {!hasMarket && !noContacts && (
              <p>
                No target market yet.{' '}
                {draft && suggestion.data
                  ? `Here is one suggested from your ${suggestion.data.contacts.toLocaleString('en')} contacts: the companies, roles and places most of them share, and your own profile. Change anything; the count follows. Save it when it looks right.`
                  : 'Choose the companies, roles and places you aim at; the count follows. Save it when it looks right.'}
              </p>
            )}
            {saved && (
              <p className="success" role="status">
                {saved}
              </p>
            )}
            <MarketBuilder
              // A market saved as YAML below starts the builder again from it.
              key={target.data?.active?.definition ?? 'none'}
              initial={active ? stateFrom(active) : draft ? stateFrom(draft) : emptyState()}
              suggestion={suggestion.data}
              vocabulary={vocabulary.data}
              onEdit={() => setSaved(null)}
              onSaved={(name) => afterSave(`Saved and active: ${name}. Fit, coverage and every plan now follow it.`)}
            />
          </>
        )}
      </Panel>
      <details className="panel yaml-editor">
        <summary>Edit as YAML (the same file the command line reads)</summary>
        {target.data && <Editor target={target.data} onSaved={() => afterSave(null)} />}
      </details>
      {hasMarket ? (
        <CoverageSection version={version} />
      ) : (
        !target.loading && <EmptyState title="Coverage appears once your market is saved">Each target company, who you know there by seniority, and the white space.</EmptyState>
      )}
    </>
  );
}
