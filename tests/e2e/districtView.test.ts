/**
 * Issue 13, the district's view end to end in Chromium against the real server:
 *
 * 1. The demo school has a quarter of marks (quarter 2, every class set and subject) and
 *    three generated schools of its district a year of them.
 * 2. The district methodologist signs in and lands on the district's view: every school of
 *    the district listed with its last sync, no pupil anywhere on the page.
 * 3. Filtered to grade 9 physics in quarter 2, each school's үлгерім and білім сапасы are the
 *    figures the server's counts give under the same filters, the grade table still lists
 *    every grade with 9 chosen (cross-filtering), and the trend table has every quarter.
 * 4. Axe clean in Kazakh, Russian and English.
 * 5. Offline, the page reloaded: the last figures show, with when they were received.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { schoolLines } from '@/client/district/districtFilters';
import { districtOverviewSchema } from '@/client/district/overviewSchema';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { quarterMarks } from '../bench/quarterMarks';
import { generateDistrict } from '../bench/districtView';
import { browserUnavailableReason } from '../support/browser';
import { signIn as signInOverHttp } from '../support/testDevice';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, TIMEOUT_MS, waitForOfflineReady } from './helpers/app';
import { download, useDemoBrowser } from './helpers/demoBrowser';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const squeeze = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, '');

describe.skipIf(skipReason)("the district's view", () => {
  const suite = useDemoBrowser();

  it('lists the schools of the district, filters them to grade 9 physics across every table, and opens offline', async () => {
    await withFailureScreenshots(
      'district-view',
      () => suite.pages,
      async () => {
        const { demo } = suite;
        const school = demo.server.demo!;
        await demo.database.transaction((tx) => writeSystemRecords(tx, school.school.id, quarterMarks(school).records, new ServerClock(Date.now)));
        await generateDistrict(demo.database, { schools: 3, pupils: 27, district: school.school.district!, prefix: 'gen-', methodologist: false });
        const methodologist = demo.account('methodologist');

        const { context, page } = await suite.laptop({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
        await openApp(page, demo.server.url);
        await signIn(page, methodologist);
        // --- 2. The district's view is the methodologist's home.
        await page.getByRole('heading', { level: 1, name: 'Аудан мектептері' }).waitFor({ timeout: TIMEOUT_MS });
        const rows = page.locator('.district-table tbody tr');
        await expect.poll(() => rows.count(), { timeout: TIMEOUT_MS }).toBe(4);
        // Figures still being computed on the server come a few seconds later, by themselves.
        await expect.poll(() => page.getByText('жаңаруда').count(), { timeout: 60_000, interval: 1_000 }).toBe(0);
        const body = await page.content();
        for (const pupil of school.records.filter((r) => r.table === 'pupils'))
          expect(body).not.toContain(`${String(pupil.fields.surname)} ${String(pupil.fields.name)}`);

        // --- 3. Grade 9 physics, quarter 2.
        await page.getByLabel('Кезең', { exact: true }).selectOption('2');
        await page.getByLabel('Сынып', { exact: true }).selectOption('9');
        await page.getByLabel('Пән', { exact: true }).selectOption('physics');
        const { token } = await signInOverHttp(demo.server.url, methodologist.login, methodologist.password, randomUUID());
        const answer = await fetch(`${demo.server.url}/api/v1/district/overview`, { headers: { authorization: `Bearer ${token}` } });
        const overview = districtOverviewSchema.parse(await answer.json());
        const expected = schoolLines(overview, { grade: 9, subject: 'physics', period: 2 });
        expect(expected.filter((l) => l.figures.assessed > 0).length).toBe(4);
        const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`.replace('.', ','));
        for (const line of expected) {
          const row = page.locator(`.district-table tbody tr[data-school-id="${line.schoolId}"]`);
          await expect
            .poll(async () => squeeze(await row.locator('td[data-figure="performance"]').textContent()))
            .toBe(percent(line.figures.performancePercent));
          expect(squeeze(await row.locator('td[data-figure="quality"]').textContent())).toBe(percent(line.figures.qualityPercent));
        }
        // The schools' table downloads as it shows, under the filters.
        const csv = (await download(page, 'CSV жүктеу')).toString('utf8');
        for (const line of expected) expect(csv).toContain(line.name);
        // The grade table keeps every grade, 9 chosen; the subject table is narrowed to grade 9.
        const grade9 = page.getByRole('button', { name: '9-сынып', exact: true });
        expect(await grade9.getAttribute('aria-pressed')).toBe('true');
        expect(await page.getByRole('button', { name: '1-сынып', exact: true }).getAttribute('aria-pressed')).toBe('false');
        expect(await page.locator('.district-trend-table tbody tr').count()).toBe(5);
        // The programme's growth: none recorded in these schools, and the screen says so.
        await page.getByRole('heading', { name: 'Цифрлық ұстаз: бастапқы нүктеден өсім' }).waitFor();
        await page.getByText('Таңдалғандар бойынша бағдарлама көрсеткіштері жоқ.').waitFor();
        // Choosing a school in its table filters the rest to it; choosing it again shows the district.
        const demoRow = page.locator(`.district-table tbody tr[data-school-id="${school.school.id}"]`);
        await demoRow.getByRole('button').click();
        await expect.poll(() => demoRow.getByRole('button').getAttribute('aria-pressed')).toBe('true');
        expect(page.url()).toContain(`school=${school.school.id}`);
        await demoRow.getByRole('button').click();
        await expect.poll(() => page.url()).not.toContain('school=');

        // --- 4. Axe, in three languages.
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Русский' }).click();
        await page.getByRole('heading', { level: 1, name: 'Школы района' }).waitFor();
        await page.getByRole('columnheader', { name: 'Качество знаний' }).first().waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'District schools' }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Қазақша' }).click();
        await page.getByRole('heading', { level: 1, name: 'Аудан мектептері' }).waitFor();

        // --- 5. Offline: the last figures, and when they came.
        await waitForOfflineReady(page);
        await context.setOffline(true);
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Аудан мектептері' }).waitFor({ timeout: TIMEOUT_MS });
        await page.getByText('Интернет жоқ: соңғы алынған көрсеткіштер көрсетілген.').waitFor({ timeout: TIMEOUT_MS });
        await page.getByText(/көрсеткіштер .* алынды/).waitFor();
        await expect.poll(() => rows.count()).toBe(4);
        await context.setOffline(false);
      },
    );
  }, 240_000);
});
