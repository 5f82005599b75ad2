/**
 * Issue 9, co-planning end to end in Chromium against the real server: the hub-school
 * teacher who teaches 5-6 В remotely and the local teacher edit one short-term plan (ҚМЖ)
 * on two laptops.
 *
 * 1. The hub teacher opens the lesson from Today's link, writes its plan from the
 *    remote-lesson template (the assistant opens and consolidates, 5 + 30 + 10 minutes),
 *    adds a success criterion and a stage that takes the lesson over its 45 minutes (the
 *    total says so and the stages are refused, the criterion is kept); removes it; syncs.
 * 2. The local teacher's laptop receives the plan. Both offline, both write the plan's
 *    reflection differently; both sync. The later version stands on both laptops, the other
 *    is shown beside it; the hub teacher restores theirs, and it reaches the other laptop.
 * 3. The local teacher observes the lesson (lesson observation: a criterion partly met,
 *    recommendations) and shares it; the hub teacher reads it and answers.
 * Axe finds no serious or critical violation on the Lessons screen, the plan editor and the
 * Library, in Kazakh, Russian and English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { derivedId } from '@/domain/ids';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { remoteMathsClass, type RemoteClass } from './helpers/remoteClass';

const skipReason = browserUnavailableReason();
/** A Tuesday of the demo year's second quarter. */
const LESSON_DATE = '2026-11-24';

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe.skipIf(skipReason)('co-planning one lesson plan on two laptops', () => {
  let demo: DemoServer;
  let remote: RemoteClass;
  let browser: Browser;
  let hubContext: BrowserContext | undefined;
  let localContext: BrowserContext | undefined;
  let hub: Page | undefined;
  let local: Page | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    remote = remoteMathsClass(demo, { key: 'e2e-coplanning', name: '5-6 В', period: 3 });
    await demo.database.transaction((tx) => writeSystemRecords(tx, demo.server.demo!.school.id, remote.records, new ServerClock(Date.now)));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeDemoAndBrowser(demo, browser);
  });

  async function serverPlan(id: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await demo.database.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE tbl = 'lessonPlans' AND id = $1", [
      id,
    ]);
    return row?.data;
  }

  it('writes a plan from the remote template, keeps both offline edits of one field and restores one', async () => {
    await withFailureScreenshots(
      'co-planning',
      () => [hub, local],
      async () => {
        const url = demo.server.url;
        const viewport = { width: 1366, height: 768 };
        hubContext = await browser.newContext({ viewport });
        hub = await hubContext.newPage();
        await openApp(hub, url);
        await signIn(hub, demo.account('teacher4'));
        await hub.waitForSelector('[data-last-synced]:not([data-last-synced=""])', { timeout: TIMEOUT_MS });

        // --- From Today's lesson to its plan, written from the remote-lesson template.
        const h = hub;
        await h.goto(`${url}/#/today?date=${LESSON_DATE}`);
        await h.getByRole('link', { name: /^ҚМЖ.*5-6 В/ }).click();
        const row = h.locator('tr[aria-current="true"]');
        await row.waitFor({ timeout: TIMEOUT_MS });
        expect(await row.getAttribute('data-date')).toBe(LESSON_DATE);
        expect(await seriousAccessibilityViolations(h)).toEqual([]);
        await row.getByRole('button', { name: /^ҚМЖ жазу/ }).click();
        await h.getByRole('heading', { level: 1, name: 'Қысқа мерзімді жоспар (ҚМЖ)' }).waitFor();
        const planId = new URLSearchParams(new URL(h.url()).hash.split('?')[1]).get('plan')!;
        expect(planId).toBe(derivedId('lessonPlan', lessonSessionId(remote.slotId, LESSON_DATE)));
        await h
          .getByLabel(/^Кім жүргізеді/)
          .first()
          .waitFor({ timeout: TIMEOUT_MS });
        const leads = await h.getByLabel(/^Кім жүргізеді/).evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
        expect(leads).toEqual(['assistant', 'teacher', 'assistant']);
        const minutes = await h.getByLabel(/^Минут/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        expect(minutes).toEqual(['5', '30', '10']);
        expect(await text(h, '.minutes-total')).toBe('Барлығы 45 мин / 45 мин: 0 мин қалды');

        // --- A criterion is kept; a stage over the lesson's minutes is refused until removed.
        await h.getByLabel('Бағалау критерийлері').fill('Жай бөлшектерді салыстырады');
        await h.getByRole('button', { name: 'Кезең қосу' }).click();
        await h.getByLabel(/^Минут 4-кезең/).fill('10');
        expect(await text(h, '.minutes-total')).toBe('Барлығы 55 мин / 45 мин: 10 мин артық');
        await h.locator('.form-problems').waitFor({ timeout: TIMEOUT_MS });
        await h.getByRole('button', { name: /^Кезеңді өшіру 4-кезең/ }).click();
        await expect.poll(() => h.locator('.form-problems').count()).toBe(0);
        await h.getByText('Осы құрылғыда сақталды').waitFor({ timeout: TIMEOUT_MS });
        expect(await seriousAccessibilityViolations(h)).toEqual([]);
        await syncNow(h);
        expect(await serverPlan(planId)).toMatchObject({
          successCriteria: ['Жай бөлшектерді салыстырады'],
          stages: [{ minutes: 5 }, { minutes: 30 }, { minutes: 10 }],
        });

        // --- The local teacher's laptop receives it.
        localContext = await browser.newContext({ viewport });
        local = await localContext.newPage();
        const l = local;
        await openApp(l, url);
        await signIn(l, demo.account('teacher1'));
        await l.waitForSelector('[data-last-synced]:not([data-last-synced=""])', { timeout: TIMEOUT_MS });
        await l.goto(`${url}/#/lessons?plan=${planId}&date=${LESSON_DATE}`);
        await expect.poll(() => l.getByLabel('Бағалау критерийлері').inputValue(), { timeout: TIMEOUT_MS }).toBe('Жай бөлшектерді салыстырады');

        // --- Both offline write the reflection; the hub teacher's first.
        await hubContext.setOffline(true);
        await localContext.setOffline(true);
        await h.getByLabel('Рефлексия', { exact: true }).fill('Онлайн бөлім жақсы өтті');
        await h.getByText('Осы құрылғыда сақталды').waitFor({ timeout: TIMEOUT_MS });
        await l.getByLabel('Рефлексия', { exact: true }).fill('Оқушылар үлгерді, байланыс үзілді');
        await l.getByText('Осы құрылғыда сақталды').waitFor({ timeout: TIMEOUT_MS });
        await hubContext.setOffline(false);
        await syncNow(h);
        await localContext.setOffline(false);
        await syncNow(l);
        await syncNow(h);

        // --- Both versions shown on the hub laptop; the later one stands.
        const conflict = h.locator('.plan-conflict[data-field="reflection"]');
        await conflict.waitFor({ timeout: TIMEOUT_MS });
        expect(await conflict.locator('.conflict-version').allTextContents()).toEqual([
          'Қазіргі нұсқаОқушылар үлгерді, байланыс үзілді',
          'Екінші нұсқаОнлайн бөлім жақсы өтті',
        ]);
        expect(await h.getByLabel('Рефлексия', { exact: true }).inputValue()).toBe('Оқушылар үлгерді, байланыс үзілді');
        expect(await seriousAccessibilityViolations(h)).toEqual([]);

        // --- Restored here: it stands on the server and on the other laptop, the conflict closed.
        await conflict.getByRole('button', { name: /^Екінші нұсқаны қайтару/ }).click();
        await expect.poll(() => h.getByLabel('Рефлексия', { exact: true }).inputValue(), { timeout: TIMEOUT_MS }).toBe('Онлайн бөлім жақсы өтті');
        await expect.poll(() => conflict.count()).toBe(0);
        await syncNow(h);
        expect(await serverPlan(planId)).toMatchObject({ reflection: 'Онлайн бөлім жақсы өтті' });
        await syncNow(l);
        await expect.poll(() => l.getByLabel('Рефлексия', { exact: true }).inputValue(), { timeout: TIMEOUT_MS }).toBe('Онлайн бөлім жақсы өтті');
        await expect.poll(() => l.locator('.plan-conflict').count(), { timeout: TIMEOUT_MS }).toBe(0);

        // --- The local teacher observes the lesson; the hub teacher reads it and answers.
        await l.getByLabel('Жай бөлшектерді салыстырады', { exact: true }).selectOption({ label: 'Ішінара орындалды' });
        await l.getByLabel('Ұсыныстар', { exact: true }).fill('Бекітуге көбірек уақыт беріңіз.');
        await l.getByRole('button', { name: 'Мұғаліммен бөлісу' }).click();
        await l.getByText('Бақылау сақталды.').waitFor({ timeout: TIMEOUT_MS });
        await syncNow(l);
        await syncNow(h);
        const observation = h.locator('.observation');
        await observation.waitFor({ timeout: TIMEOUT_MS });
        expect(await observation.innerText()).toContain('Ішінара орындалды: Жай бөлшектерді салыстырады');
        expect(await observation.innerText()).toContain('Бекітуге көбірек уақыт беріңіз.');
        await observation.getByLabel('Мұғалімнің жауабы').fill('Келісемін, келесі сабақта ескеремін.');
        await observation.getByRole('button', { name: 'Жауапты сақтау' }).click();
        await observation.getByText('Осы құрылғыда сақталды').waitFor({ timeout: TIMEOUT_MS });
        await syncNow(h);
        const [observed] = await demo.database.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE tbl = 'lessonObservations'");
        expect(observed?.data).toMatchObject({
          teacherId: demo.account('teacher4').staffId,
          observerId: demo.account('teacher1').staffId,
          criteria: [{ text: 'Жай бөлшектерді салыстырады', met: 'partly' }],
          teacherAnswer: 'Келісемін, келесі сабақта ескеремін.',
        });
        expect(await seriousAccessibilityViolations(h)).toEqual([]);

        // --- The plan, the lessons and the library in Russian and English.
        for (const [language, planTitle, lessonsTitle, libraryTitle] of [
          ['Русский', 'Краткосрочный план (КСП)', 'Уроки', 'Библиотека'],
          ['English', 'Short-term lesson plan', 'Lessons', 'Library'],
        ] as const) {
          await h.getByRole('button', { name: language, exact: true }).click();
          await h.getByRole('heading', { level: 1, name: planTitle }).waitFor({ timeout: TIMEOUT_MS });
          expect(await seriousAccessibilityViolations(h)).toEqual([]);
          await h.goto(`${url}/#/lessons?classSet=${remote.classSetId}`);
          await h.getByRole('heading', { level: 1, name: lessonsTitle }).waitFor({ timeout: TIMEOUT_MS });
          await h.locator('.quarter-lessons').waitFor({ timeout: TIMEOUT_MS });
          expect(await seriousAccessibilityViolations(h)).toEqual([]);
          await h.goto(`${url}/#/library`);
          await h.getByRole('heading', { level: 1, name: libraryTitle }).waitFor({ timeout: TIMEOUT_MS });
          expect(await seriousAccessibilityViolations(h)).toEqual([]);
          await h.goto(`${url}/#/lessons?plan=${planId}&date=${LESSON_DATE}`);
        }
        await h.getByRole('button', { name: 'Қазақша', exact: true }).click();
      },
    );
  });
});
