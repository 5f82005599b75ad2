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
 * - Answers `/offline-files/<sha256>` from the resource files kept on this laptop
 *   (`src/client/files/`), with byte ranges, so a kept video plays and seeks and a kept PDF
 *   opens with the network off, after a browser restart too; a file not kept is a 404.
 *   Each answer carries the server's sandbox policy for files, so an uploaded HTML or SVG
 *   file opened here cannot act as the app.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { KEPT_FILES_CACHE, OFFLINE_FILES_PATH } from './client/files/keptFileCache';
// Its own module: the worker must not carry zod, which fileMessages' schemas need.
import { FILE_CONTENT_SECURITY_POLICY } from './sync/fileSecurityPolicy';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null } | string> };

/** The build's files, injected once at build time (Workbox allows one injection point). */
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

/**
 * Workbox precaches one file at a time (workbox issue 2528), one round trip each: over a
 * 600 ms satellite link that alone made a first visit wait seconds to be offline-ready.
 * So the install first fetches every file at once (the browser spreads them over its
 * connections) and stores each straight into Workbox's precache under Workbox's own key;
 * Workbox's one-by-one pass then finds each file stored and asks the network for nothing,
 * only for what the parallel pass could not store, and it alone decides whether the install
 * succeeds (a half-stored version is never used).
 *
 * Hashed files are asked for with the HTTP cache's help (`immutable`: what the page itself
 * just downloaded costs no request); the others (index.html, icons, the manifest) are
 * revalidated, as Workbox's `reload` would refetch them, but a 304 moves no body.
 */
self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(storeAllInParallel().then(() => precache.install(event)));
});
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(precache.activate(event));
});

async function storeAllInParallel(): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  // What an earlier, interrupted install stored, read in one go: a cache read per file before
  // its fetch queued the fetches behind the cache's writes, three at a time.
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...precache.getURLsToCacheKeys()].filter(([, cacheKey]) => !stored.has(cacheKey));
  await Promise.all(
    missing.map(async ([url, cacheKey]) => {
      try {
        // Workbox keys a file listed with a revision as `url?__WB_REVISION__=…`; a hashed one by its URL.
        const isRevisioned = cacheKey !== url;
        const response = await fetch(url, { credentials: 'same-origin', cache: isRevisioned ? 'no-cache' : 'default' });
        if (response.ok && !response.redirected && response.type === 'basic') await cache.put(cacheKey, response);
      } catch {
        // Left for Workbox's own pass, which fetches it again and fails the install if it must.
      }
    }),
  );
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();
clientsClaim();

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(OFFLINE_FILES_PATH),
  async ({ request, url }) => {
    const kept = await (await caches.open(KEPT_FILES_CACHE)).match(url.pathname);
    if (!kept) return new Response('This file is not kept on this laptop', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return asFileAnswer(request.headers.has('range') ? await createPartialResponse(request, kept) : kept);
  },
);

/** A kept file answered as the server answers files: sandboxed, its type never sniffed. */
function asFileAnswer(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('content-security-policy', FILE_CONTENT_SECURITY_POLICY);
  headers.set('x-content-type-options', 'nosniff');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, /^\/offline-files\//] }));
