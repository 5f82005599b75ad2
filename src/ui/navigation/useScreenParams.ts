/**
 * A screen's own state in the address after `?` (`#/today?date=2026-11-24&session=…`), so
 * a reload, the back button and a shared laptop's next user land where they were. Read
 * and written only here; the screen itself is still chosen by `useRequestedScreen`.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function queryOf(hash: string): string {
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

function currentQuery(): string {
  return queryOf(window.location.hash);
}

/** The address of `screen` with these parameters (empty values left out). */
export function screenAddress(screen: string, params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const query = search.toString();
  return `#/${screen}${query ? `?${query}` : ''}`;
}

export interface ScreenParams {
  readonly get: (key: string) => string | undefined;
  /** Changes some parameters; `replace` keeps the back button's history as it is. */
  readonly set: (patch: Readonly<Record<string, string | undefined>>, options?: { replace?: boolean }) => void;
  /** The current screen's address with a patch applied, for links. */
  readonly href: (patch: Readonly<Record<string, string | undefined>>) => string;
}

export function useScreenParams(): ScreenParams {
  const query = useSyncExternalStore(subscribe, currentQuery, () => '');
  const values = useMemo(() => Object.fromEntries(new URLSearchParams(query)) as Record<string, string>, [query]);
  const href = useCallback(
    (patch: Readonly<Record<string, string | undefined>>) => {
      const screen = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
      return screenAddress(screen, { ...values, ...patch });
    },
    [values],
  );
  const set = useCallback(
    (patch: Readonly<Record<string, string | undefined>>, options: { replace?: boolean } = {}) => {
      const next = href(patch);
      if (next === window.location.hash) return;
      if (options.replace) {
        history.replaceState(history.state, '', next);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      } else {
        window.location.hash = next;
      }
    },
    [href],
  );
  return { get: (key) => values[key], set, href };
}
