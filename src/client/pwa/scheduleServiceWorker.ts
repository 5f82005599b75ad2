/**
 * Starts the service worker as soon as the app is usable (`<html data-app-state>` is set by
 * the first screen), or at the page's load if that comes first: the first visit's bytes and
 * CPU go to showing the app, then the worker precaches the rest while the person reads the
 * first screen. Waiting for the load event and an idle moment instead cost a first visit over
 * geo-sat a second or more before the precache even started.
 *
 * The registration code is in the shell's own file (a static import, 3 KB with workbox-window):
 * an `import()` here would cost a round trip (600 ms over geo-sat) before the worker's script
 * is even asked for.
 *
 * Not in development (`vite` serves no worker), nor where the browser has none (plain
 * http on a LAN address is not a secure context: the app then works online only).
 */
import { registerServiceWorker } from './registerServiceWorker';

export function scheduleServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  let tries = 0;
  const start = () => {
    registerServiceWorker().catch((error: unknown) => {
      console.error('Service worker registration failed', error);
      // The link dropped during the first visit (sw.js could not be fetched): try again when
      // it is back, else the laptop stays "not ready offline".
      tries += 1;
      if (!navigator.onLine) window.addEventListener('online', start, { once: true });
      else window.setTimeout(start, Math.min(60_000, 2_000 * 2 ** tries));
    });
  };
  whenAppUsableOrLoaded(start);
}

/** Calls `then` once: when the first screen marks the document, or after the load event. */
function whenAppUsableOrLoaded(then: () => void): void {
  const root = document.documentElement;
  let isStarted = false;
  const startOnce = () => {
    if (isStarted) return;
    isStarted = true;
    observer.disconnect();
    window.removeEventListener('load', startOnce);
    then();
  };
  const observer = new MutationObserver(() => {
    if (root.dataset.appState) startOnce();
  });
  if (root.dataset.appState || document.readyState === 'complete') {
    startOnce();
    return;
  }
  observer.observe(root, { attributes: true, attributeFilter: ['data-app-state'] });
  window.addEventListener('load', startOnce, { once: true });
}
