/**
 * The update flow, against real successive deploys (the app rebuilt with other build ids,
 * served in turn by the same server as a redeploy would):
 * - a new service worker is offered ("update ready"), never forced: no reload until the
 *   person agrees, and not even then while a form holds unsaved typing;
 * - after three deploys while an old tab stays open, one complete version boots: the old
 *   tab keeps working from its own precache (even screens it never opened, whose files
 *   the server no longer has), a new tab gets the same complete old version rather than a
 *   new index.html, and agreeing to the update boots the newest version, whole.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import {
  buildIdOf,
  checkForUpdate,
  isSameDocument,
  markDocument,
  openApp,
  recordFailedRequests,
  answerPinOffer,
  signIn,
  waitForAppReady,
  waitForOfflineReady,
} from './helpers/app';
import { buildVariant } from './helpers/buildVariants';
import { startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const UPDATE_READY = 'Сандықтың жаңа нұсқасы дайын.';

describe.skipIf(skipReason)('updates', () => {
  let demo: DemoServer;
  let server: DemoServer['server'];
  let browser: Browser;
  let context: BrowserContext | undefined;
  const pages: Page[] = [];
  const deploys: string[] = [];

  beforeAll(async () => {
    // Four deploys of the same code, each a different bundle. All built here rather than
    // reusing dist/, so a dist/ left from older code cannot make the deploys differ in
    // more than their id (a database schema change would rightly stop the old tab).
    for (const n of [1, 2, 3, 4]) deploys.push(await buildVariant(`e2e-deploy-${n}`));
    demo = await startDemoServer({ distDir: deploys[0]! });
    server = demo.server;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await demo?.database.close();
    for (const dir of deploys) rmSync(dir, { recursive: true, force: true });
  });

  async function newPage(): Promise<Page> {
    const page = await context!.newPage();
    pages.push(page);
    return page;
  }

  it('offers a new version, and applies it only when agreed and once typing is saved', async () => {
    await withFailureScreenshots(
      'update-offered',
      () => pages,
      async () => {
        context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const page = await newPage();
        server.setDistDir(deploys[0]!);
        await openApp(page, server.url);
        await waitForOfflineReady(page);
        const firstBuild = await buildIdOf(page);
        expect(firstBuild).toBe('e2e-deploy-1');

        // Someone is typing their login on the sign-in screen when a deploy lands.
        const teacher = demo.account('teacher1');
        await page.getByLabel('Логин', { exact: true }).fill(teacher.login);
        await markDocument(page);
        server.setDistDir(deploys[1]!);
        expect(await checkForUpdate(page)).toBe(true);
        await page.getByText(UPDATE_READY).waitFor();

        // Offered, not forced: the page is the same document, on the same version.
        await page.waitForTimeout(1000);
        expect(await isSameDocument(page)).toBe(true);
        expect(await buildIdOf(page)).toBe(firstBuild);

        // Agreed, but the login field holds unsaved typing: the update waits and says why.
        await page.getByRole('button', { name: 'Жаңарту' }).click();
        await page.getByText('Теріп жатқаныңызды аяқтаңыз: жаңарту содан кейін басталады.').waitFor();
        await page.waitForTimeout(1000);
        expect(await isSameDocument(page)).toBe(true);
        expect(await page.getByLabel('Логин', { exact: true }).inputValue()).toBe(teacher.login);

        // The sign-in completes (through the PIN offer, which holds the update too): now the
        // new version takes over, with the teacher still signed in.
        const reloaded = page.waitForEvent('load');
        await page.getByLabel('Құпиясөз', { exact: true }).fill(teacher.password);
        await page.getByRole('button', { name: 'Кіру', exact: true }).click();
        await page.waitForTimeout(500);
        expect(await isSameDocument(page)).toBe(true);
        await answerPinOffer(page, undefined);
        await reloaded;
        await waitForAppReady(page);
        expect(await isSameDocument(page)).toBe(false);
        expect(await buildIdOf(page)).toBe('e2e-deploy-2');
        expect(await page.locator('.user-name').textContent()).toContain(teacher.displayName);
        await context.close();
        context = undefined;
      },
    );
  });

  it('boots one complete version after three deploys while an old tab stays open', async () => {
    await withFailureScreenshots(
      'three-deploys',
      () => pages,
      async () => {
        context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        server.setDistDir(deploys[0]!);
        const oldTab = await newPage();
        const oldTabFailures = recordFailedRequests(oldTab);
        await openApp(oldTab, server.url);
        await signIn(oldTab, demo.account('teacher2'));
        await waitForOfflineReady(oldTab);
        const firstBuild = await buildIdOf(oldTab);
        expect(firstBuild).toBe('e2e-deploy-1');
        await markDocument(oldTab);

        for (const dir of deploys.slice(1)) {
          server.setDistDir(dir);
          expect(await checkForUpdate(oldTab)).toBe(true);
        }
        await oldTab.getByText(UPDATE_READY).waitFor();
        expect(await isSameDocument(oldTab)).toBe(true);

        // The old tab still has all of its version, even screens it never opened: the server
        // now serves only the fourth deploy, so these come from the old version's precache.
        for (const screen of ['Кітапхана', 'Бағалау', 'Бағалар']) {
          await oldTab.getByRole('link', { name: screen }).click();
          await oldTab.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
          expect(await oldTab.locator('.screen-failed').count()).toBe(0);
        }
        expect(await buildIdOf(oldTab)).toBe(firstBuild);

        // A new tab now gets the same complete old version, not a newer index.html whose files it lacks.
        const newTab = await newPage();
        const newTabFailures = recordFailedRequests(newTab);
        await openApp(newTab, `${server.url}/#/lessons`);
        expect(await buildIdOf(newTab)).toBe(firstBuild);
        await newTab.getByRole('heading', { level: 1, name: 'Сабақтар' }).waitFor();
        await markDocument(newTab);

        // Agreeing in the old tab boots the newest deploy, whole.
        const reloaded = oldTab.waitForEvent('load');
        await oldTab.getByRole('button', { name: 'Жаңарту' }).click();
        await reloaded;
        await waitForAppReady(oldTab);
        expect(await buildIdOf(oldTab)).toBe('e2e-deploy-4');
        const screens = await oldTab.getByRole('navigation').getByRole('link').allTextContents();
        expect(screens.length).toBeGreaterThan(3);
        for (const screen of screens) {
          await oldTab.getByRole('link', { name: screen }).click();
          await oldTab.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
          expect(await oldTab.locator('.screen-failed').count(), screen).toBe(0);
        }

        // The other tab is told, not reloaded under the person.
        await newTab.getByText('Жаңа нұсқа басқа терезеде орнатылды.', { exact: false }).waitFor();
        expect(await isSameDocument(newTab)).toBe(true);
        await newTab.reload();
        await waitForAppReady(newTab);
        expect(await buildIdOf(newTab)).toBe('e2e-deploy-4');

        expect([...oldTabFailures, ...newTabFailures]).toEqual([]);
      },
    );
  });
});
