/**
 * Issue 11, "must show": the parent report prints on A4. In Chromium against the real server
 * and the demo school: 5-6's quarter 2 in mathematics, a formative task the pupil takes from
 * their own account (scored by the server item by item), a БЖБ and a ТЖБ written on paper
 * and typed, the teacher's feedback on the ТЖБ, and an absence. The class teacher opens
 * Reports for parents; the page is rendered as a PDF for print (A4, 595 × 842 pt) and its
 * text read back with pdf.js: the pupil's name, the term mark and the feedback. The whole
 * class prints one page per pupil; the report in Russian; the screen axe-clean in Kazakh,
 * Russian and English, the report staying in the class's language.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedId } from '@/domain/ids';
import { fullName } from '@/domain/person';
import type { TableName } from '@/domain/tables';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, TIMEOUT_MS } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { QUARTER_2_DAY, sendAttempt, storeOnServer } from './helpers/quarterWork';

const skipReason = browserUnavailableReason();
const FEEDBACK = 'Есептің шартын мұқият оқы, жауабыңды тексер.';

type Row = { table: TableName; id: string; fields: Record<string, unknown> };

/** A page's size in whole points: A4 portrait is 595.3 × 841.9 pt, which Chromium writes as 595.9 × 842.9. */
const a4 = (page: { width: number; height: number }) => [Math.floor(page.width), Math.floor(page.height)];

/** The PDF's pages: each page's size in points and its text. */
async function readPdf(bytes: Buffer): Promise<{ width: number; height: number; text: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text: text.replace(/\s+/g, ' ') });
  }
  await doc.destroy();
  return pages;
}

describe.skipIf(skipReason)('the parent report prints on A4', () => {
  let demo: DemoServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeDemoAndBrowser(demo, browser);
  });

  it('renders one pupil and the whole class as A4 pages with the name, the mark and the feedback', async () => {
    await withFailureScreenshots(
      'parent-report-pdf',
      () => pages,
      async () => {
        const records = demo.server.demo!.records;
        const classSet = records.find((r) => r.table === 'classSets' && r.fields.name === '5-6')!;
        const maths = records.find((r) => r.table === 'subjects' && r.fields.code === 'mathematics')!.id;
        const classPupils = records.filter((r) => r.table === 'pupils' && r.fields.classSetId === classSet.id);
        const pupilAccount = demo.server.demo!.accounts.find((a) => classPupils.some((p) => p.id === a.pupilId))!;
        const pupilRecord = classPupils.find((p) => p.id === pupilAccount.pupilId)!;
        const pupilName = fullName(pupilRecord.fields as { surname: string; name: string; patronymic?: string });
        const teacher = demo.account('teacher4');
        const teacherId = teacher.staffId!;
        const yearId = classSet.fields.academicYearId as string;

        // --- The quarter's work and lessons, stored on the server as the school's own rows.
        const sectionId = randomUUID();
        const topics = [randomUUID(), randomUUID()];
        const items = [randomUUID(), randomUUID()];
        const formative = { assessmentId: randomUUID(), assignmentId: randomUUID() };
        const paper = (kind: string, title: string, maxScore: number) => ({
          kind,
          title,
          maxScore,
          assessmentId: randomUUID(),
          assignmentId: randomUUID(),
        });
        const bzhb = paper('sectionSummative', 'БЖБ 2: Бөлшектер', 10);
        const tzhb = paper('termSummative', 'ТЖБ: 2-тоқсан', 20);
        const sessions = [randomUUID(), randomUUID()];
        const typedMark = (work: typeof bzhb, score: number): Row => ({
          table: 'marks',
          id: derivedId('mark', 'typed', work.assessmentId, pupilRecord.id),
          fields: {
            pupilId: pupilRecord.id,
            subjectId: maths,
            classSetId: classSet.id,
            academicYearId: yearId,
            kind: work.kind,
            score,
            maxScore: work.maxScore,
            date: '2026-12-20',
            quarter: 2,
            assessmentId: work.assessmentId,
            authorId: teacherId,
          },
        });
        const assessment = (id: string, kind: string, title: string, maxScore: number, itemIds: string[]) => ({
          table: 'assessments' as const,
          id,
          fields: {
            kind,
            title,
            subjectId: maths,
            grades: [5, 6],
            authorId: teacherId,
            language: 'kk',
            criteria: [],
            selection: { kind: 'fixed', itemIds },
            maxScore,
            ...(kind === 'formative' ? {} : { quarter: 2 }),
            ...(kind === 'sectionSummative' ? { sectionId } : {}),
          },
        });
        const given = (assignmentId: string, assessmentId: string): Row => ({
          table: 'assignments',
          id: assignmentId,
          fields: { assessmentId, classSetId: classSet.id, assignedById: teacherId, opensAt: QUARTER_2_DAY },
        });
        const item = (id: string, topicId: string, prompt: string, value: number): Row => ({
          table: 'items',
          id,
          fields: {
            subjectId: maths,
            grade: 5,
            language: 'kk',
            points: 2,
            kind: 'number',
            prompt,
            key: { kind: 'number', value, tolerance: 0 },
            topicId,
          },
        });
        const rows: Row[] = [
          { table: 'sections', id: sectionId, fields: { subjectId: maths, grade: 5, order: 0, titles: { kk: 'Бөлшектер', ru: 'Дроби' } } },
          {
            table: 'topics',
            id: topics[0]!,
            fields: { sectionId, subjectId: maths, grade: 5, order: 0, titles: { kk: 'Жай бөлшектер', ru: 'Обыкновенные дроби' } },
          },
          {
            table: 'topics',
            id: topics[1]!,
            fields: { sectionId, subjectId: maths, grade: 5, order: 1, titles: { kk: 'Ондық бөлшектер', ru: 'Десятичные дроби' } },
          },
          item(items[0]!, topics[0]!, '1/2 + 1/4 = ? (ондық түрде)', 0.75),
          item(items[1]!, topics[1]!, '0,3 × 4 = ?', 1.2),
          assessment(formative.assessmentId, 'formative', 'Бөлшектер: ҚБ', 4, items),
          given(formative.assignmentId, formative.assessmentId),
          assessment(bzhb.assessmentId, bzhb.kind, bzhb.title, bzhb.maxScore, []),
          given(bzhb.assignmentId, bzhb.assessmentId),
          assessment(tzhb.assessmentId, tzhb.kind, tzhb.title, tzhb.maxScore, []),
          given(tzhb.assignmentId, tzhb.assessmentId),
          typedMark(bzhb, 7),
          typedMark(tzhb, 16),
          {
            table: 'feedback',
            id: randomUUID(),
            fields: {
              pupilId: pupilRecord.id,
              aboutKind: 'mark',
              aboutId: derivedId('mark', 'typed', tzhb.assessmentId, pupilRecord.id),
              text: FEEDBACK,
              authorId: teacherId,
              givenAt: Date.UTC(2026, 11, 21),
            },
          },
          ...sessions.map((id, i) => ({
            table: 'lessonSessions' as const,
            id,
            fields: { classSetId: classSet.id, date: '2026-11-17', period: i + 1, subjectId: maths, teacherId, mode: 'inClass', status: 'held' },
          })),
          {
            table: 'attendanceMarks',
            id: derivedId(sessions[0]!, pupilRecord.id),
            fields: { sessionId: sessions[0], pupilId: pupilRecord.id, classSetId: classSet.id, date: '2026-11-17', status: 'absent' },
          },
        ];
        await storeOnServer(demo, rows);
        // The first item right, the second wrong.
        await sendAttempt(demo, pupilAccount, { ...formative, itemIds: items }, [
          { itemId: items[0]!, response: { kind: 'number', value: 0.75 } },
          { itemId: items[1]!, response: { kind: 'number', value: 12 } },
        ]);

        // --- The class teacher opens the pupil's report.
        const context = await browser.newContext();
        const page = await context.newPage();
        pages.push(page);
        const url = demo.server.url;
        await openApp(page, url);
        await signIn(page, teacher);
        await page.goto(`${url}/#/parentReports?classSet=${classSet.id}&quarter=2&pupil=${pupilRecord.id}`);
        const report = page.locator('article.parent-report-page');
        await report.getByRole('heading', { level: 2, name: pupilName }).waitFor({ timeout: TIMEOUT_MS });
        // ҚБ 1 of 2 items right = 2 / 4 = 50 %, БЖБ 7 / 10 = 70 %, ТЖБ 16 / 20 = 80 %: 12,5 + 17,5 + 40 = 70 % → 4.
        await report.getByText('Тоқсандық баға: 4 (70 %)').waitFor({ timeout: TIMEOUT_MS });
        await report.getByText(FEEDBACK).waitFor();
        expect(await report.getByRole('row', { name: /Жай бөлшектер/ }).innerText()).toMatch(/2 \/ 2\s+100\s+меңгерді/);
        expect(await report.getByRole('row', { name: /Ондық бөлшектер/ }).innerText()).toMatch(/0 \/ 2\s+0\s+әлі меңгермеді/);
        // Two lessons on 17 November, the first missed without an excuse.
        expect(await report.locator('.parent-report-attendance').innerText()).toMatch(
          /Өткізілген сабақтар\s+2\s+Қатыспаған сабақтар\s+1 \(себепсіз – 1, дәлелді себеппен – 0, ауырып – 0\)/,
        );
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // --- Printed: an A4 page with the name, the mark and the feedback.
        await page.emulateMedia({ media: 'print' });
        const one = await readPdf(await page.pdf({ format: 'A4' }));
        expect(one).toHaveLength(1);
        expect(a4(one[0]!)).toEqual([595, 842]);
        expect(one[0]!.text).toContain(pupilName);
        expect(one[0]!.text).toContain('Тоқсандық баға: 4 (70 %)');
        expect(one[0]!.text).toContain(FEEDBACK);
        expect(one[0]!.text).toContain('Оқушының оқу жетістіктері туралы есеп');
        // Nothing of the app's frame or controls on paper.
        expect(one[0]!.text).not.toContain('Басып шығару');

        // --- The whole class: one A4 page per pupil, each with its pupil's name.
        await page.emulateMedia({ media: 'screen' });
        await page.getByLabel('Оқушы', { exact: true }).selectOption({ label: 'Бүкіл сынып' });
        await expect.poll(() => report.count(), { timeout: TIMEOUT_MS }).toBe(classPupils.length);
        await page.emulateMedia({ media: 'print' });
        const all = await readPdf(await page.pdf({ format: 'A4' }));
        expect(all).toHaveLength(classPupils.length);
        expect(all.map(a4)).toEqual(all.map(() => [595, 842]));
        const names = classPupils.map((p) => fullName(p.fields as { surname: string; name: string; patronymic?: string }));
        expect(all.map((p) => names.filter((n) => p.text.includes(n)).length)).toEqual(all.map(() => 1));
        expect(new Set(all.map((p) => names.find((n) => p.text.includes(n)))).size).toBe(classPupils.length);
        expect(all.find((p) => p.text.includes(pupilName))!.text).toContain(FEEDBACK);

        // --- The class's figures as files, written on the laptop.
        await page.emulateMedia({ media: 'screen' });
        const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV файлына жүктеу' }).click()]);
        expect(csv.suggestedFilename()).toBe('ата-анаға-есеп_5-6_2.csv');
        const csvLines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
        expect(csvLines).toHaveLength(classPupils.length + 2);
        expect(csvLines).toContain(`${pupilName};${pupilRecord.fields.grade};Математика;50;70;80;70;4;;2;1;0;0;50`);
        const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX) файлына жүктеу' }).click()]);
        expect(xlsx.suggestedFilename()).toBe('ата-анаға-есеп_5-6_2.xlsx');
        expect(
          readFileSync((await xlsx.path())!)
            .subarray(0, 2)
            .toString('latin1'),
        ).toBe('PK');

        // --- The report in Russian, whatever the interface's language.
        await page.getByLabel('Есеп тілі', { exact: true }).selectOption('ru');
        const mine = report.filter({ has: page.getByRole('heading', { level: 2, name: pupilName }) });
        await mine.getByText('Четвертная оценка: 4 (70 %)').waitFor({ timeout: TIMEOUT_MS });
        await mine.getByText('Обыкновенные дроби').waitFor();
        expect(await mine.getAttribute('lang')).toBe('ru');
        await page.getByLabel('Оқушы', { exact: true }).selectOption({ label: pupilName });
        await expect.poll(() => report.count(), { timeout: TIMEOUT_MS }).toBe(1);
        await page.emulateMedia({ media: 'print' });
        const ru = await readPdf(await page.pdf({ format: 'A4' }));
        expect(ru).toHaveLength(1);
        expect(ru[0]!.text).toContain('Отчёт об учебных достижениях ученика');
        expect(ru[0]!.text).toContain('Четвертная оценка: 4 (70 %)');
        expect(ru[0]!.text).toContain(FEEDBACK);
        await page.emulateMedia({ media: 'screen' });

        // --- The screen in Russian and English, axe-clean; the report keeps its language.
        await page.getByRole('button', { name: 'Русский' }).click();
        await page.getByRole('heading', { level: 1, name: 'Отчёт для родителей' }).waitFor({ timeout: TIMEOUT_MS });
        await page.getByLabel('Язык отчёта', { exact: true }).selectOption('kk');
        await report.getByText('Тоқсандық баға: 4 (70 %)').waitFor({ timeout: TIMEOUT_MS });
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Reports for parents' }).waitFor({ timeout: TIMEOUT_MS });
        await page.getByRole('button', { name: 'Print' }).waitFor();
        await page.getByRole('button', { name: 'Download Excel (XLSX)' }).waitFor();
        expect(await report.innerText()).toContain('Тоқсандық баға: 4 (70 %)');
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await context.close();
      },
    );
  }, 120_000);
});
