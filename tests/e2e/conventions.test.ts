/**
 * Conventions a first-time user expects (issue 7), in real Chromium on the demo school:
 * every screen names itself in the window title; an unknown or forbidden address is
 * corrected to the role's home screen; date fields show the interface language's form,
 * not the browser's; a class set's report fits a 1366×768 screen beside the menu; the
 * header does not jump when its lazily loaded parts arrive; axe finds nothing serious; on a
 * phone, no screen is wider than the window.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, TIMEOUT_MS } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();

/** Sum of the page's layout shifts not caused by input, since it loaded (Chromium's CLS sources). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 1_500);
      }),
  );
}

describe.skipIf(skipReason)('conventions users expect', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeDemoAndBrowser(demo, browser);
  });

  it('titles, corrected addresses, dates in the interface language, a report that fits 1366×768, a header that does not jump', async () => {
    await withFailureScreenshots(
      'conventions',
      () => [page],
      async () => {
        const url = demo.server.url;
        page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await openApp(page, url);
        expect(await page.title()).toBe('Бұл ноутбукты кім пайдаланып отыр? — Сандық');
        await signIn(page, demo.account('head'));

        // Titles per screen, in the interface language.
        // The header keeps its height while its lazily loaded parts arrive (a fresh load of a quiet screen).
        await page.goto(`${url}/#/settings`);
        await expect.poll(() => page!.title()).toBe('Баптаулар — Сандық');
        expect(await layoutShift(page)).toBeLessThan(0.1);
        await page.goto(`${url}/#/timetable`);
        await expect.poll(() => page!.title()).toBe('Сабақ кестесі — Сандық');

        // Dates as Kazakh and Russian write them, then as English does; an impossible one is said in words.
        const from = page.getByLabel('Өзгерістер қай күннен бастап күшіне енеді');
        await expect.poll(() => from.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        await from.fill('31.02.2026');
        await from.blur();
        await page.getByText('Мұндай күн жоқ', { exact: false }).waitFor({ timeout: TIMEOUT_MS });
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await expect.poll(() => page!.title()).toBe('Timetable — Sandyq');
        await expect.poll(() => page!.getByLabel('Changes take effect from', { exact: false }).inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        await page.getByRole('button', { name: 'Қазақша', exact: true }).click();

        // An unknown address, and one the head's role does not have, become the head's home screen.
        await page.goto(`${url}/#/nonsense`);
        await expect.poll(() => new URL(page!.url()).hash).toBe('#/schoolSetup');
        await page.goto(`${url}/#/myResults`);
        await expect.poll(() => new URL(page!.url()).hash).toBe('#/schoolSetup');

        // A class set's term report fits beside the menu: nothing wider than the window.
        await page.goto(`${url}/#/reports?period=quarter`);
        await page.getByLabel('Сынып', { exact: true }).selectOption({ label: '5-6' });
        const table = page.locator('table.report-table');
        await table.waitFor({ timeout: TIMEOUT_MS });
        const fit = await page.evaluate(() => {
          const t = document.querySelector('table.report-table')!;
          return {
            pageWidth: document.documentElement.scrollWidth,
            window: innerWidth,
            tableRight: t.getBoundingClientRect().right,
            frame: t.parentElement!.clientWidth,
            tableWidth: t.scrollWidth,
          };
        });
        expect(fit.pageWidth).toBeLessThanOrEqual(fit.window);
        expect(fit.tableRight).toBeLessThanOrEqual(fit.window);
        expect(fit.tableWidth).toBeLessThanOrEqual(fit.frame);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
    );
  });

  it("a pupil following a teacher's link lands on their own home screen", async () => {
    await withFailureScreenshots(
      'conventions-pupil',
      () => [page],
      async () => {
        const url = demo.server.url;
        page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await openApp(page, `${url}/#/people`);
        await signIn(page, demo.account('pupil01'));
        await expect.poll(() => new URL(page!.url()).hash).toBe('#/selfStudy');
        await expect.poll(() => page!.title()).toMatch(/ — Сандық$/);
      },
    );
  });

  it('on a phone (412×915) the main screens fit the window: nothing scrolls the page sideways', async () => {
    await withFailureScreenshots(
      'conventions-phone',
      () => [page],
      async () => {
        const url = demo.server.url;
        page = await browser.newPage({ viewport: { width: 412, height: 915 } });
        const overflow = () => page!.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        await openApp(page, url);
        expect(await overflow()).toBeLessThanOrEqual(0);
        await signIn(page, demo.account('assistant1'));
        await page.goto(`${url}/#/today`);
        const card = page.locator('.lesson-card').first();
        // The demo school has lessons Monday to Friday: on a weekend or a holiday (in the
        // school's time zone) Today is empty, so step to the next day with lessons.
        for (let day = 0; day < 21; day++) {
          await page.locator('.lesson-card, .empty-state').first().waitFor({ timeout: TIMEOUT_MS });
          if (await card.isVisible()) break;
          await page.getByRole('button', { name: /Келесі күн/ }).click();
        }
        await card.waitFor({ timeout: TIMEOUT_MS });
        expect(await overflow(), 'Today').toBeLessThanOrEqual(0);
        await card.click();
        await page.locator('section[data-session-id]').waitFor({ timeout: TIMEOUT_MS });
        expect(await overflow(), 'the register').toBeLessThanOrEqual(0);
        await page.goto(`${url}/#/attendance`);
        await expect.poll(() => page!.title()).not.toMatch(/^Бүгін/);
        expect(await overflow(), 'Attendance').toBeLessThanOrEqual(0);
        await page.goto(`${url}/#/settings`);
        await page.locator('[data-build-id]').first().waitFor({ timeout: TIMEOUT_MS });
        expect(await overflow(), 'Settings').toBeLessThanOrEqual(0);
      },
    );
  });
});
