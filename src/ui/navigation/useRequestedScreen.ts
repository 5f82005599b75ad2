/**
 * The screen named in the address, `#/<screen>`. A hash rather than a path: every address
 * is then the same document, which the service worker always has, online or not, and a
 * server that knows nothing of the app's routes can still serve it. A screen may keep its
 * own state after a `?` (`#/today?date=2026-11-24&session=…`), so a reload reopens it.
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function requestedScreen(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

export function useRequestedScreen(): string {
  return useSyncExternalStore(subscribe, requestedScreen, () => '');
}

export function screenHref(screen: string): string {
  return `#/${screen}`;
}
