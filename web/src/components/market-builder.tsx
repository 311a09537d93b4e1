// The market builder: starts from the saved market or from the network's suggestions, edits every dimension with
// pickers, shows the live in-market count, and saves through the same schema as `referable target set`.
import { useMemo, useState, type FormEvent } from 'react';
import { api, type ApiError } from '../api.ts';
import { count } from './format.ts';
import { draftOf, DIMENSIONS, weightTotal, type BuilderCompany, type BuilderState, type Candidate, type Dimension, type ListField, type MarketIssue, type MarketSuggestion, type MarketVocabulary } from './market-draft.ts';
import { Picker } from './market-picker.tsx';
import { IssueList, PreviewPanel, useDraftPreview } from './market-preview.tsx';
import { toApiError } from './use-api.ts';
import './market-builder.css';

const TIER_LABEL = { 1: 'tier 1: dream company', 2: 'tier 2', 3: 'tier 3: would be nice' } as const;
const WEIGHT_LABEL: Record<Dimension, string> = { company: 'Company', function: 'Function', seniority: 'Seniority', industry: 'Industry', location: 'Place', keywords: 'Keywords' };

function issuesOf(error: ApiError): MarketIssue[] {
  const details = error.details as { issues?: MarketIssue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

function Companies({ companies, suggestions, connections, onChange }: { companies: BuilderCompany[]; suggestions: readonly Candidate[]; connections: Record<string, number> | undefined; onChange: (companies: BuilderCompany[]) => void }) {
  const [name, setName] = useState('');
  const named = new Set(companies.map((company) => company.name.toLowerCase()));
  const open = suggestions.filter((candidate) => !candidate.yours && !named.has(candidate.value.toLowerCase())).slice(0, 8);
  const add = (value: string, tier: 1 | 2 | 3 = 1) => {
    const text = value.trim();
    if (!text || named.has(text.toLowerCase())) return;
    onChange([...companies, { name: text, tier }]);
    setName('');
  };
  // The preview counts connections at every named company (any spelling); suggestions count contacts until it answers.
  const counts = new Map(suggestions.map((candidate) => [candidate.value.toLowerCase(), candidate.count]));
  const countAt = (name: string) => connections ? (connections[name] ?? 0) : counts.get(name.toLowerCase());
  return (
    <fieldset className="picker companies-picker">
      <legend>Target companies</legend>
      <p className="muted small">Tier 1 earns the full company points, tier 2 70%, tier 3 40%.</p>
      {companies.length === 0 ? (
        <p className="muted small">None chosen: fit then leaves companies out.</p>
      ) : (
        <ul className="company-rows">
          {companies.map((company, index) => (
            <li key={company.name}>
              <span className="company-name">{company.name}</span>
              {countAt(company.name) !== undefined && <span className="muted small"> {count(countAt(company.name))} {connections ? 'connections' : 'contacts'}</span>}
              <label className="visually-hidden" htmlFor={`tier-${index}`}>
                Tier of {company.name}
              </label>
              <select id={`tier-${index}`} value={company.tier} onChange={(event) => onChange(companies.map((item, at) => (at === index ? { ...item, tier: Number(event.target.value) as 1 | 2 | 3 } : item)))}>
                {([1, 2, 3] as const).map((tier) => (
                  <option key={tier} value={tier}>
                    {TIER_LABEL[tier]}
                  </option>
                ))}
              </select>
              <button type="button" className="chip-remove" aria-label={`Remove ${company.name}`} onClick={() => onChange(companies.filter((_, at) => at !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && (
        <div className="suggested">
          <span className="muted small">Where your contacts work:</span>
          <ul className="chips">
            {open.map((candidate) => (
              <li key={candidate.value}>
                {/* The name read aloud is the visible text plus hidden words, so it starts with what sighted users see. */}
                <button type="button" className="chip-add" onClick={() => add(candidate.value, 2)}>
                  <span aria-hidden="true">+ </span>
                  <span className="visually-hidden">Add </span>
                  {candidate.value} <span className="count">{candidate.count}<span className="visually-hidden"> contacts</span></span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="picker-search">
        <label htmlFor="company-name" className="visually-hidden">
          Add a company
        </label>
        <input
          id="company-name"
          value={name}
          placeholder="Add a company by name…"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(name);
            }
          }}
        />
        <button type="button" onClick={() => add(name)} disabled={!name.trim()}>
          Add company
        </button>
      </div>
    </fieldset>
  );
}

export interface BuilderProps {
  initial: BuilderState;
  suggestion: MarketSuggestion | undefined;
  vocabulary: MarketVocabulary | undefined;
  /** Called on the first change after a save (the page clears its "saved" message). */
  onEdit: () => void;
  onSaved: (name: string) => void;
}

export function MarketBuilder({ initial, suggestion, vocabulary, onEdit, onSaved }: BuilderProps) {
  const [state, setState] = useState<BuilderState>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const draft = useMemo(() => draftOf(state), [state]);
  const preview = useDraftPreview(draft);
  const industryPaths = useMemo(() => new Map((vocabulary?.industries ?? []).map((industry) => [industry.label, industry.path.slice(0, -1).join(' › ')])), [vocabulary]);
  const industryOptions = useMemo(() => [...new Set((vocabulary?.industries ?? []).flatMap((industry) => industry.path))], [vocabulary]);
  const candidates = suggestion?.candidates;
  const set = <K extends keyof BuilderState>(key: K, value: BuilderState[K]) => {
    onEdit();
    setState((previous) => ({ ...previous, [key]: value }));
  };
  const setList = (field: ListField) => (values: string[]) => set(field, values);
  const total = weightTotal(state);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const result = await api.put<{ name: string }>('/target/market', { market: draft });
      onSaved(result.name);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(false);
    }
  }

  const issues = error ? issuesOf(error) : [];
  return (
    <form className="market-builder" onSubmit={save} aria-describedby={error ? 'builder-errors' : undefined}>
      <div className="builder-layout">
        <div className="builder-fields">
          <div className="form-row">
            <label htmlFor="market-name">Name</label>
            <input id="market-name" value={state.name} onChange={(event) => set('name', event.target.value)} required maxLength={200} />
          </div>
          <Companies companies={state.companies} suggestions={candidates?.companies ?? []} connections={preview.result?.preview?.companyConnections} onChange={(companies) => set('companies', companies)} />
          <Picker label="Functions" hint="LinkedIn's 26 job functions." selected={state.functions} onChange={setList('functions')} suggestions={candidates?.functions} options={vocabulary?.functions} />
          <Picker label="Seniorities" hint="One level off still earns half the points." selected={state.seniorities} onChange={setList('seniorities')} suggestions={candidates?.seniorities} options={vocabulary?.seniorities} shown={10} />
          <Picker label="Industries" hint="LinkedIn industries; a parent covers its children." selected={state.industries} onChange={setList('industries')} suggestions={candidates?.industries} options={industryOptions} describe={(option) => industryPaths.get(option) || undefined} />
          <Picker label="Places" hint="Matched as words in a contact's location." selected={state.locations} onChange={setList('locations')} suggestions={candidates?.locations} />
          <Picker label="Keywords" hint="Words looked for in titles and company names." selected={state.keywords} onChange={setList('keywords')} />
          <fieldset className="weights">
            <legend>Points per dimension</legend>
            <p className={total === 100 ? 'muted small' : 'small warning'}>
              They add up to {count(total)}
              {total === 100 ? '.' : '; they must add up to 100.'} Dimensions with nothing chosen are left out and the others scaled to 100.
            </p>
            <div className="weight-grid">
              {DIMENSIONS.map((dimension) => (
                <label key={dimension}>
                  {WEIGHT_LABEL[dimension]}
                  <input type="number" min={0} max={100} value={state.weights[dimension]} onChange={(event) => set('weights', { ...state.weights, [dimension]: Number(event.target.value) })} />
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-row threshold-row">
            <label htmlFor="market-threshold">In market at a fit of</label>
            <input id="market-threshold" type="number" min={0} max={100} value={state.threshold} onChange={(event) => set('threshold', Number(event.target.value))} />
            <label htmlFor="market-goal">Goal: in-market connections</label>
            <input id="market-goal" type="number" min={0} value={state.goal} onChange={(event) => set('goal', Number(event.target.value))} />
          </div>
        </div>
        <aside className="builder-preview" aria-label="Preview">
          <h3>Who this market takes in</h3>
          <PreviewPanel state={preview} />
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save market'}
          </button>
          {error && (
            <div id="builder-errors" className="error" role="alert">
              <p className="error-message">{issues.length > 0 ? 'The market has problems; nothing was changed:' : error.message}</p>
              {issues.length > 0 && <IssueList issues={issues} />}
            </div>
          )}
        </aside>
      </div>
    </form>
  );
}
