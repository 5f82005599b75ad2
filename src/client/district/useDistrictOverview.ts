/**
 * The district's view's data: the overview stored on this laptop shown at once, replaced by a
 * fresh one from the server whenever the laptop is (or comes back) online. While some
 * schools' figures are still being computed on the server, it asks again a little later.
 */
import { useCallback, useEffect, useState } from 'react';
import { useConnectivityStore } from '../stores/connectivityStore';
import { readStoredOverview, refreshOverview } from './districtOverview';
import type { OverviewFailure } from './fetchOverview';
import type { StoredOverview } from './lastOverviewStore';

export interface DistrictOverviewState {
  /** The figures shown: the freshest this laptop has; undefined before any arrived. */
  readonly stored: StoredOverview | undefined;
  readonly status: 'loading' | 'fresh' | 'offline' | 'failed';
  readonly failure?: OverviewFailure | undefined;
}

/** How soon to ask again while the server is still computing some schools' figures. */
const RECOMPUTING_RETRY_MS = 5_000;

export function useDistrictOverview(userId: string, yearStart: number | undefined): DistrictOverviewState & { reload: () => void } {
  const isOnline = useConnectivityStore((s) => s.isOnline);
  const [state, setState] = useState<DistrictOverviewState>({ stored: undefined, status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void readStoredOverview(userId).then(
      (stored) => isCurrent && stored && setState((s) => (s.stored && s.stored.receivedAt >= stored.receivedAt ? s : { ...s, stored })),
      () => undefined,
    );
    if (!isOnline) setState((s) => ({ ...s, status: 'offline' }));
    else {
      setState((s) => ({ ...s, status: 'loading' }));
      void refreshOverview(userId, yearStart).then((result) => {
        if (!isCurrent) return;
        if (result.ok) {
          setState({ stored: result.stored, status: 'fresh' });
          if (result.stored.overview.schools.some((s) => !s.current)) retry = setTimeout(() => setGeneration((g) => g + 1), RECOMPUTING_RETRY_MS);
        } else setState((s) => ({ ...s, status: result.failure === 'noConnection' ? 'offline' : 'failed', failure: result.failure }));
      });
    }
    return () => {
      isCurrent = false;
      if (retry) clearTimeout(retry);
    };
  }, [userId, yearStart, isOnline, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
