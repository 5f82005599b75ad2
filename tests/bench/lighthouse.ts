/**
 * Lighthouse scores of the main screens, as an audit of the built app on the real server
 * would give them: the sign-in screen (a fresh laptop), then Today and a lesson's register
 * (signed in as the demo assistant) and Reports (as the demo head). Each screen runs with
 * Lighthouse's mobile preset (its default: a mid-range phone, simulated slow 4G) and its
 * desktop preset, in /usr/bin/chromium. Printed: the performance, accessibility and
 * best-practices scores (0-100) and the cumulative layout shift.
 *
 * Signed-in screens need the session the app keeps in the browser profile, so Chromium is
 * launched with a persistent profile and a DevTools port: Playwright signs in, then
 * Lighthouse opens the screen in a new tab of the same profile without resetting storage.
 * Scores move by a few points from run to run; they are figures to compare, not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium, type BrowserContext } from 'playwright-core';
import { TEST_DATABASES } from '../support/databases';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { openApp, signIn } from '../e2e/helpers/app';
import type { Benchmark, BenchResult } from './benchmark';

const Preset = { mobile: 'mobile', desktop: 'desktop' } as const;
type Preset = (typeof Preset)[keyof typeof Preset];
const PRESETS: readonly Preset[] = [Preset.mobile, Preset.desktop];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function launchProfile(port: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sandyq-lighthouse-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath()!,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function audit(url: string, port: number, preset: Preset, keepStorage: boolean): Promise<Record<string, number | null>> {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices'], disableStorageReset: keepStorage },
    preset === Preset.desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id: string) => {
    const value = result.lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const metric = (id: string) => result.lhr.audits[id]?.numericValue;
  const ms = (id: string) => (metric(id) === undefined ? null : Math.round(metric(id)!));
  const cls = metric('cumulative-layout-shift');
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: cls === undefined ? null : Math.round(cls * 1000) / 1000,
    // What the performance score is made of, to see which one to work on.
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    speedIndexMs: ms('speed-index'),
  };
}

export const lighthouseScores: Benchmark = {
  name: 'lighthouse',
  async run({ distDir, log }) {
    if (!chromiumPath()) return [{ name: 'lighthouse', workload: 'app-shell', link: 'none', note: 'skipped: no Chromium (set CHROMIUM_PATH)' }];
    const database = await TEST_DATABASES[0]!.open();
    let server: TestServer | undefined;
    const rows: BenchResult[] = [];
    const measure = async (screen: string, url: string, port: number, keepStorage: boolean) => {
      for (const preset of PRESETS) {
        const scores = await audit(url, port, preset, keepStorage);
        log(`lighthouse ${screen} ${preset}: ${JSON.stringify(scores)}`);
        rows.push({ name: 'lighthouse', workload: screen, link: preset, ...scores });
      }
    };
    try {
      server = await startTestServer({ database, demo: true, distDir });
      const url = server.url;
      const account = (login: string) => server!.demo!.accounts.find((a) => a.login === login)!;

      // --- A fresh laptop: the sign-in screen; then the assistant's Today and register.
      let port = await freePort();
      let profile = await launchProfile(port);
      try {
        await measure('sign-in', `${url}/`, port, false);
        const page = await profile.context.newPage();
        await openApp(page, url);
        await signIn(page, account('assistant1'));
        await page.waitForSelector('[data-last-synced]:not([data-last-synced=""])', { timeout: 60_000 });
        await measure('today', `${url}/#/today`, port, true);
        await page.goto(`${url}/#/today`);
        const card = page.locator('.lesson-card').first();
        if (await card.isVisible({ timeout: 15_000 }).catch(() => false)) {
          await card.click();
          await page.locator('section[data-session-id]').waitFor({ timeout: 30_000 });
          await measure('register', page.url(), port, true);
        } else {
          rows.push({ name: 'lighthouse', workload: 'register', link: '-', note: 'no lesson on Today for the demo assistant on this date' });
        }
      } finally {
        await profile.close();
      }

      // --- The head's Reports.
      port = await freePort();
      profile = await launchProfile(port);
      try {
        const page = await profile.context.newPage();
        await openApp(page, url);
        await signIn(page, account('head'));
        await page.waitForSelector('[data-last-synced]:not([data-last-synced=""])', { timeout: 60_000 });
        await measure('reports', `${url}/#/reports`, port, true);
      } finally {
        await profile.close();
      }
    } finally {
      await server?.close();
      await database.close();
    }
    return rows;
  },
};
