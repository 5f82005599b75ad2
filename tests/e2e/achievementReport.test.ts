/**
 * Issue 11, the school's achievement indicators end to end in Chromium against the real
 * server:
 *
 * 1. Quarter 1 of 5-6, Kazakh: a 5 and a 3. Quarter 2, mathematics: term marks 5, 4, 3 and 2
 *    from typed scores, one pupil still without the ТЖБ, the rest with nothing yet.
 * 2. The head opens Achievement for quarter 2: 5-6's mathematics and the school show
 *    үлгерім 75 % and білім сапасы 50 % over the 4 assessed pupils, the others not assessed;
 *    the trend table has quarter 1 (100 %, 50 %) and quarter 2; the chart is drawn, and its
 *    library (uPlot) was fetched only then: it is in no first-visit file and in no chunk but
 *    the chart's own.
 * 3. The CSV and XLSX downloads hold the same figures.
 * 4. Axe clean in Kazakh, Russian and English, with each language's labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { typedMarkIdOf } from '@/client/gradebook/gradebookCommands';
import { derivedId } from '@/domain/ids';
import { defaultDistDir } from '@/server/projectRoot';
import { firstVisitFiles } from '../bench/distManifest';
import { browserUnavailableReason } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS } from './helpers/app';
import { download, useDemoBrowser } from './helpers/demoBrowser';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { demoIds, storeOnServer } from './helpers/quarterWork';

const skipReason = browserUnavailableReason();
/** A day in each quarter of the demo year, whatever day the test runs. */
const DAY = { 1: '2026-10-05', 2: '2026-11-16' } as const;
/** uPlot's own class names, found only in its code. */
const UPLOT_MARK = 'u-legend';

type Row = { table: 'assessments' | 'assignments' | 'marks'; id: string; fields: Record<string, unknown> };

/** Text as compared here: spaces of any width (Intl puts a narrow one before %) taken out. */
const squeeze = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, '');

describe.skipIf(skipReason)('the school’s achievement indicators by quarter', () => {
  const suite = useDemoBrowser();

  it('shows үлгерім and білім сапасы per class set, subject and the school, with the trend as a chart and a table', async () => {
    await withFailureScreenshots(
      'achievement-report',
      () => suite.pages,
      async () => {
        const { demo } = suite;
        const ids = demoIds(demo);
        const records = demo.server.demo!.records;
        const kazakhId = records.find((r) => r.table === 'subjects' && r.fields.code === 'kazakhLanguage')!.id;
        const yearId = records.find((r) => r.table === 'academicYears')!.id;
        const pupils = ids.pupils.map((p) => p.pupilId!);
        const rows: Row[] = [];
        /** The three parts of a subject's quarter, each out of 10, with each pupil's score in every part. */
        const quarter = (subjectId: string, q: 1 | 2, scores: ReadonlyMap<string, readonly number[]>) => {
          const parts = [
            { kind: 'formative', id: `${subjectId}-fo-${q}` },
            { kind: 'sectionSummative', id: `${subjectId}-bzhb-${q}` },
            { kind: 'termSummative', id: `${subjectId}-tzhb-${q}` },
          ].map((p) => ({ ...p, id: derivedId('e2e-achievement', p.id) }));
          parts.forEach(({ kind, id }, i) => {
            rows.push({
              table: 'assessments',
              id,
              fields: {
                kind,
                title: `${kind} ${q}`,
                subjectId,
                grades: [5, 6],
                authorId: ids.teacherStaffId,
                language: 'kk',
                criteria: [],
                selection: { kind: 'fixed', itemIds: [] },
                maxScore: 10,
                ...(kind === 'formative' ? {} : { quarter: q }),
                ...(kind === 'sectionSummative' ? { sectionId: derivedId('e2e-achievement', 'section', subjectId) } : {}),
              },
            });
            rows.push({
              table: 'assignments',
              id: derivedId('e2e-achievement', 'given', id),
              fields: { assessmentId: id, classSetId: ids.classSetId, assignedById: ids.teacherStaffId, opensAt: Date.parse(`${DAY[q]}T05:00:00Z`) },
            });
            for (const [pupilId, score] of scores) {
              if (score[i] === undefined) continue;
              rows.push({
                table: 'marks',
                id: typedMarkIdOf(id, pupilId),
                fields: {
                  pupilId,
                  subjectId,
                  classSetId: ids.classSetId,
                  academicYearId: yearId,
                  kind,
                  score: score[i],
                  maxScore: 10,
                  date: DAY[q],
                  quarter: q,
                  assessmentId: id,
                  authorId: ids.teacherStaffId,
                },
              });
            }
          });
        };
        // Quarter 1, Kazakh: 100 % → 5 and 50 % → 3.
        quarter(
          kazakhId,
          1,
          new Map([
            [pupils[0]!, [10, 10, 10]],
            [pupils[1]!, [5, 5, 5]],
          ]),
        );
        // Quarter 2, mathematics: 100 % → 5, 70 % → 4, 50 % → 3, 30 % → 2; the fifth has no ТЖБ yet.
        quarter(
          ids.subjectId,
          2,
          new Map([
            [pupils[0]!, [10, 10, 10]],
            [pupils[1]!, [7, 7, 7]],
            [pupils[2]!, [5, 5, 5]],
            [pupils[3]!, [3, 3, 3]],
            [pupils[4]!, [9, 9]],
          ]),
        );
        await storeOnServer(demo, rows);

        const { page } = await suite.laptop({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await openApp(page, demo.server.url);
        await signIn(page, demo.account('head'));
        await syncNow(page);
        expect(requested.filter((u) => /TrendChart|uplot|\/libraries-[^/]*\.js$/i.test(u))).toEqual([]);

        // --- 2. Quarter 2 on screen.
        await page.goto(`${demo.server.url}/#/achievement?period=2&classSet=${ids.classSetId}`);
        await page.getByRole('heading', { level: 1, name: 'Үлгерім және білім сапасы' }).waitFor();
        const row = page.locator(`.achievement-table tbody tr[data-class-set-id="${ids.classSetId}"]`);
        const cell = (where: typeof row, subject: string, figure: string) => where.locator(`td[data-subject="${subject}"][data-figure="${figure}"]`);
        await cell(row, ids.subjectId, 'performance').waitFor({ timeout: TIMEOUT_MS });
        const n = pupils.length;
        expect(squeeze(await row.locator('td[data-figure="pupils"]').textContent())).toBe(String(n));
        expect(squeeze(await row.locator('td[data-figure="notAssessed"]').textContent())).toBe(String(n - 4));
        expect(squeeze(await cell(row, ids.subjectId, 'performance').textContent())).toBe(`75%${n - 4}бағасыз`);
        expect(squeeze(await cell(row, ids.subjectId, 'quality').textContent())).toBe('50%');
        expect(squeeze(await cell(row, 'all', 'performance').textContent())).toBe('75%');
        // Kazakh has no gradebook in quarter 2: its cell is empty, not 0 %.
        expect(squeeze(await cell(row, kazakhId, 'performance').textContent())).toBe('');
        const school = page.locator('.achievement-table tfoot tr');
        expect(squeeze(await cell(school, 'all', 'performance').textContent())).toBe('75%');
        expect(squeeze(await cell(school, 'all', 'quality').textContent())).toBe('50%');

        // The trend: quarter 1 from Kazakh (100 %, 50 %), quarter 2 from mathematics; nothing yet after.
        const trend = (period: string) => page.locator(`.achievement-trend-table tr[data-period="${period}"] td`).allTextContents();
        expect((await trend('1')).map(squeeze)).toEqual(['100%', '50%', '100%', '50%']);
        expect((await trend('2')).map(squeeze)).toEqual(['75%', '50%', '75%', '50%']);
        expect((await trend('year')).map(squeeze)).toEqual(['—', '—', '—', '—']);
        // The chart, named for screen readers, drawn by uPlot, whose code came only now, in the chunk of the
        // libraries loaded on use (vite.config.ts), never with the first visit.
        const chart = page.getByRole('img', { name: /^Диаграмма: мектептің және 5-6 сыныбының/ });
        await chart.locator('canvas').first().waitFor({ timeout: TIMEOUT_MS });
        expect(requested.filter((u) => /\/libraries-[^/]*\.js$/.test(u)).length).toBeGreaterThan(0);
        const first = await firstVisitFiles(defaultDistDir);
        expect(first.filter((f) => /TrendChart|uplot/i.test(f) || readFileSync(join(defaultDistDir, f), 'utf8').includes(UPLOT_MARK))).toEqual([]);
        const assets = readdirSync(join(defaultDistDir, 'assets')).filter((f) => f.endsWith('.js'));
        const withUplot = assets.filter((f) => readFileSync(join(defaultDistDir, 'assets', f), 'utf8').includes(UPLOT_MARK));
        expect(withUplot.length).toBe(1);
        expect(withUplot[0]).toMatch(/^libraries-/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // --- 3. The downloads: the same figures, a row per class set × subject.
        const csv = (await download(page, 'CSV жүктеу')).toString('utf8');
        const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).toBe('Сынып;Пән;Оқушылар;Бағасы бар;Бағасы жоқ;3-тен төмен бағасы жоқ;Тек 4 пен 5;Үлгерім, %;Білім сапасы, %');
        expect(lines).toContain(`5-6;Математика;${n};4;${n - 4};3;2;75;50`);
        expect(lines).toContain(`Мектеп бойынша;Барлық пәндер;${n};4;${n - 4};3;2;75;50`);
        const sheets = (await readXlsxFile(await download(page, 'Excel (XLSX) жүктеу'))) as { sheet: string; data: unknown[][] }[];
        expect(sheets.map((s) => s.sheet)).toEqual(['2-тоқсан', 'Өзгеріс']);
        expect(sheets[0]!.data).toContainEqual(['5-6', 'Математика', n, 4, n - 4, 3, 2, 75, 50]);
        expect(sheets[1]!.data.find((r) => r[0] === 'Мектеп бойынша')?.slice(1, 5)).toEqual([100, 50, 75, 50]);

        // The year: nobody has four term marks yet, and the screen says why.
        await page.getByLabel('Кезең', { exact: true }).selectOption('year');
        await page.getByText('Жылдық баға – төрт тоқсандық бағаның орташасы').waitFor();
        expect(squeeze(await cell(row, ids.subjectId, 'performance').textContent())).toBe(`—${n}бағасыз`);
        await page.getByLabel('Кезең', { exact: true }).selectOption('2');

        // --- 4. Russian and English.
        await page.getByRole('button', { name: 'Русский' }).click();
        await page.getByRole('heading', { level: 1, name: 'Успеваемость и качество знаний' }).waitFor();
        await page.getByRole('columnheader', { name: 'Все предметы' }).waitFor();
        await page.getByRole('rowheader', { name: 'По школе' }).waitFor();
        await page.getByRole('img', { name: /^Диаграмма: успеваемость и качество знаний школы и класса 5-6/ }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Achievement and quality of knowledge' }).waitFor();
        await page.getByRole('rowheader', { name: 'Whole school' }).waitFor();
        await page
          .getByRole('cell', { name: `${n - 4} not assessed`, exact: false })
          .first()
          .waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Қазақша' }).click();
      },
    );
  }, 300_000);
});
