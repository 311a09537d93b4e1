// Loading, error and empty states: every page says what is happening and, when empty, what to do first.
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { Link } from './router.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  // The server's step to resolve it, as a button to its page (its CLI command is for the terminal).
  const action = error instanceof ApiError ? error.action : undefined;
  return (
    <div className="error" role="alert">
      <p className="error-message">{error.message}</p>
      {action?.link && (
        <p>
          <Link className="button" to={action.link}>
            {action.text}
          </Link>
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: { to: string; label: string } }) {
  return (
    <div className="empty">
      <h3>{title}</h3>
      {children}
      {action && (
        <p>
          <Link className="button primary" to={action.to}>
            {action.label}
          </Link>
        </p>
      )}
    </div>
  );
}

/** What is missing before a page can show anything: the network, or the market. */
export type Prerequisite = 'network' | 'market';

/**
 * Errors that only mean "do this first" (the server says there is nothing imported yet, or no target market): they are
 * the next step, not a failure, so the page shows the step as a button instead of the server's words.
 */
export function prerequisiteOf(error: ApiError): Prerequisite | null {
  if (error.code !== 'NOT_FOUND') return null;
  if (error.action?.link === '/import') return 'network';
  if (error.action?.link === '/target') return 'market';
  return null;
}

/** The next step as a button: import the network, or define the market in the builder. */
export function NextStep({ needs, what }: { needs: Prerequisite; what: string }) {
  return needs === 'network' ? (
    <EmptyState title="Start by importing your network" action={{ to: '/import', label: 'Import your network' }}>
      <p>{what} comes from your contacts: import your LinkedIn export (or an address book) first.</p>
    </EmptyState>
  ) : (
    <EmptyState title="Define your market first" action={{ to: '/target', label: 'Define your market' }}>
      <p>{what} counts people inside your target market. The builder suggests one from your own network; save it and this fills in.</p>
    </EmptyState>
  );
}

/** What a page shows when its data cannot load: the next step, an empty state for a route this server lacks, else the error. */
export function Failure({ error, what, onRetry }: { error: ApiError; what: string; onRetry?: () => void }) {
  const needs = prerequisiteOf(error);
  if (needs) return <NextStep needs={needs} what={what} />;
  // A coach's account on a multi-user server has no network of its own: their pages are the cohort's.
  if (error.code === 'NOT_FOUND' && /you have no workspace yet/.test(error.message)) {
    return (
      <EmptyState title="No network of your own here" action={{ to: '/cohort', label: 'Open the cohort page' }}>
        <p>Your account has no workspace: you coach or run cohorts. {what} belongs to a job seeker's own network.</p>
      </EmptyState>
    );
  }
  if (error.unavailable) {
    return (
      <EmptyState title={`${what} is not available on this server yet`}>
        <p>This Referable server does not offer it yet ({error.message.replace(/;.*$/, '')}).</p>
      </EmptyState>
    );
  }
  return <ErrorMessage error={error} onRetry={onRetry} />;
}

/**
 * Said quietly above numbers the server answered from its last computation while it computes the current ones (a
 * server started just after a change): they are replaced when the fresh ones arrive.
 */
export function FreshnessNote({ freshness, onReload }: { freshness: 'fresh' | 'updating' | 'behind'; onReload: () => void }) {
  if (freshness === 'fresh') return null;
  if (freshness === 'updating')
    return (
      <p className="muted small freshness" role="status" aria-live="polite">
        updating…
      </p>
    );
  return (
    <p className="muted small freshness" role="status" aria-live="polite">
      These numbers are from before your latest change; the server is still computing the new ones.{' '}
      <button type="button" onClick={onReload}>
        Check again
      </button>
    </p>
  );
}
