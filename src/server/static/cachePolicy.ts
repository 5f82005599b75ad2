/**
 * How long a browser may keep each built file. The rules follow from how the app updates:
 * - `/assets/*` carry a content hash in their names, so they never change: cache forever.
 * - The service worker script must reach the browser's update check fresh every time, or
 *   a fixed app waits for a cache to expire: never stored (`no-store`). Same for the
 *   Workbox runtime and the registration script, which ship next to it un-hashed.
 * - Everything else (index.html, the manifest, icons) keeps its name across deploys, so
 *   the browser revalidates each use (`no-cache`, answered by a cheap 304).
 */
export const CachePolicy = {
  immutable: 'immutable',
  revalidate: 'revalidate',
  never: 'never',
} as const;
export type CachePolicy = (typeof CachePolicy)[keyof typeof CachePolicy];

export const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
  never: 'no-store',
};

const SERVICE_WORKER_SCRIPT = /^\/(sw\.js|registerSW\.js|workbox-[\w.-]+\.js)$/;

export function cachePolicyFor(pathname: string): CachePolicy {
  if (SERVICE_WORKER_SCRIPT.test(pathname)) return CachePolicy.never;
  if (pathname.startsWith('/assets/')) return CachePolicy.immutable;
  return CachePolicy.revalidate;
}
