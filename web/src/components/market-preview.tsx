// The builder's live count: the draft is sent for scoring (nothing saved) a moment after the user stops editing.
import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { count, percent } from './format.ts';
import type { MarketDraft, MarketDraftPreview, MarketIssue } from './market-draft.ts';
import { toApiError } from './use-api.ts';

/** Long enough that typing a company name sends one request, short enough to feel live. */
export const PREVIEW_DEBOUNCE_MS = 300;

export interface PreviewState {
  result: MarketDraftPreview | null;
  pending: boolean;
  failure: string | null;
}

/** The preview of the latest draft; answers to older drafts that arrive late are dropped. */
export function useDraftPreview(draft: MarketDraft | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ result: null, pending: draft !== null, failure: null });
  const key = draft ? JSON.stringify(draft) : '';
  useEffect(() => {
    if (!key) return;
    let current = true;
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      api
        .post<MarketDraftPreview>('/target/preview', { market: JSON.parse(key) as MarketDraft })
        .then((result) => current && setState({ result, pending: false, failure: null }))
        .catch((error: unknown) => current && setState((previous) => ({ ...previous, pending: false, failure: toApiError(error).message })));
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}

const DIMENSION_LABEL: Record<string, string> = { company: 'target companies', function: 'functions', seniority: 'seniorities', industry: 'industries', location: 'places', keywords: 'keywords' };

export function IssueList({ issues, id }: { issues: readonly MarketIssue[]; id?: string }) {
  return (
    <ul id={id} className="issues">
      {issues.map((issue, position) => (
        <li key={position}>
          {issue.field && <code>{issue.field}</code>} {issue.reason}
        </li>
      ))}
    </ul>
  );
}

export function PreviewPanel({ state }: { state: PreviewState }) {
  const preview = state.result?.preview;
  const issues = state.result?.issues ?? [];
  return (
    <div className="market-preview" aria-live="polite" aria-busy={state.pending}>
      {preview ? (
        <>
          <p className="preview-count">
            <strong data-testid="preview-in-market">{count(preview.inMarket)}</strong> of {count(preview.connections)} connections in market{' '}
            <span className="muted">({percent(preview.inMarketShare)})</span>
          </p>
          <p className="muted small">
            {percent(preview.goalProgress)} of your goal of {count(preview.goal)}
            {preview.targetCompanies > 0 && `; ${preview.coveredCompanies} of ${preview.targetCompanies} target companies covered`}
            {preview.inMarketProspects > 0 && `; ${count(preview.inMarketProspects)} prospects would be in market too`}.
          </p>
          <ul className="plain-list small">
            {Object.entries(preview.matches)
              .filter(([, matched]) => matched > 0)
              .map(([dimension, matched]) => (
                <li key={dimension}>
                  {count(matched)} connections match your {DIMENSION_LABEL[dimension] ?? dimension}
                </li>
              ))}
          </ul>
        </>
      ) : issues.length > 0 ? (
        <>
          <p>Not a market yet; fix these to see the count:</p>
          <IssueList issues={issues} />
        </>
      ) : (
        <p className="muted">{state.failure ?? 'Counting…'}</p>
      )}
      {state.pending && preview && <p className="muted small">Updating…</p>}
    </div>
  );
}
