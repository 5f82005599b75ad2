/**
 * Captures the screenshots the web app manifest names (src/client/pwa/webManifest.ts), from
 * the built app on the real server with the demo school, in Chromium: the assistant's register
 * on a laptop (wide) and Today on a phone (narrow). Browsers show them in the install dialog.
 *
 * Run after `npm run build`: `npm run screenshots`. The PNGs are committed; run it again when
 * the screens change. Dates shown are the day the tool runs.
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { MANIFEST_SCREENSHOTS } from '@/client/pwa/webManifest';
import { TEST_DATABASES } from '../support/databases';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser';
import { startTestServer } from '../support/server';
import { openApp, signIn, waitForOfflineReady } from '../e2e/helpers/app';

const PUBLIC_DIR = join(import.meta.dirname, '../../public');
const SYNCED = '[data-last-synced]:not([data-last-synced=""])';

/** Opens the screen a screenshot shows, on a page already signed in and synced. */
const OPEN: Record<string, (page: Page, url: string) => Promise<void>> = {
  register: async (page, url) => {
    await page.goto(`${url}/#/today`);
    await page.locator('.lesson-card').first().click();
    await page.locator('section[data-session-id]').waitFor();
  },
  today: async (page, url) => {
    await page.goto(`${url}/#/today`);
    await page.locator('.lesson-card').first().waitFor();
  },
};

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
  const database = await TEST_DATABASES[0]!.open();
  const server = await startTestServer({ database, demo: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const assistant = server.demo!.accounts.find((a) => a.login === 'assistant1')!;
    for (const shot of MANIFEST_SCREENSHOTS) {
      const [width, height] = shot.sizes.split('x').map(Number) as [number, number];
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'kk-KZ' });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await openApp(page, server.url);
      await signIn(page, assistant);
      await page.waitForSelector(SYNCED);
      await waitForOfflineReady(page);
      await OPEN[shot.screen]!(page, server.url);
      await page.waitForTimeout(500);
      const file = join(PUBLIC_DIR, shot.src);
      await page.screenshot({ path: file, type: 'png' });
      console.log(`wrote ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await database.close();
  }
}

await main();
