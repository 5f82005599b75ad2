/**
 * The service worker (Workbox, built by vite-plugin-pwa's injectManifest into dist/sw.js).
 *
 * - Precaches the whole build: the shell, every lazily loaded screen and every locale
 *   chunk, so after one complete visit the app opens and works with the network off.
 *   Installation fails (and is retried on the next visit) unless every file arrived:
 *   a half-stored version is never used.
 * - Serves every navigation from the precached index.html of its own version, so an old
 *   tab or a fresh one never gets a newer index.html pointing at files it does not have.
 * - Never touches `/api/`: API calls always go to the network, uncached.
 * - Waits: a new version takes over only when the page posts `SKIP_WAITING`, which it
 *   does only after the person agreed and no input is unsaved (`src/client/pwa/`).
 * - Claims uncontrolled pages on activation, so a first visit is offline-ready without a reload.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null } | string> };

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
