/**
 * The school's logins as the server has them, for the head's People screen: loaded when the
 * laptop is online (again when it comes back), replaced row by row after each action so the
 * table never waits for a second round trip over a satellite link.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PersonAccount } from '@/sync/peopleMessages';
import { useConnectivityStore } from '../stores/connectivityStore';
import { headAccountCalls, PeopleCallError, type HeadAccountCalls } from './headAccounts';
import { PeopleFailure } from './peopleRequest';

export type HeadAccountsState =
  | { readonly status: 'offline' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly accounts: readonly PersonAccount[] }
  | { readonly status: 'failed'; readonly failure: PeopleFailure };

export function useHeadAccounts(headUserId: string): {
  state: HeadAccountsState;
  calls: HeadAccountCalls;
  reload: () => void;
  /** Puts the account the server answered with in place of the old one (or adds it). */
  remember: (account: PersonAccount) => void;
} {
  const isOnline = useConnectivityStore((s) => s.isOnline);
  const calls = useMemo(() => headAccountCalls(headUserId), [headUserId]);
  const [state, setState] = useState<HeadAccountsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!isOnline) {
      setState({ status: 'offline' });
      return;
    }
    let isCurrent = true;
    setState({ status: 'loading' });
    calls.readAccounts().then(
      (accounts) => isCurrent && setState({ status: 'ready', accounts }),
      (error: unknown) => {
        if (!isCurrent) return;
        const failure = error instanceof PeopleCallError ? error.failure : PeopleFailure.serverError;
        setState(failure === PeopleFailure.noConnection ? { status: 'offline' } : { status: 'failed', failure });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [calls, isOnline, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const remember = useCallback(
    (account: PersonAccount) =>
      setState((s) => (s.status === 'ready' ? { status: 'ready', accounts: [...s.accounts.filter((a) => a.id !== account.id), account] } : s)),
    [],
  );
  return { state, calls, reload, remember };
}
