/**
 * Registers the service worker (workbox-window) and turns its life into the PWA store's
 * state. Loaded lazily after the first paint, so it never weighs on the first load.
 *
 * The update flow is "prompt": a new version installs in the background and waits; the
 * banner offers it; only when the person agrees does the page flush and wait for unsaved
 * input, tell the waiting worker to take over (`SKIP_WAITING`), and reload once it
 * controls the page. Several deploys may pile up while a tab stays open: each new worker
 * replaces the waiting one, and whichever waits last is the one applied — one complete
 * version, served from its own precache.
 *
 * workbox-window follows only the first update it sees, so later ones are followed here
 * on the registration directly.
 */
import { Workbox } from 'workbox-window';
import { usePwaStore } from '../stores/pwaStore';
import { flushUnsavedInput, whenNoUnsavedInput } from './unsavedInput';

/** How often an open tab asks the server for a new version (also on reconnect and on return to the tab). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export async function registerServiceWorker(scriptUrl = '/sw.js'): Promise<void> {
  const container = navigator.serviceWorker;
  const pwa = usePwaStore.getState;
  let isControlled = !!container.controller;
  pwa().setOfflineReady(isControlled);

  container.addEventListener('controllerchange', () => {
    pwa().setOfflineReady(true);
    if (!isControlled) {
      // The first install just claimed this page: it now opens offline. Nothing to reload.
      isControlled = true;
      return;
    }
    if (pwa().isUpdateRequested) void reloadWhenNoUnsavedInput();
    else pwa().setNewVersionActive();
  });

  const workbox = new Workbox(scriptUrl, { scope: '/' });
  const registration = await workbox.register({ immediate: true });
  if (!registration) return;

  followWaitingWorkers(registration, scriptUrl);
  applyUpdateWhenRequested(workbox);
  checkForUpdatesWhileOpen(workbox);
}

function followWaitingWorkers(registration: ServiceWorkerRegistration, scriptUrl: string, failedInstalls = 0): void {
  const offerIfWaiting = () => {
    // Waiting behind an active worker that controls this page: a new version, not the first install.
    if (registration.waiting && navigator.serviceWorker.controller) usePwaStore.getState().setUpdateReady();
  };
  const follow = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerIfWaiting();
      // A first install that failed (the link dropped while the precache was fetched): the
      // browser then drops the registration itself, so nothing would try again before the
      // next visit and the laptop would stay "not ready offline". Register again once
      // online, more slowly each time.
      if (worker.state === 'redundant' && !registration.active) retryFirstInstall(scriptUrl, failedInstalls + 1);
    });
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });
  if (registration.installing) follow(registration.installing);
  offerIfWaiting();
}

function retryFirstInstall(scriptUrl: string, failedInstalls: number): void {
  const delayMs = Math.min(5 * 60_000, 2_500 * 2 ** failedInstalls);
  const retry = () => {
    if (!navigator.onLine) {
      window.addEventListener('online', retry, { once: true });
      return;
    }
    navigator.serviceWorker.register(scriptUrl, { scope: '/' }).then(
      (registration) => followWaitingWorkers(registration, scriptUrl, failedInstalls),
      () => retryFirstInstall(scriptUrl, failedInstalls + 1),
    );
  };
  window.setTimeout(retry, delayMs);
}

function applyUpdateWhenRequested(workbox: Workbox): void {
  const apply = async () => {
    await flushUnsavedInput();
    await whenNoUnsavedInput();
    workbox.messageSkipWaiting();
  };
  if (usePwaStore.getState().isUpdateRequested) {
    void apply();
    return;
  }
  const stop = usePwaStore.subscribe((state) => {
    if (state.isUpdateRequested) {
      stop();
      void apply();
    }
  });
}

async function reloadWhenNoUnsavedInput(): Promise<void> {
  await whenNoUnsavedInput();
  window.location.reload();
}

function checkForUpdatesWhileOpen(workbox: Workbox): void {
  // Offline, or the server briefly down mid-deploy: the next check will do.
  const check = () => void workbox.update().catch(() => undefined);
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
