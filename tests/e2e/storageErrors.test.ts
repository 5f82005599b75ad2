/**
 * A storage failure in a real browser ends in a full-screen message in the person's
 * language with what to do, never a white screen. The case a browser can produce on
 * demand: another tab opens the database at a newer version (as a newer build does), so
 * this older one must stop and ask for a reload — and after the reload, an older build
 * still meets a newer database and says so again rather than touching it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { openApp, signIn } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();

describe.skipIf(skipReason)('storage failures', () => {
  let demo: DemoServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await closeDemoAndBrowser(demo, browser);
  });

  it('shows "this version is out of date" in the chosen language when a newer version takes the database', async () => {
    await withFailureScreenshots(
      'storage-version-too-new',
      () => [page],
      async () => {
        context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        page = await context.newPage();
        await openApp(page, demo.server.url);
        await signIn(page, demo.account('head'));
        // The head's data lives in the school's staff database.
        const dbName = await page.evaluate(
          () => (JSON.parse(localStorage.getItem('sandyq.session') ?? '{}') as { state?: { user?: { dbName?: string } } }).state?.user?.dbName,
        );
        expect(dbName).toBe(`sandyq-s-${demo.server.demo!.school.id}`);
        await page.getByRole('button', { name: 'Русский' }).click();
        // The live outbox count is on screen: the database is open.
        await page.locator('[data-pending]').waitFor();

        await page.evaluate(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const request = indexedDB.open(name, 1_000_000);
              request.onsuccess = () => {
                request.result.close();
                resolve();
              };
              request.onerror = () => reject(request.error);
            }),
          dbName!,
        );
        await page.getByRole('heading', { level: 1, name: 'Эта версия устарела' }).waitFor();
        expect(await page.locator('html').getAttribute('data-app-state')).toBe('error');
        expect(await page.getByRole('alert').textContent()).toContain('Перезагрузите страницу');

        await page.getByRole('button', { name: 'Перезагрузить страницу' }).click();
        await page.getByRole('heading', { level: 1, name: 'Эта версия устарела' }).waitFor();
      },
    );
  });
});
