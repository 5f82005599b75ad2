/**
 * When is the shell usable? The shell sets `<html data-app-state="ready">` (the contract
 * with the app shell). An init script watches for it from the first byte of the page and
 * reports `performance.now()` at that moment (milliseconds since the navigation started)
 * through a binding, which travels over the DevTools pipe, not through the emulated link.
 * The caller's `onSignal` runs at once, so it can read the link's byte counters at the
 * moment the shell became usable.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const READY_SELECTOR = 'html[data-app-state="ready"]';
const BINDING = '__sandyqShellReady';

// Watches only the root element's `data-app-state`: a watch over the whole document's subtree
// ran on every node the app inserted and cost the measured page ~20 ms of its own start.
const INIT_SCRIPT = `(() => {
  let isReported = false;
  const check = () => {
    if (isReported || document.documentElement?.dataset.appState !== 'ready') return;
    isReported = true;
    window.${BINDING}(performance.now());
  };
  const watchRoot = () => {
    new MutationObserver(check).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app-state'] });
    check();
  };
  if (document.documentElement) {
    watchRoot();
    return;
  }
  const waitForRoot = new MutationObserver(() => {
    if (!document.documentElement) return;
    waitForRoot.disconnect();
    watchRoot();
  });
  waitForRoot.observe(document, { childList: true });
})();`;

export interface ShellReadyWatch {
  /** Resolves with the ready time of the next page load, or undefined after `timeoutMs`. */
  next(timeoutMs: number, onSignal?: () => void): { ready: Promise<number | undefined> };
}

export async function watchShellReady(context: BrowserContext): Promise<ShellReadyWatch> {
  let pending: ((ms: number) => void) | undefined;
  await context.exposeBinding(BINDING, (_source, ms: number) => {
    const resolve = pending;
    pending = undefined;
    resolve?.(ms);
  });
  await context.addInitScript(INIT_SCRIPT);
  return {
    next(timeoutMs, onSignal) {
      const ready = new Promise<number | undefined>((resolve) => {
        const timer = setTimeout(() => {
          pending = undefined;
          resolve(undefined);
        }, timeoutMs);
        pending = (ms) => {
          onSignal?.();
          clearTimeout(timer);
          resolve(ms);
        };
      });
      return { ready };
    },
  };
}

/** The load event's time, for a build whose shell does not set the ready marker yet. */
export async function loadEventTime(page: Page): Promise<number> {
  return page.evaluate<number>("performance.getEntriesByType('navigation')[0]?.loadEventEnd || performance.now()");
}
