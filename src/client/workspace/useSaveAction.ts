/**
 * The one save state of every form and field: running (buttons wait), done (a short "saved"
 * status) or refused (the error, for `WriteProblems` or a field's own message). Writes go
 * to this laptop's database and return in milliseconds; the network is never waited on.
 * `run` never throws: it answers whether the save was stored.
 */
import { useCallback, useState } from 'react';

export type SaveState = { readonly status: 'idle' | 'saving' | 'saved' } | { readonly status: 'failed'; readonly error: unknown };

export function useSaveAction(): {
  state: SaveState;
  error: unknown;
  isSaving: boolean;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
} {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setState({ status: 'saving' });
    try {
      await action();
      setState({ status: 'saved' });
      return true;
    } catch (error) {
      setState({ status: 'failed', error });
      return false;
    }
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, error: state.status === 'failed' ? state.error : undefined, isSaving: state.status === 'saving', run, reset };
}
