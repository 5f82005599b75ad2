/// <reference types="vitest/config" />
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_LANGUAGE } from './src/client/i18n/languages';
import { PRECACHE_IGNORES, WEB_MANIFEST } from './src/client/pwa/webManifest';

/**
 * The namespaces loaded before the first paint: the shell's (`BOOT_NAMESPACES` in
 * src/client/i18n/namespaces.ts) and the sign-in screen's, which `main.tsx` loads beside
 * them when no one is signed in: one translation file before the first paint, not two.
 */
const BOOT_NAMESPACE_FILES = ['common', 'shell', 'errors', 'signIn'];

/**
 * What the sign-in screen needs before its first paint besides the entry: the list of people
 * known to this laptop (the database library and the profiles database), `main.tsx` imports it
 * at boot. In a `shell` chunk the entry imports (index.html names it as a module preload), so
 * the first paint waits for no second round trip; the screens' chunk (150 KB brotli) waits
 * until the sign-in screen shows.
 */
const FIRST_PAINT_MODULES = /[\\/]src[\\/]client[\\/]auth[\\/]deviceProfiles\.ts$/;

/**
 * Modules loaded on use because they carry a large library (uPlot's chart, the spreadsheet
 * reader and writer with their zip library, the file hash): outside the screens' chunk, so the
 * libraries stay off every visit that does not use them, and together in one chunk, because
 * the precache pays a round trip per file (five files cost an offline-ready laptop a second
 * over geo-sat; the ~60 KB brotli they weigh together cost 60 ms). A screen's chart module
 * that imports uPlot is named `TrendChart.tsx` (achievement, connectivity, the Digital teacher
 * programme's growth) and imported lazily, and what they share is `uplotChart.ts`: any other
 * name puts uPlot in the screens' chunk (`tests/e2e/firstVisitBudget.test.ts` fails then).
 */
const LAZY_LIBRARY_BOUNDARIES = /[\\/](TrendChart\.tsx|uplotChart\.ts)$/;
const LAZY_LIBRARIES = /[\\/]node_modules[\\/](uplot|read-excel-file|write-excel-file|fflate|hash-wasm)[\\/]|[\\/](TrendChart\.tsx|uplotChart\.ts)$/;

const LOCALE_FILE = /[\\/]locales[\\/](kk|ru|en)[\\/]([^\\/]+)\.json$/;

/** A translation file imported by app code itself, not only through the i18n backend's `import()`. */
function isImportedByName(id: string, ctx: { getModuleInfo(id: string): { importers: readonly string[] } | null }): boolean {
  return (ctx.getModuleInfo(id)?.importers.length ?? 0) > 0;
}

/**
 * Names the default language's first-paint translations in index.html as a module preload,
 * so they download beside the shell's script instead of one round trip after it runs
 * (600 ms over geo-sat). The other languages' visitors are returning ones, served by the
 * service worker, for whom the hint costs nothing.
 */
function preloadBootTranslations(): Plugin {
  return {
    name: 'sandyq:preload-boot-translations',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === `locale-${DEFAULT_LANGUAGE}-boot`);
        if (!chunk) throw new Error(`vite.config.ts: no locale-${DEFAULT_LANGUAGE}-boot chunk to preload`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

const FAULT_FUZZ = 'tests/integration/sync/faultFuzz.test.ts';

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
            // A translation file that app code imports by name (the CSV columns read every
            // language's headers) stays out: it would make the screens' chunk import all three
            // languages' chunks, and the sign-in screen download them all.
            {
              name: (id, ctx) => {
                const locale = LOCALE_FILE.exec(id);
                if (!locale || isImportedByName(id, ctx)) return null;
                return BOOT_NAMESPACE_FILES.includes(locale[2]!) ? `locale-${locale[1]}-boot` : `locale-${locale[1]}`;
              },
              priority: 3,
            },
            // What the shell needs before its first paint stays with it.
            { name: 'shell', test: FIRST_PAINT_MODULES, priority: 2 },
            { name: 'shell', tags: ['$initial'], priority: 2 },
            // Every screen and the app code only screens use, in one chunk rather than a hundred:
            // over a 600 ms satellite round trip the precache's request count, not its bytes,
            // decides when a laptop is ready offline. Libraries a feature loads on use stay apart.
            {
              name: (id, ctx) =>
                (/[\\/]src[\\/]/.test(id) && !LAZY_LIBRARY_BOUNDARIES.test(id)) || (LOCALE_FILE.test(id) && isImportedByName(id, ctx))
                  ? 'screens'
                  : null,
              priority: 1,
            },
            { name: 'libraries', test: LAZY_LIBRARIES, priority: 0 },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    preloadBootTranslations(),
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
      // The manifest's icons are for the browser's install and the OS, which keep their own
      // copies; no screen shows them (`PRECACHE_IGNORES` says why they stay out).
      includeManifestIcons: false,
      manifest: WEB_MANIFEST,
      devOptions: { enabled: false },
    }),
  ],
  test: {
    // A worker per core, not Vitest's default of one fewer: on a 2-core machine that is one
    // worker, and the integration files mostly wait on a server or a database. Every test
    // database is a schema of its own and every server listens on a port of its own, so
    // files run side by side (unit, integration and fuzz: 6.5 minutes here, was 19).
    maxWorkers: availableParallelism(),
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
          exclude: [FAULT_FUZZ],
          environment: 'node',
          setupFiles: ['tests/support/setupFakeIndexedDb.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The fault-injection fuzz (four minutes of one core) is a project of its own, so the
        // other files share the remaining workers while it runs.
        resolve: { alias },
        test: {
          name: 'fuzz',
          include: [FAULT_FUZZ],
          environment: 'node',
          setupFiles: ['tests/support/setupFakeIndexedDb.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
