import type { Page } from 'playwright-core';

/** A view that never shows is a failure, not a hang. */
const VIEW_TIMEOUT_MS = 60_000;

/** When a view is ready: `count` elements match `selector`, or the first has `text`, or any matches. */
export interface ViewReady {
  readonly selector: string;
  readonly count?: number;
  readonly text?: string;
}

/**
 * Milliseconds, in the page, from setting the address to the view being ready (watched by
 * a MutationObserver). The script is a string: tsx would wrap a function's inner helpers
 * in a `__name` call the page does not have.
 */
export async function timeInPage(page: Page, hash: string, ready: ViewReady): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const ready = ${JSON.stringify(ready)};
    const isReady = () => {
      const found = document.querySelectorAll(ready.selector);
      if (ready.text !== undefined) return found[0]?.textContent === ready.text;
      return ready.count !== undefined ? found.length === ready.count : found.length > 0;
    };
    setTimeout(() => reject(new Error('not ready after ${VIEW_TIMEOUT_MS} ms: ' + ready.selector)), ${VIEW_TIMEOUT_MS});
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.location.hash = ${JSON.stringify(hash)};
  })`);
}
