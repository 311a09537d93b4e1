// A button's write to the API: busy while it runs, the error with its message if it fails, then a refresh.
import { useState } from 'react';
import type { ApiError } from '../api.ts';
import { toApiError } from './use-api.ts';

export function useAction() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(work: () => Promise<unknown>, then: () => void) {
    setBusy(true);
    setError(null);
    try {
      await work();
      then();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, act };
}
