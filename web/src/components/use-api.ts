// Loads one API resource for a component: data, the error with its message, and a reload after a change.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { untilFresh } from './until-fresh.ts';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /**
   * With `acceptStale`: the data shown is the last computed while the server computes the current one (asked again
   * shortly: `updating`), or still so after the last ask (`behind`).
   */
  freshness: 'fresh' | 'updating' | 'behind';
}

export interface UseApiOptions {
  /**
   * Take the server's last computed answer at once while it computes the current one (a server started just after a
   * change), then ask again until fresh, replacing it: for costly reads like the market report. 'first load': only
   * before the first reload (a reload follows the user's own change, whose result they expect to see at once).
   */
  acceptStale?: boolean | 'first load';
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'ERROR', (error as Error)?.message ?? String(error));
}

/** `path` null waits (e.g. until the user picks something). */
export function useApi<T>(path: string | null, options: UseApiOptions = {}): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean; freshness: Resource<T>['freshness'] }>({ loading: path !== null, freshness: 'fresh' });
  const [version, setVersion] = useState(0);
  const acceptStale = options.acceptStale === true || (options.acceptStale === 'first load' && version === 0);
  useEffect(() => {
    if (path === null) {
      setState({ loading: false, freshness: 'fresh' });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true, freshness: previous.freshness }));
    const loaded = acceptStale
      ? untilFresh(
          () => api.getAcceptingStale<T>(path, controller.signal),
          (answer, retrying) => {
            if (!controller.signal.aborted) setState({ data: answer.data, loading: false, freshness: answer.stale ? (retrying ? 'updating' : 'behind') : 'fresh' });
          },
          { signal: controller.signal },
        )
      : api.get<T>(path, controller.signal).then((data) => setState({ data, loading: false, freshness: 'fresh' }));
    loaded.catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') setState({ error: toApiError(error), loading: false, freshness: 'fresh' });
    });
    return () => controller.abort();
  }, [path, version, acceptStale]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, freshness: state.freshness };
}
