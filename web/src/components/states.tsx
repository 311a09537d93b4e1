// Loading, error and empty states: every page says what is happening and, when empty, what to do first.
import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { Link } from './router.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  return (
    <div className="error" role="alert">
      <p className="error-message">{error.message}</p>
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

/** What a page shows when its data cannot load: an empty state for a route this server lacks, else the error. */
export function Failure({ error, what, onRetry }: { error: ApiError; what: string; onRetry?: () => void }) {
  if (error.unavailable) {
    return (
      <EmptyState title={`${what} is not available on this server yet`}>
        <p>This Referable server does not offer it yet ({error.message.replace(/;.*$/, '')}).</p>
      </EmptyState>
    );
  }
  return <ErrorMessage error={error} onRetry={onRetry} />;
}
