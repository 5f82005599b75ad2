/**
 * Starts the service worker once the page has loaded and the browser is idle: the first
 * visit's bytes and CPU go to showing the app, then the worker precaches the rest.
 * Not in development (`vite` serves no worker), nor where the browser has none (plain
 * http on a LAN address is not a secure context: the app then works online only).
 */
export function scheduleServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  let tries = 0;
  const start = () => {
    import('./registerServiceWorker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .catch((error: unknown) => {
        console.error('Service worker registration failed', error);
        // The link dropped during the first visit (sw.js or the app's chunk could not be
        // fetched): try again when it is back, else the laptop stays "not ready offline".
        tries += 1;
        if (!navigator.onLine) window.addEventListener('online', start, { once: true });
        else window.setTimeout(start, Math.min(60_000, 2_000 * 2 ** tries));
      });
  };
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
