/// <reference types="vitest/config" />
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PRECACHE_IGNORES, WEB_MANIFEST } from './src/client/pwa/webManifest';

/** The namespaces loaded before the first paint (`BOOT_NAMESPACES` in src/client/i18n/namespaces.ts). */
const BOOT_NAMESPACE_FILES = ['common', 'shell', 'errors'];

/**
 * Modules loaded on use because they carry a large library (uPlot): they keep a chunk of
 * their own, outside the screens' chunk, so the library stays off every other visit.
 */
const LAZY_LIBRARY_BOUNDARIES = /[\\/]TrendChart\.tsx$/;

/** `@/` is `src/` (as in tsconfig.json's `paths`), for the app, the tests and their projects alike. */
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Which build this is, baked into the bundle (shown in settings, `<html data-build-id>`):
 * `SANDYQ_BUILD_ID` when a deploy sets one (the e2e deploy test builds several), else the
 * package version and the commit.
 */
function buildId(): string {
  if (process.env.SANDYQ_BUILD_ID) return process.env.SANDYQ_BUILD_ID;
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  try {
    return `${version}+${execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()}`;
  } catch {
    return version;
  }
}

export default defineConfig({
  define: {
    __SANDYQ_BUILD_ID__: JSON.stringify(buildId()),
  },
  resolve: { alias },
  build: {
    outDir: 'dist',
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            // One translation chunk per language (and a small one of the namespaces the shell
            // needs before its first paint) instead of one per namespace.
            {
              name: (id: string) => {
                const locale = /[\\/]locales[\\/](kk|ru|en)[\\/]([^\\/]+)\.json$/.exec(id);
                if (!locale) return null;
                return BOOT_NAMESPACE_FILES.includes(locale[2]!) ? `locale-${locale[1]}-boot` : `locale-${locale[1]}`;
              },
              priority: 3,
            },
            // What the shell needs before its first paint stays with it.
            { name: 'shell', tags: ['$initial'], priority: 2 },
            // Every screen and the app code only screens use, in one chunk rather than a hundred:
            // over a 600 ms satellite round trip the precache's request count, not its bytes,
            // decides when a laptop is ready offline. Libraries a feature loads on use stay apart.
            { name: 'screens', test: (id: string) => /[\\/]src[\\/]/.test(id) && !LAZY_LIBRARY_BOUNDARIES.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      // Registered by src/client/pwa/ with workbox-window, after the first paint.
      injectRegister: false,
      injectManifest: {
        // The whole build, lazily loaded screens and every language included: after one
        // complete visit, nothing the app can show needs the network.
        globPatterns: ['**/*.{js,css,html,json,png,svg,webmanifest}'],
        globIgnores: PRECACHE_IGNORES,
      },
      manifest: WEB_MANIFEST,
      devOptions: { enabled: false },
    }),
  ],
  test: {
    // Three suites: unit (pure and fake-indexeddb), integration (real HTTP server and
    // databases), e2e (real Chromium against the built app). `npm test` runs all three.
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/setupFakeIndexedDb.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/setupFakeIndexedDb.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
