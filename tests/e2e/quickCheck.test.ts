/**
 * Issue 10, the quick check of a remote lesson, end to end in Chromium: in a lesson of 5-6
 * taught from the hub, the assistant opens it in the room; three pupils each tap their name
 * on the one class laptop and answer; after sync each answer is the pupil's on the server
 * (recorded by the assistant), scored, and the remote teacher sees them pupil by pupil.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedId } from '@/domain/ids';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { writeSystemRecords, type SystemRecord } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const LESSON_DATE = '2026-11-24';
const TITLE = 'Сабақтағы жылдам тексеру';

describe.skipIf(skipReason)('the quick check of a remote lesson', () => {
  let demo: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  let sessionId = '';

  beforeAll(async () => {
    demo = await startDemoServer();
    const records = demo.server.demo!.records;
    const idOf = (table: string, match: (fields: Record<string, unknown>) => boolean) =>
      records.find((r) => r.table === table && match(r.fields))!.id;
    const classSetId = idOf('classSets', (f) => f.name === '5-6');
    const mathsId = idOf('subjects', (f) => f.code === 'mathematics');
    const key = (...parts: string[]) => derivedId('e2e-quick-check', ...parts);
    const slotId = key('slot');
    sessionId = lessonSessionId(slotId, LESSON_DATE);
    const item = (n: number, right: string, wrong: string) => ({
      table: 'items' as const,
      id: key('item', String(n)),
      fields: {
        kind: 'single',
        prompt: `${n}-сұрақ: ${right} пе?`,
        options: [
          { id: 'a', text: right },
          { id: 'b', text: wrong },
        ],
        key: { kind: 'single', optionId: 'a' },
        points: 1,
        subjectId: mathsId,
        grade: 5,
        topicId: key('topic'),
        language: 'kk',
      },
    });
    const seeded: SystemRecord[] = [
      {
        table: 'timetableSlots',
        id: slotId,
        fields: {
          classSetId,
          weekday: 2,
          period: 7,
          subjectId: mathsId,
          teacherId: demo.account('teacher4').staffId,
          assistantId: demo.account('assistant1').staffId,
          mode: 'fromHub',
          validFrom: '2026-09-01',
        },
      },
      item(1, '3/5', '2/5'),
      item(2, '0,5', '0,25'),
      {
        table: 'assessments',
        id: key('assessment'),
        fields: {
          kind: 'formative',
          title: TITLE,
          subjectId: mathsId,
          grades: [5, 6],
          authorId: demo.account('teacher4').staffId,
          language: 'kk',
          criteria: [],
          selection: { kind: 'fixed', itemIds: [key('item', '1'), key('item', '2')] },
          maxScore: 2,
        },
      },
      {
        table: 'assignments',
        id: key('assignment'),
        fields: { assessmentId: key('assessment'), classSetId, assignedById: demo.account('teacher4').staffId, opensAt: Date.now() - 3_600_000 },
      },
    ];
    await demo.database.transaction((tx) => writeSystemRecords(tx, demo.server.demo!.school.id, seeded, new ServerClock(Date.now)));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await closeDemoAndBrowser(demo, browser);
  });

  it('three pupils answer on the assistant’s laptop, each answer the pupil’s own on the server', async () => {
    await withFailureScreenshots(
      'quick-check',
      () => pages,
      async () => {
        const url = demo.server.url;
        const context = await browser.newContext();
        contexts.push(context);
        const page = await context.newPage();
        pages.push(page);
        await openApp(page, url);
        await signIn(page, demo.account('assistant1'));
        await page.goto(`${url}/#/attendance?date=${LESSON_DATE}&session=${sessionId}`);
        await page.locator('details.classroom-panel summary').click();
        const panel = page.getByRole('region', { name: 'Сыныптағы сабақ' });
        await panel.waitFor({ timeout: TIMEOUT_MS });
        await context.setOffline(true);
        await panel.getByRole('button', { name: TITLE }).click();
        const tiles = panel.locator('.pupil-tile');
        await tiles.first().waitFor();
        const names: string[] = [];
        for (let n = 0; n < 3; n++) {
          const tile = tiles.nth(n);
          const name = (await tile.innerText()).trim();
          names.push(name);
          await tile.click();
          const paper = panel.getByRole('region', { name: `Жылдам тексеру: ${name}` });
          await paper.waitFor({ timeout: TIMEOUT_MS });
          if (n === 0) expect(await seriousAccessibilityViolations(page)).toEqual([]);
          // Pupil 1 answers both right, pupil 2 one, pupil 3 none.
          const radios = paper.locator('input[type="radio"]');
          await radios.nth(n === 2 ? 1 : 0).click();
          await radios.nth(n === 0 ? 2 : 3).click();
          await expect
            .poll(() => radios.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length), { timeout: TIMEOUT_MS })
            .toBe(2);
          await paper.getByRole('button', { name: `Дайын: ${name}` }).click();
          await tiles.nth(n).getByText('жауап берді').waitFor({ timeout: TIMEOUT_MS });
        }
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await context.setOffline(false);
        await syncNow(page);

        const assistantStaffId = demo.account('assistant1').staffId;
        const stored = async () =>
          demo.database.query<{ attempt: { pupilId: string; recordedById: string }; result: { autoPoints: number } | null }>(
            `SELECT a.data AS attempt, r.data AS result FROM records a
               LEFT JOIN records r ON r.school_id = a.school_id AND r.tbl = 'attemptResults' AND r.data->>'attemptId' = a.id
              WHERE a.school_id = $1 AND a.tbl = 'attempts'`,
            [demo.server.demo!.school.id],
          );
        await expect.poll(async () => (await stored()).filter((s) => s.result).length, { timeout: TIMEOUT_MS }).toBe(3);
        const rows = await stored();
        expect(new Set(rows.map((r) => r.attempt.pupilId)).size).toBe(3);
        expect(rows.every((r) => r.attempt.recordedById === assistantStaffId)).toBe(true);
        expect(rows.map((r) => r.result!.autoPoints).sort()).toEqual([0, 1, 2]);

        // The remote teacher, on another laptop, sees the answers pupil by pupil.
        const teacherContext = await browser.newContext();
        contexts.push(teacherContext);
        const teacher = await teacherContext.newPage();
        pages.push(teacher);
        await openApp(teacher, url);
        await signIn(teacher, demo.account('teacher4'));
        await teacher.goto(`${url}/#/assessments?tab=assessments`);
        const table = teacher.getByRole('region', { name: `«${TITLE}»: оқушылардың жауаптары` });
        await table.waitFor({ timeout: TIMEOUT_MS });
        await expect.poll(() => table.locator('tbody tr').count(), { timeout: TIMEOUT_MS }).toBe(3);
        for (const name of names) expect(await table.innerText()).toContain(name.split(' ')[0]);
        expect(await table.innerText()).toContain('✓ ✓');
      },
    );
  }, 300_000);
});
