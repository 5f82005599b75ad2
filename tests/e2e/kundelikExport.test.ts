/**
 * Issue 11, "the Kundelik export opens as a spreadsheet with the right cells", end to end in
 * Chromium against the real server:
 *
 * 1. Quarter 2 of 5-6, mathematics, as the laptops would have synced it: two held lessons
 *    (Monday 16 and Wednesday 18 November) and a Kazakh lesson between; one pupil absent on
 *    the 16th, the day the formative task opened, who still did it (2 of 4) and the БЖБ (4
 *    of 4), with the paper ТЖБ typed in (8 of 10); another pupil ill on the 18th.
 * 2. The assistant opens the Journal on the subject: the page shows the letters with the
 *    points, the БЖБ, ТЖБ and term mark; axe clean.
 * 3. "Download for Kundelik (XLSX)": the file, read with read-excel-file, has the title block,
 *    the header row in Kazakh (the class's language) and the right cells; the CSV too.
 * 4. The screen in Russian and English, axe clean; the file's headers stay Kazakh.
 */
import { randomUUID } from 'node:crypto';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { browserUnavailableReason } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS } from './helpers/app';
import { download, useDemoBrowser } from './helpers/demoBrowser';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { demoIds, givePaperTermTest, giveTask, storeOnServer, submitAttempt } from './helpers/quarterWork';

const skipReason = browserUnavailableReason();

type Cell = string | number | boolean | Date | null;

describe.skipIf(skipReason)('the journal page downloaded for Kundelik', () => {
  const suite = useDemoBrowser();

  it('opens as a spreadsheet with the right cells', async () => {
    await withFailureScreenshots(
      'kundelik-export',
      () => suite.pages,
      async () => {
        const { demo } = suite;
        const url = demo.server.url;
        const ids = demoIds(demo);
        const records = demo.server.demo!.records;
        const fieldsOf = (id: string) => records.find((r) => r.id === id)!.fields as Record<string, string | number>;
        const nameOf = (id: string) => ['surname', 'name', 'patronymic'].map((k) => fieldsOf(id)[k]).join(' ');
        const [star, ill] = ids.pupils;
        const starGrade = fieldsOf(star!.pupilId!).grade as number;
        const yearId = records.find((r) => r.table === 'academicYears')!.id;
        const kazakhId = records.find((r) => r.table === 'subjects' && r.fields.code === 'kazakhLanguage')!.id;

        // --- 1. The quarter's work and lessons.
        const fo = await giveTask(demo, 'formative', 'Көбейту: ҚБ');
        const bzhb = await giveTask(demo, 'sectionSummative', 'Көбейту және бөлу: БЖБ');
        const tzhb = await givePaperTermTest(demo, '2-тоқсан: ТЖБ');
        await submitAttempt(demo, star!, fo, 1);
        await submitAttempt(demo, star!, bzhb, 2);
        const lesson = (date: string, period: number, subjectId = ids.subjectId) => ({
          table: 'lessonSessions' as const,
          id: randomUUID(),
          fields: { classSetId: ids.classSetId, date, period, subjectId, teacherId: ids.teacherStaffId, mode: 'inClass', status: 'held' },
        });
        const monday = lesson('2026-11-16', 1);
        const wednesday = lesson('2026-11-18', 2);
        const absence = (session: { id: string; fields: { date: string } }, pupilId: string, status: string) => ({
          table: 'attendanceMarks' as const,
          id: randomUUID(),
          fields: { sessionId: session.id, pupilId, classSetId: ids.classSetId, date: session.fields.date, status },
        });
        await storeOnServer(demo, [
          monday,
          lesson('2026-11-17', 1, kazakhId),
          wednesday,
          absence(monday, star!.pupilId!, 'absent'),
          absence(wednesday, ill!.pupilId!, 'ill'),
          {
            table: 'marks',
            id: randomUUID(),
            fields: {
              pupilId: star!.pupilId,
              subjectId: ids.subjectId,
              classSetId: ids.classSetId,
              academicYearId: yearId,
              kind: 'termSummative',
              score: 8,
              maxScore: 10,
              date: '2026-12-22',
              quarter: 2,
              assessmentId: tzhb.assessmentId,
              authorId: ids.teacherStaffId,
            },
          },
        ]);

        // --- 2. The assistant's Journal, on the subject: the quarter of the address.
        const { page } = await suite.laptop({ acceptDownloads: true });
        await openApp(page, url);
        await signIn(page, demo.account('assistant1'));
        await syncNow(page);
        await page.goto(`${url}/#/journal?scope=${ids.classSetId}&subject=${ids.subjectId}&quarter=2`);
        const row = (pupilId: string) => page.locator(`.journal-page tr[data-pupil-id="${pupilId}"]`);
        const dayCells = (pupilId: string) => row(pupilId).locator('td.journal-cell');
        await expect.poll(() => dayCells(star!.pupilId!).allTextContents(), { timeout: TIMEOUT_MS }).toEqual(['Ж 2', '']);
        expect(await dayCells(ill!.pupilId!).allTextContents()).toEqual(['', 'Ж']);
        const mark = (pupilId: string, column: string) => row(pupilId).locator(`td[data-column="${column}"]`).innerText();
        expect(await mark(star!.pupilId!, bzhb.assessmentId)).toBe('4');
        expect(await mark(star!.pupilId!, tzhb.assessmentId)).toBe('8');
        // 25 % × 50 + 25 % × 100 + 50 % × 80 = 77.5 % → 4.
        expect(await mark(star!.pupilId!, 'termPercent')).toBe('77,5');
        expect(await mark(star!.pupilId!, 'termMark')).toBe('4');
        expect(await mark(ill!.pupilId!, 'termMark')).toBe('');
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // --- 3. The XLSX: a sheet per grade, the title block, the header row, the cells.
        const sheets = (await readXlsxFile(await download(page, 'Күнделік үшін жүктеп алу (XLSX)'))) as { sheet: string; data: Cell[][] }[];
        expect(sheets.map((s) => s.sheet)).toEqual(['5-сынып', '6-сынып']);
        const sheet = sheets.find((s) => s.sheet === `${starGrade}-сынып`)!.data;
        expect(sheet.slice(0, 5)).toEqual([
          ['Мектеп', 'Талдысай шағын жинақты мектебі', ...Array(7).fill(null)],
          ['Сынып', `5-6 (${starGrade}-сынып)`, ...Array(7).fill(null)],
          ['Пән', 'Математика', ...Array(7).fill(null)],
          ['Тоқсан', '2-тоқсан', ...Array(7).fill(null)],
          ['Мұғалім', nameOf(ids.teacherStaffId), ...Array(7).fill(null)],
        ]);
        const header = sheet.findIndex((r) => r[0] === '№');
        expect(sheet[header]).toEqual([
          '№',
          'Оқушының аты-жөні',
          '16.11 ҚБ (4)',
          '18.11',
          'БЖБ 1 (4)',
          'ТЖБ (10)',
          'Тоқсан, %',
          'Тоқсандық баға',
          'Жылдық баға',
        ]);
        const starRow = sheet.find((r) => r[1] === nameOf(star!.pupilId!))!;
        expect(starRow.slice(1)).toEqual([nameOf(star!.pupilId!), 'Ж 2', null, 4, 8, 77.5, 4, null]);
        const illSheet = sheets.find((s) => s.sheet === `${fieldsOf(ill!.pupilId!).grade}-сынып`)!.data;
        expect(illSheet.find((r) => r[1] === nameOf(ill!.pupilId!))!.slice(2)).toEqual([null, 'Ж', null, null, null, null, null]);
        const numbers = sheet.slice(header + 1).map((r) => r[0]);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));

        // The CSV: the same cells, decimals with a comma.
        const csv = (await download(page, 'CSV жүктеу')).toString('utf8');
        expect(csv.startsWith('\uFEFFМектеп;Талдысай шағын жинақты мектебі\r\n')).toBe(true);
        expect(csv).toContain(`;${nameOf(star!.pupilId!)};Ж 2;;4;8;77,5;4;\r\n`);

        // --- 4. In Russian and English; the file is the class's, in Kazakh.
        await page.getByRole('button', { name: 'Русский', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Журнал' }).waitFor();
        await page.getByRole('columnheader', { name: 'Оценка за четверть' }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        const ru = (await readXlsxFile(await download(page, 'Скачать для Kundelik (XLSX)'))) as { sheet: string; data: Cell[][] }[];
        expect(ru[0]!.data.find((r) => r[0] === '№')).toContain('Тоқсандық баға');
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
        await page.getByRole('columnheader', { name: 'Term mark' }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
    );
  }, 180_000);
});
