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
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { KEPT_FILES_CACHE, OFFLINE_FILES_PATH } from './client/files/keptFileCache';
// Its own module: the worker must not carry zod, which fileMessages' schemas need.
import { FILE_CONTENT_SECURITY_POLICY } from './sync/fileSecurityPolicy';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null } | string> };

/**
 * Workbox precaches one file at a time (workbox issue 2528), one round trip each: over a
 * 600 ms satellite link a build of ~120 files took a minute to become offline-ready.
 * Fetching them first, a few at a time, fills the browser's HTTP cache (hashed files are
 * `immutable`), so Workbox's one-by-one pass then reads each from that cache. Registered
 * before Workbox's own install listener so it starts first; failures are left for
 * Workbox's pass, which decides whether the install succeeds.
 */
const PARALLEL_FETCHES = 6;
/** The build's file list, injected once at build time (Workbox allows one injection point). */
const MANIFEST = self.__WB_MANIFEST;
self.addEventListener('install', (event: ExtendableEvent) => {
  const urls = MANIFEST.filter((e) => typeof e !== 'string' && e.revision === null).map((e) => (e as { url: string }).url);
  event.waitUntil(primeHttpCache(urls));
});

async function primeHttpCache(urls: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      await fetch(url, { credentials: 'same-origin' })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(MANIFEST);
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

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, /^\/offline-files\//] }));
