/**
 * Issue 4, the head's half of "must show", end to end in Chromium against the real server
 * and the demo school. The laptop goes offline once the app is ready, so every change is
 * seen waiting on the laptop (the outbox count is exact) before it syncs:
 *
 * 1. The head creates a combined class set 5-6 Б, imports 25 pupils into it from a UTF-8
 *    CSV with a BOM and semicolons, sees a second import of the same file change nothing,
 *    exports the class set as the same CSV (which again imports as nothing to do),
 *    sets one lesson a weekday with an assistant teacher, and makes a one-off change (a
 *    substitute, then a cancellation) stored under `lessonSessionId(slot, date)`. Online
 *    again, everything reaches the server, and the assistant has a lesson on school days.
 * 2. A file with bad rows (a missing name, grade 13, an unknown class set, a repeated row):
 *    errors per row naming the column, in Kazakh and (spot-checked) Russian, nothing
 *    stored until the head imports only the valid rows; a re-import changes nothing; a
 *    Windows-1251 file from a Russian Excel is read, its lost Kazakh letters reported.
 * Axe finds no serious or critical violation on School, People (preview open), Timetable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSchoolDay } from '@/domain/academicCalendar';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { isoDate } from '@/domain/dates';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { userDaySessions } from '@/domain/timetable/sessionsOfUser';
import type { SlotRow } from '@/domain/timetable/sessionFromSlot';
import { browserUnavailableReason, launchBrowser } from '../support/browser';
import { encodeWindows1251 } from '../unit/client/csv/windows1251';
import { seriousAccessibilityViolations } from './helpers/axe';
import { indicator, openApp, signIn, TIMEOUT_MS, waitForOfflineReady } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const FIXTURES = join(import.meta.dirname, 'fixtures');
const GOOD_FILE = join(FIXTURES, 'pupils-5-6b-utf8-bom-semicolon.csv');
const BAD_FILE = join(FIXTURES, 'pupils-bad-rows-utf8-comma.csv');
const NEW_SET = '5-6 Б';
/** A Monday of the demo year's second quarter: a school day whatever day the test runs. */
const CHANGE_DATE = '2026-11-23';
const WEEKDAYS = ['Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма'];

/** What a Russian Excel writes as "CSV": Windows-1251, ';', its Kazakh letters lost as '?'. */
const RUSSIAN_EXCEL_CSV = [
  'Фамилия;Имя;Отчество;Класс;Класс-комплект;Дата рождения',
  'Иванова;Мария;Петровна;7;7-8;01.02.2012',
  'Петров;Иван;;8;7-8;15.09.2011',
  'Жұмабаева;Әсел;;7;7-8;03.03.2012',
  'Ким;Олег;;13;7-8;',
].join('\r\n');

describe.skipIf(skipReason)('school setup: class set, CSV import, timetable', () => {
  let demo: DemoServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await closeDemoAndBrowser(demo, browser);
  });

  async function serverRows(table: string, where = 'TRUE', params: unknown[] = []): Promise<Record<string, unknown>[]> {
    const rows = await demo.database.query<{ id: string; data: Record<string, unknown> }>(
      `SELECT id, data FROM records WHERE tbl = $1 AND ${where}`,
      [table, ...params],
    );
    return rows.map((r) => ({ ...r.data, id: r.id }));
  }

  /** A laptop with the head signed in, the school pulled and the app cached; then offline. */
  async function headLaptopOffline(): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await context.newPage();
    await openApp(p, demo.server.url);
    await signIn(p, demo.account('head'));
    await p.getByLabel('Сынып атауы: 5-6', { exact: true }).waitFor({ timeout: TIMEOUT_MS });
    await waitForOfflineReady(p);
    await p.locator('[data-pending="0"]').waitFor();
    await context.setOffline(true);
    await p.waitForSelector('.connection-indicator[data-sync-status="offline"]');
    return p;
  }

  const pending = (p: Page, count: number) => p.locator(`[data-pending="${count}"]`).waitFor({ timeout: TIMEOUT_MS });

  async function goOnlineAndSync(p: Page): Promise<void> {
    await context!.setOffline(false);
    await p.locator('[data-pending="0"]').waitFor({ timeout: TIMEOUT_MS });
    expect(await indicator(p).locator('[data-last-synced]').getAttribute('data-last-synced')).not.toBe('');
  }

  it('head: a combined class set, 25 pupils from a CSV, a weekly timetable and a one-off change reach the server', async () => {
    await withFailureScreenshots(
      'setup-csv-import',
      () => [page],
      async () => {
        page = await headLaptopOffline();
        const p = page;

        // --- School: a combined class set 5-6 Б taught in Kazakh ---------------------------------
        const newSetForm = p.locator('form', { has: p.getByRole('heading', { name: 'Жаңа сынып' }) });
        await newSetForm.getByLabel('Сынып атауы', { exact: true }).fill(NEW_SET);
        await newSetForm.getByLabel('5-сынып', { exact: true }).check();
        await newSetForm.getByLabel('6-сынып', { exact: true }).check();
        await newSetForm.getByLabel('қазақ тілі', { exact: true }).check();
        await newSetForm.getByRole('button', { name: 'Сынып құру' }).click();
        await newSetForm.getByText(`«${NEW_SET}» сыныбы құрылды.`).waitFor();
        const newRow = p.locator('tr[data-class-set-id]', { has: p.getByLabel(`Сынып атауы: ${NEW_SET}`, { exact: true }) });
        await newRow.waitFor();
        const classSetId = (await newRow.getAttribute('data-class-set-id'))!;
        expect(await newRow.textContent()).toContain('5, 6-сыныптар');
        await pending(p, 1);
        // The same name twice is refused in words, and nothing is stored.
        await newSetForm.getByLabel('Сынып атауы', { exact: true }).fill('5-6 б');
        await newSetForm.getByLabel('5-сынып', { exact: true }).check();
        await newSetForm.getByRole('button', { name: 'Сынып құру' }).click();
        await newSetForm.getByRole('alert').filter({ hasText: '«5-6 б» атты сынып бар.' }).waitFor();
        await pending(p, 1);
        await p.getByRole('button', { name: `Басқару ${NEW_SET}`, exact: true }).click();
        await p.getByRole('heading', { name: `${NEW_SET} сыныбы`, exact: true }).waitFor();
        expect(await seriousAccessibilityViolations(p)).toEqual([]);

        // --- People: the CSV previewed, imported whole, then again with nothing to do -----------
        await p.getByRole('link', { name: 'Адамдар' }).click();
        const fileInput = p.getByLabel('CSV файлын таңдаңыз');
        await fileInput.setInputFiles(GOOD_FILE);
        await p.locator('tr[data-row-kind="create"]').nth(24).waitFor();
        expect(await p.locator('tr[data-row-kind]').count()).toBe(25);
        await p.getByText('Жаңа: 25', { exact: true }).waitFor();
        await p.getByText('Қатесі бар: 0', { exact: true }).waitFor();
        await p.getByText('UTF-8 кодтауымен оқылды, бөлгіш «;»', { exact: false }).waitFor();
        await pending(p, 1);
        await p.getByRole('button', { name: 'Барлығын жүктеу' }).click();
        await p.getByText('25 оқушы жүктелді.').waitFor();
        await pending(p, 51);
        await p.getByLabel('Көрсету').selectOption({ label: NEW_SET });
        await p.getByText('25 оқушы', { exact: true }).waitFor();

        await p.getByLabel('CSV файлын таңдаңыз').setInputFiles(GOOD_FILE);
        await p.locator('tr[data-row-kind="unchanged"]').nth(24).waitFor();
        await p.getByText('Бұрын жүктелген: 25', { exact: true }).waitFor();
        await p.getByText('Бұл файлдағы барлық оқушы мектепте бар: жүктейтін жаңа ештеңе жоқ.').waitFor();
        expect(await p.getByRole('button', { name: 'Барлығын жүктеу' }).isDisabled()).toBe(true);
        await p.getByRole('button', { name: 'Болдырмау' }).click();
        await pending(p, 51);

        // Exported as the same CSV (Kazakh headers, BOM, ';'), which imports as all already there.
        await p.getByLabel('Кімді шығару').selectOption({ label: NEW_SET });
        const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'CSV файлын жүктеп алу' }).click()]);
        expect(download.suggestedFilename()).toBe('оқушылар-5-6_Б.csv');
        const exported = readFileSync((await download.path())!);
        const exportedLines = exported
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .trim()
          .split(/\r?\n/);
        expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(exportedLines[0]).toBe('Тегі;Аты;Әкесінің аты;Сынып;Біріктірілген сынып;Туған күні');
        expect(exportedLines).toHaveLength(26);
        expect(exportedLines).toContain('Әбілқасымова;Аружан;Болатқызы;5;5-6 Б;12.03.2015');
        await p.getByLabel('CSV файлын таңдаңыз').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: exported });
        await p.getByText('Бұрын жүктелген: 25', { exact: true }).waitFor();
        await p.getByRole('button', { name: 'Болдырмау' }).click();
        await pending(p, 51);

        // --- Timetable: a lesson a weekday, from the hub school, with the assistant ----------------
        // Lesson 8: the demo's timetable keeps these teachers busy in lessons 1-7, and one person
        // cannot be in two class sets at once.
        const FREE_PERIOD = '8';
        const assistant = demo.account('assistant1');
        const teacher = demo.account('teacher4');
        const substitute = demo.account('teacher5');
        await p.getByRole('link', { name: 'Сабақ кестесі' }).click();
        await p.getByLabel('Сынып', { exact: true }).selectOption({ label: NEW_SET });
        await p.getByText('Бұл сыныпқа әлі сабақ қойылмаған.').waitFor();
        await p.getByLabel('Өзгерістер қай күннен бастап күшіне енеді').fill('01.09.2026');
        const slotForm = p.locator('form', { has: p.getByRole('heading', { name: `${NEW_SET} сыныбына сабақ қосу` }) });
        for (const [i, day] of WEEKDAYS.entries()) {
          await slotForm.getByLabel('Апта күні').selectOption({ label: day });
          await slotForm.getByLabel('Сабақ №').selectOption(FREE_PERIOD);
          await slotForm.getByLabel('Пән', { exact: true }).selectOption({ label: 'Математика' });
          await slotForm.getByLabel('Мұғалім', { exact: true }).selectOption(teacher.staffId!);
          await slotForm.getByLabel('Мұғалім-ассистент', { exact: true }).selectOption(assistant.staffId!);
          await slotForm.getByLabel('Сабақ түрі').selectOption('fromHub');
          await slotForm.getByRole('button', { name: 'Сабақ қосу' }).click();
          await p.locator('tr[data-slot-id]').nth(i).waitFor();
        }
        expect(await p.locator('tr[data-slot-id]').count()).toBe(5);
        await pending(p, 56);
        // A second lesson at the same time is refused, and nothing is stored.
        await slotForm.getByLabel('Апта күні').selectOption({ label: 'Дүйсенбі' });
        await slotForm.getByLabel('Сабақ №').selectOption(FREE_PERIOD);
        await slotForm.getByLabel('Пән', { exact: true }).selectOption({ label: 'Математика' });
        await slotForm.getByLabel('Мұғалім', { exact: true }).selectOption(teacher.staffId!);
        await slotForm.getByRole('button', { name: 'Сабақ қосу' }).click();
        await slotForm.getByRole('alert').filter({ hasText: 'Бұл сыныпта сол күні, сол сабақ уақытында басқа сабақ бар.' }).waitFor();
        await pending(p, 56);
        const mondaySlotId = (await p.locator('tr[data-slot-id]').first().getAttribute('data-slot-id'))!;

        // One day only: a substitute, then the lesson cancelled, under the register's own id.
        await p.getByLabel('Күні', { exact: true }).fill(CHANGE_DATE.split('-').reverse().join('.'));
        const lessonRow = p.locator(`tr[data-session-id="${lessonSessionId(mondaySlotId, CHANGE_DATE)}"]`);
        await lessonRow.waitFor();
        await lessonRow.getByLabel(/Алмастырушы мұғалім/).selectOption(substitute.staffId!);
        await pending(p, 57);
        await lessonRow.getByRole('button', { name: /Сабақ болмайды/ }).click();
        await p.locator(`tr[data-session-id="${lessonSessionId(mondaySlotId, CHANGE_DATE)}"][data-status="cancelled"]`).waitFor();
        await pending(p, 58);
        expect(await seriousAccessibilityViolations(p)).toEqual([]);

        // --- Online: everything reaches the server ------------------------------------------------
        await goOnlineAndSync(p);
        const [set] = await serverRows('classSets', 'id = $2', [classSetId]);
        expect(set).toMatchObject({ name: NEW_SET, grades: [5, 6], language: 'kk', status: 'active' });
        const pupils = await serverRows('pupils', "data->>'classSetId' = $2", [classSetId]);
        expect(pupils).toHaveLength(25);
        expect(pupils.map((r) => r.surname)).toContain('Әбілқасымова');
        expect(await serverRows('enrolments', "data->>'classSetId' = $2", [classSetId])).toHaveLength(25);
        const slots = (await serverRows('timetableSlots', "data->>'classSetId' = $2", [classSetId])) as unknown as SlotRow[];
        expect(slots.map((s) => [s.weekday, s.period, s.mode, s.assistantId, s.validFrom]).sort()).toEqual(
          [1, 2, 3, 4, 5].map((d) => [d, Number(FREE_PERIOD), 'fromHub', assistant.staffId, '2026-09-01']),
        );
        const [change] = await serverRows('lessonSessions', 'id = $2', [lessonSessionId(mondaySlotId, CHANGE_DATE)]);
        expect(change).toMatchObject({ slotId: mondaySlotId, date: CHANGE_DATE, status: 'cancelled', substituteTeacherId: substitute.staffId });

        // The assistant's day follows: a lesson on every school day, as "Today" reads it.
        const [year] = (await serverRows('academicYears')) as unknown as AcademicYear[];
        const today = isoDate(Date.now());
        const assistantDay = (date: string) => userDaySessions({ date, year: year!, slots, stored: [], staffId: assistant.staffId! });
        expect(assistantDay('2026-11-24').map((s) => s.role)).toEqual(['assistant']);
        if (isSchoolDay(today, year!)) expect(assistantDay(today)).toHaveLength(1);
      },
    );
  });

  it('head: bad rows and a Windows-1251 file are explained per row; nothing is stored until only the valid rows are chosen', async () => {
    await withFailureScreenshots(
      'setup-csv-bad-rows',
      () => [page],
      async () => {
        page = await headLaptopOffline();
        const p = page;
        await p.getByRole('link', { name: 'Адамдар' }).click();

        // --- A file with bad rows: each explained, Import all unavailable, nothing stored --------
        await p.getByLabel('CSV файлын таңдаңыз').setInputFiles(BAD_FILE);
        await p.locator('tr[data-row-number="7"]').waitFor();
        await p.getByText('Жаңа: 2', { exact: true }).waitFor();
        await p.getByText('Қатесі бар: 4', { exact: true }).waitFor();
        const row = (n: number) => p.locator(`tr[data-row-number="${n}"]`);
        expect(await row(2).getAttribute('data-row-kind')).toBe('create');
        expect(await row(3).textContent()).toContain('Аты: аты жазылмаған.');
        expect(await row(4).textContent()).toContain('Сынып: сынып 1-ден 11-ге дейінгі сан болуы керек.');
        expect(await row(5).textContent()).toContain('Біріктірілген сынып: мектепте мұндай біріктірілген сынып жоқ.');
        expect(await row(6).textContent()).toContain('Бұл оқушы 2-жолда бар: жол қайталанған.');
        expect(await row(7).getAttribute('data-row-kind')).toBe('create');
        expect(await p.getByRole('button', { name: 'Барлығын жүктеу' }).isDisabled()).toBe(true);
        await p.getByText('Қатесі бар жолдар болғанда «Барлығын жүктеу» мүмкін емес', { exact: false }).waitFor();
        expect(await seriousAccessibilityViolations(p)).toEqual([]);
        await pending(p, 0);

        // The same preview in Russian.
        await p.getByRole('button', { name: 'Русский' }).click();
        await p.getByText('С ошибками: 4', { exact: true }).waitFor();
        expect(await row(3).textContent()).toContain('Имя: имя не указано.');
        expect(await row(4).textContent()).toContain('Класс: класс должен быть числом от 1 до 11.');
        expect(await row(5).textContent()).toContain('Класс-комплект: в школе нет такого класса-комплекта.');
        expect(await row(6).textContent()).toContain('Этот ученик уже есть в строке 2');
        await p.getByRole('button', { name: 'Қазақша' }).click();
        await p.getByText('Қатесі бар: 4', { exact: true }).waitFor();
        await pending(p, 0);

        // The head's explicit choice: only the two valid rows (a pupil and an enrolment each).
        await p.getByRole('button', { name: 'Тек 2 дұрыс жолды жүктеу' }).click();
        await p.getByText('2 оқушы жүктелді.').waitFor();
        await pending(p, 4);

        // The same file again: nothing new, nothing stored.
        await p.getByLabel('CSV файлын таңдаңыз').setInputFiles(BAD_FILE);
        await p.getByText('Бұрын жүктелген: 2', { exact: true }).waitFor();
        await p.getByText('Жаңа: 0', { exact: true }).waitFor();
        expect(await row(2).getAttribute('data-row-kind')).toBe('unchanged');
        expect(await p.getByRole('button', { name: 'Тек 0 дұрыс жолды жүктеу' }).isDisabled()).toBe(true);
        expect(await p.getByRole('button', { name: 'Барлығын жүктеу' }).isDisabled()).toBe(true);
        await p.getByRole('button', { name: 'Болдырмау' }).click();
        await pending(p, 4);

        // --- Windows-1251 from a Russian Excel: read, the lost Kazakh letters reported -----------
        await p.getByLabel('CSV файлын таңдаңыз').setInputFiles({
          name: 'список-7-8.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(encodeWindows1251(RUSSIAN_EXCEL_CSV)),
        });
        await p.locator('tr[data-row-number="5"]').waitFor();
        await p.getByText('WINDOWS-1251 кодтауымен оқылды', { exact: false }).waitFor();
        expect(await row(2).textContent()).toContain('Иванова');
        expect(await row(2).getAttribute('data-row-kind')).toBe('create');
        expect(await row(4).textContent()).toContain('Ж?мабаева');
        expect(await row(4).textContent()).toContain('Тегі: «?» белгісі бар: қазақ әріптері жоғалған.');
        expect(await row(4).textContent()).toContain('Аты: «?» белгісі бар');
        expect(await row(5).textContent()).toContain('Сынып: сынып 1-ден 11-ге дейінгі сан болуы керек.');
        await pending(p, 4);
        await p.getByRole('button', { name: 'Тек 2 дұрыс жолды жүктеу' }).click();
        await p.getByText('2 оқушы жүктелді.').waitFor();
        await pending(p, 8);

        // --- Online: the four valid pupils reach the server, none of the bad rows ----------------
        await goOnlineAndSync(p);
        const names = (await serverRows('pupils')).map((r) => `${String(r.surname)} ${String(r.name)}`);
        for (const good of ['Омарова Ақмарал', 'Бекболатов Ерсін', 'Иванова Мария', 'Петров Иван'])
          expect(names.filter((n) => n === good)).toHaveLength(1);
        for (const bad of ['Нұрланов Дәулет', 'Қасымова Ботагөз', 'Ким Олег', 'Ж?мабаева ?сел']) expect(names).not.toContain(bad);
        expect(names.filter((n) => n.startsWith('Жақсылықов ') && n.endsWith(' '))).toEqual([]);
      },
    );
  });
});
