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
import { startTestServer, type TestServer } from '../support/server';
import { chooseProfile, openApp } from './helpers/app';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();

describe.skipIf(skipReason)('storage failures', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows "this version is out of date" in the chosen language when a newer version takes the database', async () => {
    await withFailureScreenshots('storage-version-too-new', () => [page], async () => {
      context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      page = await context.newPage();
      await openApp(page, server.url);
      await chooseProfile(page, 'Дәулет', 'Директор');
      await page.getByRole('button', { name: 'Русский' }).click();
      // The live outbox count is on screen: the database is open.
      await page.locator('[data-pending]').waitFor();

      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('sandyq', 1_000_000);
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      );
      await page.getByRole('heading', { level: 1, name: 'Эта версия устарела' }).waitFor();
      expect(await page.locator('html').getAttribute('data-app-state')).toBe('error');
      expect(await page.getByRole('alert').textContent()).toContain('Перезагрузите страницу');

      await page.getByRole('button', { name: 'Перезагрузить страницу' }).click();
      await page.getByRole('heading', { level: 1, name: 'Эта версия устарела' }).waitFor();
    });
  });
});
