/**
 * The page's service worker, seen from inside the page: has one registered, is it active
 * (its install, which downloads the precache, is done), does it control the page.
 *
 * The page code is kept as source text: tsx compiles functions with a `__name` helper that
 * does not exist in the page, so functions handed to `page.evaluate` would fail there.
 */
import type { Page } from 'playwright-core';

export const ServiceWorkerOutcome = {
  /** Installed (precache stored) and active. */
  active: 'active',
  /** The build registers none. */
  none: 'none',
  /** The install failed (a precached file could not be fetched): the worker went redundant. */
  failed: 'failed',
  /** Still installing when the wait ended. */
  timeout: 'timeout',
} as const;
export type ServiceWorkerOutcome = (typeof ServiceWorkerOutcome)[keyof typeof ServiceWorkerOutcome];

export interface ServiceWorkerState {
  outcome: ServiceWorkerOutcome;
  /** `performance.now()` in the page when the outcome was known. */
  at: number;
}

const ACTIVE_SERVICE_WORKER = `async ([registerTimeout, activeTimeout]) => {
  const result = (outcome) => ({ outcome, at: performance.now() });
  if (!('serviceWorker' in navigator)) return result('none');
  const registerBy = performance.now() + registerTimeout;
  let registration = await navigator.serviceWorker.getRegistration();
  while (!registration && performance.now() < registerBy) {
    await new Promise((r) => setTimeout(r, 100));
    registration = await navigator.serviceWorker.getRegistration();
  }
  if (!registration) return result('none');
  return new Promise((resolve) => {
    const watch = (worker) => worker?.addEventListener('statechange', () => {
      if (worker.state === 'redundant' && !registration.active) resolve(result('failed'));
    });
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    navigator.serviceWorker.ready.then(() => resolve(result('active')));
    setTimeout(() => resolve(result('timeout')), activeTimeout);
  });
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
 * then up to `activeTimeoutMs` for its worker to be active.
 */
export async function waitForActiveServiceWorker(page: Page, registerTimeoutMs: number, activeTimeoutMs: number): Promise<ServiceWorkerState> {
  return page.evaluate<ServiceWorkerState>(call(ACTIVE_SERVICE_WORKER, [registerTimeoutMs, activeTimeoutMs]));
}

/** True once a service worker controls the page (waiting up to `timeoutMs` for a claim). */
export async function waitForControl(page: Page, timeoutMs: number): Promise<boolean> {
  return page.evaluate<boolean>(call(CONTROLLED, timeoutMs));
}
