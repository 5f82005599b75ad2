/**
 * The page's service worker, seen from inside the page: has one registered, is it active
 * (its install, which downloads the precache, is done), does it control the page.
 *
 * The page code is kept as source text: tsx compiles functions with a `__name` helper that
 * does not exist in the page, so functions handed to `page.evaluate` would fail there.
 */
import type { Page } from 'playwright-core';

const ACTIVE_SERVICE_WORKER = `async ([registerTimeout, activeTimeout]) => {
  if (!('serviceWorker' in navigator)) return null;
  const registerBy = performance.now() + registerTimeout;
  let registration = await navigator.serviceWorker.getRegistration();
  while (!registration && performance.now() < registerBy) {
    await new Promise((r) => setTimeout(r, 100));
    registration = await navigator.serviceWorker.getRegistration();
  }
  if (!registration) return null;
  const isActive = await Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((r) => setTimeout(() => r(false), activeTimeout)),
  ]);
  return isActive ? performance.now() : null;
}`;

const CONTROLLED = `async (timeout) => {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
    setTimeout(() => resolve(navigator.serviceWorker.controller !== null), timeout);
  });
}`;

function call(source: string, arg: unknown): string {
  return `(${source})(${JSON.stringify(arg)})`;
}

/**
 * Waits up to `registerTimeoutMs` for a registration (apps register at or after load),
 * then up to `activeTimeoutMs` for it to be active. Returns `performance.now()` in the
 * page when it was, or undefined when the build registers no service worker.
 */
export async function waitForActiveServiceWorker(page: Page, registerTimeoutMs: number, activeTimeoutMs: number): Promise<number | undefined> {
  const at = await page.evaluate<number | null>(call(ACTIVE_SERVICE_WORKER, [registerTimeoutMs, activeTimeoutMs]));
  return at ?? undefined;
}

/** True once a service worker controls the page (waiting up to `timeoutMs` for a claim). */
export async function waitForControl(page: Page, timeoutMs: number): Promise<boolean> {
  return page.evaluate<boolean>(call(CONTROLLED, timeoutMs));
}
