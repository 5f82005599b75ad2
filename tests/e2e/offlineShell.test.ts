/**
 * Issue 2, "must show": first visit online (a teacher of the demo school signs in) →
 * Russian and back to Kazakh → network off → reload → the shell works, the language is
 * kept, the indicator says offline → browser closed and reopened offline with the same
 * profile → still works. Plus axe-core on the shell. The server is shut down before going
 * offline, so "offline" cannot be faked by a network that still answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchPersistent } from '../support/browser';
import type { TestServer } from '../support/server';
import { seriousAccessibilityViolations } from './helpers/axe';
import { indicator, openApp, signIn, waitForAppReady, waitForOfflineReady } from './helpers/app';
import { startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();

describe.skipIf(skipReason)('the installed app offline', () => {
  let demo: DemoServer | undefined;
  let server: TestServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const profileDir = mkdtempSync(join(tmpdir(), 'sandyq-e2e-profile-'));

  beforeAll(async () => {
    demo = await startDemoServer();
    server = demo.server;
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await demo?.database.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('works after one online visit through a reload and a browser restart with the network off', async () => {
    await withFailureScreenshots(
      'offline-shell',
      () => [page],
      async () => {
        const url = server!.url;
        context = await launchPersistent(profileDir);
        page = context.pages()[0] ?? (await context.newPage());

        // First visit, online.
        await openApp(page, url);
        expect(await page.locator('html').getAttribute('lang')).toBe('kk');
        const teacher = demo!.account('teacher1');
        await signIn(page, teacher);
        await expect.poll(() => page!.getByRole('heading', { level: 1 }).textContent()).toBe('Бүгін');
        await waitForOfflineReady(page);
        await expect.poll(() => indicator(page!).textContent()).toContain('Интернетсіз жұмысқа дайын');

        // Installable: Chromium finds nothing missing (manifest, icons, a worker with fetch handling).
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
        expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
        await cdp.detach();

        // Axe on the shell as a person sees it (header, menu, a screen).
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // Russian, and back to Kazakh.
        await page.getByRole('button', { name: 'Русский' }).click();
        await page.getByRole('heading', { level: 1, name: 'Сегодня' }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('ru');
        expect(await page.getByRole('navigation').textContent()).toContain('Библиотека');
        await page.getByRole('button', { name: 'Қазақша' }).click();
        await page.getByRole('heading', { level: 1, name: 'Бүгін' }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('kk');

        // Network off: no server at all, and the browser told it is offline.
        await server!.close();
        server = undefined;
        await context.setOffline(true);
        await page.waitForSelector('.connection-indicator[data-sync-status="offline"]');
        expect(await indicator(page).textContent()).toContain('Интернет жоқ');

        await page.reload();
        await waitForAppReady(page);
        expect(await page.locator('html').getAttribute('lang')).toBe('kk');
        expect(await indicator(page).getAttribute('data-sync-status')).toBe('offline');
        expect(await indicator(page).textContent()).toContain('Интернет жоқ');
        expect(await page.locator('.user-name').textContent()).toContain(teacher.displayName);
        // A screen never opened online opens offline: its chunk and namespace were precached.
        await page.getByRole('link', { name: 'Кітапхана' }).click();
        await page.getByRole('heading', { level: 1, name: 'Кітапхана' }).waitFor();
        // So does another language: every locale chunk is precached too.
        await page.getByRole('button', { name: 'Русский' }).click();
        await page.getByRole('heading', { level: 1, name: 'Библиотека' }).waitFor();
        await page.getByRole('button', { name: 'Қазақша' }).click();
        await page.getByRole('heading', { level: 1, name: 'Кітапхана' }).waitFor();

        // Browser closed, then reopened offline with the same profile.
        await context.close();
        context = await launchPersistent(profileDir, { offline: true });
        page = context.pages()[0] ?? (await context.newPage());
        await openApp(page, url);
        expect(await page.locator('html').getAttribute('lang')).toBe('kk');
        expect(await indicator(page).getAttribute('data-sync-status')).toBe('offline');
        expect(await indicator(page).getAttribute('data-offline-ready')).toBe('true');
        await page.getByRole('heading', { level: 1, name: 'Бүгін' }).waitFor();
        await page.getByRole('link', { name: 'Бағалау' }).click();
        await page.getByRole('heading', { level: 1, name: 'Бағалау' }).waitFor();
        await page.getByRole('link', { name: 'Баптаулар' }).click();
        await page.getByRole('heading', { level: 1, name: 'Баптаулар' }).waitFor();
        // The storage panel reads the browser's figures and asks for persistence on a click.
        await page.locator('[data-storage="usage"]').filter({ hasText: /\d/ }).waitFor();
        await page.getByRole('button', { name: 'Деректерді осы құрылғыда сақтау' }).click();
        await page.getByText(/^(Дайын: деректер осы құрылғыда сақталады\.|Браузер рұқсат бермеді\.)/).waitFor();
      },
    );
  });

  it('shows the sign-in tiles without serious accessibility violations', async () => {
    await withFailureScreenshots(
      'sign-in-tiles-axe',
      () => [page],
      async () => {
        // The profile from the first test is kept; "switch user" goes back to its tile.
        await page!.getByRole('button', { name: 'Пайдаланушыны ауыстыру' }).click();
        await page!.getByRole('heading', { level: 1, name: 'Бұл ноутбукты кім пайдаланып отыр?' }).waitFor();
        await page!.locator('.profile-tile').first().waitFor();
        expect(await seriousAccessibilityViolations(page!)).toEqual([]);
      },
    );
  });
});
