/**
 * The first visit's round trips over the satellite: everything the sign-in screen needs
 * before it is usable is named in index.html, so it all downloads in one round after the
 * page itself (600 ms a round trip over geo-sat), and it needs nothing else: not the
 * screens' chunk (135 KB brotli), nor the other languages' translations. The timing itself
 * is `npm run bench -- --only cold-load`; this keeps the shape that makes it.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDistDir } from '@/server/projectRoot';
import { firstVisitFiles } from '../bench/distManifest';
import { READY_SELECTOR } from '../bench/shellReady';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

const skipReason = browserUnavailableReason();

describe.skipIf(skipReason)('the first visit before the sign-in screen is usable', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('needs only the files index.html names: the screens and the other translations wait until it is usable', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // Held until the screen is usable: were any of them needed for it, it would never be.
    const later = /\/assets\/(screens-|locale-(ru|en)-|locale-kk-(?!boot))/;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(later, async (route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(js|css)$/.test(pathname)) asked.push(pathname.replace(/^\//, ''));
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector(READY_SELECTOR, { timeout: 20_000 });
    const askedBeforeReady = [...asked];
    release();

    // Everything else it asked for is named in index.html: one round of requests after the page.
    const named = await firstVisitFiles(defaultDistDir);
    expect(askedBeforeReady.filter((f) => !later.test(`/${f}`) && !named.includes(f))).toEqual([]);
    expect(named.filter((f) => /^assets\/locale-kk-boot-/.test(f))).toHaveLength(1);
  });
});
