/**
 * Sync by file, end to end in Chromium against the real server: the head's laptop has no
 * link; a class set made there goes into an outbox file ("Файлға жазу"), shown as waiting
 * for delivery. A teacher's laptop that is online imports the file: the class set is on
 * the server. When the head's laptop comes back online, its sync finds the changes
 * delivered and the "waiting" note goes. Then the head writes the school's pull bundle (its
 * size shown first) and the teacher's laptop, offline, imports it. Axe finds nothing
 * serious on the screen.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, TIMEOUT_MS, waitForOfflineReady } from './helpers/app';
import { download } from './helpers/demoBrowser';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const NEW_SET = '9 Ж (USB)';

describe.skipIf(skipReason)('sync by file: an offline laptop’s changes reach the server on a USB drive', () => {
  let demo: DemoServer;
  let browser: Browser;
  let headContext: BrowserContext | undefined;
  let head: Page | undefined;
  let teacher: Page | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeDemoAndBrowser(demo, browser);
  });

  const openBundles = async (p: Page) => {
    await p.getByRole('link', { name: 'Файлмен синхрондау' }).click();
    await p.getByRole('heading', { level: 1, name: 'Файлмен синхрондау' }).waitFor({ timeout: TIMEOUT_MS });
  };

  it('exports the outbox offline, imports it on an online laptop, and the data is on the server', async () => {
    await withFailureScreenshots(
      'usb-bundle',
      () => [head, teacher],
      async () => {
        const url = demo.server.url;
        const viewport = { width: 1366, height: 900 };
        headContext = await browser.newContext({ viewport });
        head = await headContext.newPage();
        await openApp(head, url);
        await signIn(head, demo.account('head'));
        await head.waitForSelector('[data-last-synced]:not([data-last-synced=""])', { timeout: TIMEOUT_MS });
        await waitForOfflineReady(head);

        // --- No link: a class set made on the head's laptop waits in its outbox.
        await headContext.setOffline(true);
        const form = head.locator('form', { has: head.getByRole('heading', { name: 'Жаңа сынып' }) });
        await form.getByLabel('Сынып атауы', { exact: true }).fill(NEW_SET);
        await form.getByLabel('9-сынып', { exact: true }).check();
        await form.getByRole('button', { name: 'Сынып құру' }).click();
        await form.getByText(`«${NEW_SET}» сыныбы құрылды.`).waitFor();

        await openBundles(head);
        expect(await seriousAccessibilityViolations(head)).toEqual([]);
        const bytes = await download(head, 'Файлға жазу');
        await head.locator('[data-exported-changes="1"]').waitFor();
        await head.locator('[data-exported-waiting="1"]').waitFor();
        const file = join(mkdtempSync(join(tmpdir(), 'sandyq-usb-')), 'outbox.sqb');
        writeFileSync(file, bytes);
        const before = await demo.database.query("SELECT id FROM records WHERE tbl = 'classSets' AND data->>'name' = $1", [NEW_SET]);
        expect(before).toEqual([]);

        // --- A teacher's laptop with a link imports the file: the class set reaches the server.
        const teacherContext = await browser.newContext({ viewport });
        teacher = await teacherContext.newPage();
        await openApp(teacher, url);
        await signIn(teacher, demo.account('teacher2'));
        await openBundles(teacher);
        await teacher.getByLabel('Синхрондау файлы (.sqb)').setInputFiles(file);
        await teacher.locator('[data-import-status="sent"]').waitFor({ timeout: TIMEOUT_MS });
        expect(Number(await teacher.locator('[data-stored]').getAttribute('data-stored'))).toBeGreaterThanOrEqual(1);
        const after = await demo.database.query("SELECT id FROM records WHERE tbl = 'classSets' AND data->>'name' = $1", [NEW_SET]);
        expect(after).toHaveLength(1);

        // The same file again: accepted, nothing stored a second time.
        await teacher.getByLabel('Синхрондау файлы (.sqb)').setInputFiles(file);
        await teacher.locator('[data-import-status="sent"] [data-stored="0"]').waitFor({ timeout: TIMEOUT_MS });

        // A cut file is refused in words, nothing applied.
        const cut = join(mkdtempSync(join(tmpdir(), 'sandyq-usb-')), 'cut.sqb');
        writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.byteLength * 0.3)));
        await teacher.getByLabel('Синхрондау файлы (.sqb)').setInputFiles(cut);
        await teacher.getByText('Файл толық емес немесе өзгертілген', { exact: false }).waitFor({ timeout: TIMEOUT_MS });

        // --- The head's laptop online again: its sync finds the change delivered.
        await headContext.setOffline(false);
        await head.locator('[data-pending="0"]').waitFor({ timeout: TIMEOUT_MS });
        await expect.poll(() => head!.locator('[data-exported-waiting]').count(), { timeout: TIMEOUT_MS }).toBe(0);
        const still = await demo.database.query("SELECT id FROM records WHERE tbl = 'classSets' AND data->>'name' = $1", [NEW_SET]);
        expect(still).toEqual(after);

        // --- The head writes the school's pull bundle, its size shown first; the teacher's
        // laptop, now with no link, imports it through the pull's storing path.
        await head.getByRole('button', { name: 'Өлшемін көру' }).click();
        const announced = Number(await head.locator('[data-bundle-bytes]').getAttribute('data-bundle-bytes'));
        expect(announced).toBeGreaterThan(1000);
        const pull = await download(head, 'Файлды жазу');
        expect(pull.byteLength).toBe(announced);
        const pullFile = join(mkdtempSync(join(tmpdir(), 'sandyq-usb-')), 'school.sqb');
        writeFileSync(pullFile, pull);
        await teacherContext.setOffline(true);
        await teacher.getByLabel('Синхрондау файлы (.sqb)').setInputFiles(pullFile);
        await teacher.locator('[data-import-status="imported"]').waitFor({ timeout: TIMEOUT_MS });
        expect(await teacher.locator('[data-import-status="imported"]').textContent()).toContain('Дайын');
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await teacherContext.close();
      },
    );
  });
});
