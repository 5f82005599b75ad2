/**
 * Issue 10, "must show" end to end in Chromium against the real server:
 *
 * 1. A teacher imports a Moodle GIFT bank (two bad questions explained, each with its line),
 *    builds a БЖБ of 10 items drawn 5 from each of two topics and a written task marked by
 *    descriptors, and gives it to class set 5-6 with a close date and two attempts.
 * 2. A pupil's laptop goes offline; the pupil starts, answers half, the browser is closed;
 *    opened again (still offline) the test resumes at the same items and answers; the pupil
 *    writes the written task and hands in ("submitted, waiting for the teacher").
 * 3. Another pupil takes it on two laptops, both offline, before either syncs.
 * 4. Online again: the server scores every attempt; the pupils' raw pulled bytes hold no
 *    answer key nor explanation of the БЖБ's items.
 * 5. The teacher marks the written task by descriptors with feedback, offline, and syncs.
 * 6. My results: the first pupil sees the score and the feedback; the second sees both
 *    attempts, kept apart, and which one counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, launchBrowser, launchPersistent } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS, waitForOfflineReady } from './helpers/app';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './helpers/demoSchool';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { itemBankGift, SECRET } from './fixtures/itemBankGift';

const skipReason = browserUnavailableReason();
const TITLE = 'Бөлшектер: БЖБ 1';
const FEEDBACK = 'Жақсы түсіндірдің, бірақ мысал келтір.';

/**
 * Records the bytes of every sync answer a laptop receives (decompressed, as the page reads
 * them), by passing each answer through the test on its way to the page.
 */
async function recordPulls(context: BrowserContext, bodies: string[]): Promise<void> {
  await context.route('**/api/v*/sync', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    bodies.push(body.toString('utf8'));
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => name !== 'content-encoding' && name !== 'content-length'),
    );
    await route.fulfill({ status: response.status(), headers, body });
  });
}

/** Answers the item on screen with something of its kind (the draw decides which items come). */
async function answerShownItem(page: Page): Promise<void> {
  const item = page.locator('.attempt-item');
  const radio = item.locator('input[type="radio"]').first();
  if (await radio.count()) return radio.click();
  const box = item.locator('input.item-answer');
  await box.fill('5');
  await box.blur();
}

async function waitForStartButton(page: Page, name: RegExp) {
  const button = page.getByRole('button', { name });
  await button.waitFor({ timeout: TIMEOUT_MS });
  return button;
}

describe.skipIf(skipReason)('a БЖБ taken offline, scored on the server, marked by the teacher', () => {
  let demo: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const profileDir = mkdtempSync(join(tmpdir(), 'sandyq-e2e-assessment-'));

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await closeDemoAndBrowser(demo, browser);
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('runs from the item bank to My results, offline where a school is', async () => {
    await withFailureScreenshots(
      'assessment-offline',
      () => pages,
      async () => {
        const url = demo.server.url;
        const newPage = async (context: BrowserContext) => {
          const page = context.pages()[0] ?? (await context.newPage());
          pages.push(page);
          return page;
        };

        // --- 1. The teacher: the bank from GIFT, the БЖБ, given to 5-6.
        const teacherContext = await browser.newContext();
        contexts.push(teacherContext);
        const teacher = await newPage(teacherContext);
        await openApp(teacher, url);
        await signIn(teacher, demo.account('teacher4'));
        await teacher.goto(`${url}/#/assessments?tab=bank`);
        const importPanel = teacher.locator('details.item-import');
        await importPanel.locator('summary').click();
        await importPanel.getByLabel('Пән', { exact: true }).selectOption({ label: 'Математика' });
        await importPanel
          .getByLabel('Файл', { exact: true })
          .setInputFiles({ name: 'bolshekter.gift', mimeType: 'text/plain', buffer: Buffer.from(itemBankGift(), 'utf8') });
        await importPanel.getByText('Жүктеуге дайын: 12, қатесі бар: 2.').waitFor({ timeout: TIMEOUT_MS });
        const problems = await importPanel.locator('tr.row-problem').allInnerTexts();
        expect(problems[0]).toContain('Эссе мен сипаттама тапсырма ретінде алынбайды');
        expect(problems[1]).toContain('Жауаптар блогы жабылмаған');
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await importPanel.getByRole('button', { name: '12 тапсырманы жүктеу' }).click();
        await importPanel.getByText('12 тапсырма банкке қосылды.').waitFor({ timeout: TIMEOUT_MS });
        await teacher.getByText('12 тапсырма табылды').waitFor({ timeout: TIMEOUT_MS });

        await teacher.goto(`${url}/#/assessments?tab=assessments`);
        await teacher.getByRole('button', { name: 'Жаңа бағалау жұмысы' }).click();
        const form = teacher.locator('form.assessment-form');
        await form.getByLabel('Атауы', { exact: true }).fill(TITLE);
        await form.getByLabel('Пән', { exact: true }).selectOption({ label: 'Математика' });
        await form.getByLabel('Бөлім', { exact: true }).selectOption({ label: 'Бөлшектер' });
        await form.getByLabel('Жай бөлшектер (6)').check();
        await form.getByLabel('Ондық бөлшектер (6)').check();
        await form.getByRole('button', { name: 'Критерий қосу' }).click();
        await form.getByLabel('1-критерий', { exact: true }).fill('Бөлшектерді салыстыруды түсіндіреді');
        await form.getByLabel('1-критерийдің 1-дескрипторы', { exact: true }).fill('ережені атайды');
        await form.getByRole('button', { name: 'Дескриптор қосу' }).click();
        await form.getByLabel('1-критерийдің 2-дескрипторы', { exact: true }).fill('мысал келтіреді');
        await form.getByRole('button', { name: 'Жазбаша тапсырма қосу' }).click();
        await form.getByLabel('1-жазбаша тапсырма').fill('3/5 пен 3/7 бөлшектерін қалай салыстыруға болатынын түсіндір.');
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await form.getByRole('button', { name: 'Бағалау жұмысын сақтау' }).click();
        const card = teacher.locator('.assessment-card').filter({ hasText: TITLE });
        await card.getByText('ең жоғары балл 12').waitFor({ timeout: TIMEOUT_MS });
        await card.getByRole('button', { name: `«${TITLE}» жұмысын оқушыларға беру` }).click();
        await card.getByLabel('Сынып жинағы', { exact: true }).selectOption({ label: '5-6' });
        const due = new Date(Date.now() + 3 * 86_400_000);
        await card
          .getByLabel('Тапсыру мерзімі', { exact: true })
          .fill(new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
        await card.getByLabel('Талпыныстар саны', { exact: true }).fill('2');
        await card.getByRole('button', { name: 'Беру', exact: true }).click();
        await card.getByText('Берілді: 5-6').waitFor({ timeout: TIMEOUT_MS });
        await syncNow(teacher);

        // --- 2. Pupil A: offline, half the test, the browser closed, resumed, handed in.
        const pupilA = demo.account('pupil30');
        let contextA = await launchPersistent(profileDir);
        contexts.push(contextA);
        const pulledA: string[] = [];
        await recordPulls(contextA, pulledA);
        let a = await newPage(contextA);
        await openApp(a, url);
        await signIn(a, pupilA);
        await waitForOfflineReady(a);
        await a.goto(`${url}/#/selfStudy`);
        const startA = await waitForStartButton(a, new RegExp(`^Бастау: ${TITLE}`));
        await contextA.setOffline(true);
        expect(await seriousAccessibilityViolations(a)).toEqual([]);
        await startA.click();
        const answeredBefore: string[] = [];
        for (let i = 0; i < 5; i++) {
          await a.getByText(`${i + 1}-тапсырма.`).waitFor({ timeout: TIMEOUT_MS });
          answeredBefore.push(await a.locator('.item-prompt').innerText());
          await answerShownItem(a);
          await a.getByText(`Жауап берілді: ${i + 1} / 10`).waitFor({ timeout: TIMEOUT_MS });
          await a.getByRole('button', { name: 'Келесі' }).click();
        }
        expect(await seriousAccessibilityViolations(a)).toEqual([]);
        await contextA.close();
        contextA = await launchPersistent(profileDir, { offline: true });
        contexts.push(contextA);
        a = await newPage(contextA);
        await openApp(a, url);
        await a.goto(`${url}/#/selfStudy`);
        await (await waitForStartButton(a, new RegExp(`^Жалғастыру: ${TITLE}`))).click();
        await a.getByText('Жауап берілді: 5 / 10').waitFor({ timeout: TIMEOUT_MS });
        await a.getByText('6-тапсырма.').waitFor();
        for (let i = 0; i < 5; i++) await a.getByRole('button', { name: 'Алдыңғы' }).click();
        await a.getByText('1-тапсырма.').waitFor();
        expect(await a.locator('.item-prompt').innerText()).toBe(answeredBefore[0]);
        for (let i = 0; i < 5; i++) await a.getByRole('button', { name: 'Келесі' }).click();
        await a.getByText('6-тапсырма.').waitFor();
        for (let i = 5; i < 10; i++) {
          await a.getByText(`${i + 1}-тапсырма.`).waitFor({ timeout: TIMEOUT_MS });
          await answerShownItem(a);
          await a.getByText(`Жауап берілді: ${i + 1} / 10`).waitFor({ timeout: TIMEOUT_MS });
          await a.getByRole('button', { name: 'Келесі' }).click();
        }
        await a.getByLabel(/^1-жазбаша тапсырма/).fill('Бөлімдерін ортақ бөлімге келтіремін: 21/35 және 15/35.');
        await a.getByRole('button', { name: 'Жұмысты тапсыру' }).click();
        await a.getByText('Тапсырылды, мұғалімді күтуде.', { exact: false }).waitFor({ timeout: TIMEOUT_MS });

        // --- 3. Pupil B on two laptops, both offline before either syncs.
        const pupilB = demo.account('pupil31');
        const laptopsOfB: Page[] = [];
        for (let n = 0; n < 2; n++) {
          const context = await browser.newContext();
          contexts.push(context);
          const b = await newPage(context);
          await openApp(b, url);
          await signIn(b, pupilB);
          await b.goto(`${url}/#/selfStudy`);
          await waitForStartButton(b, new RegExp(`^Бастау: ${TITLE}`));
          await context.setOffline(true);
          laptopsOfB.push(b);
        }
        for (const b of laptopsOfB) {
          await (await waitForStartButton(b, new RegExp(`^Бастау: ${TITLE}`))).click();
          for (let i = 0; i < 10; i++) {
            await b.getByText(`${i + 1}-тапсырма.`).waitFor({ timeout: TIMEOUT_MS });
            await answerShownItem(b);
            await b.getByRole('button', { name: 'Келесі' }).click();
          }
          await b.getByRole('button', { name: 'Жұмысты тапсыру' }).click();
          await b.getByText('Тапсырылды, мұғалімді күтуде.', { exact: false }).waitFor({ timeout: TIMEOUT_MS });
        }

        // --- 4. Online: every attempt reaches the server and is scored there.
        await recordPulls(contextA, pulledA);
        await contextA.setOffline(false);
        await syncNow(a);
        for (const b of laptopsOfB) {
          await b.context().setOffline(false);
          await syncNow(b);
        }
        const results = async () =>
          demo.database.query<{ data: { pupilId: string; autoPoints: number; autoMaxPoints: number } }>(
            "SELECT data FROM records WHERE tbl = 'attemptResults' AND school_id = $1",
            [demo.server.demo!.school.id],
          );
        await expect.poll(async () => (await results()).length, { timeout: TIMEOUT_MS }).toBe(3);
        expect((await results()).every((r) => r.data.autoMaxPoints === 10)).toBe(true);
        expect((await results()).filter((r) => r.data.pupilId === pupilB.pupilId)).toHaveLength(2);
        // The raw bytes the pupil's laptop pulled: items without keys or explanations.
        const pulled = pulledA.join('');
        expect(pulled).toContain('3/5 пен 2/5: қайсысы үлкен?');
        expect(pulled).not.toContain(SECRET);
        expect(pulled).not.toMatch(/"key"\s*:/);

        // --- 5. The teacher marks the written task offline, then syncs.
        await syncNow(teacher);
        await teacher.goto(`${url}/#/assessments?tab=marking`);
        const markCard = teacher.locator('.mark-card').filter({ hasText: pupilA.displayName });
        await markCard.waitFor({ timeout: TIMEOUT_MS });
        await teacherContext.setOffline(true);
        expect(await markCard.innerText()).toContain('21/35 және 15/35');
        await markCard.getByLabel('ережені атайды (1 балл)').check();
        await markCard.getByText('Дескрипторлар бойынша: 1 балл').waitFor();
        await markCard.getByLabel(/^Оқушыға|үшін кері байланыс$/).fill(FEEDBACK);
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await markCard.getByRole('button', { name: /^Бағалауды сақтау/ }).click();
        await teacher.getByText(`Сақталды: ${pupilA.displayName}`, { exact: false }).waitFor({ timeout: TIMEOUT_MS });
        await teacherContext.setOffline(false);
        await syncNow(teacher);

        // --- 6. My results.
        await syncNow(a);
        await a.goto(`${url}/#/myResults`);
        const autoA = (await results()).find((r) => r.data.pupilId === pupilA.pupilId)!.data.autoPoints;
        const resultCard = a.locator('.result-card').filter({ hasText: TITLE });
        await resultCard.getByText(`${String(autoA + 1).replace('.', ',')} / 12 балл`).waitFor({ timeout: TIMEOUT_MS });
        await resultCard.getByText(FEEDBACK).waitFor();
        await resultCard.getByText('ережені атайды').waitFor();
        expect(await seriousAccessibilityViolations(a)).toEqual([]);

        const b = laptopsOfB[0]!;
        await syncNow(b);
        await b.goto(`${url}/#/myResults`);
        const cardB = b.locator('.result-card').filter({ hasText: TITLE });
        await cardB.getByText('Ең жақсы талпыныс есептеледі.').waitFor({ timeout: TIMEOUT_MS });
        expect(await cardB.locator('.attempt-lines li').count()).toBe(2);
        expect(await cardB.locator('.attempt-lines li[aria-current="true"]').count()).toBe(1);

        // --- The gradebook of 5-6, mathematics, quarter 2: pupil A's БЖБ from the counted attempt, the term still missing parts.
        const fiveSix = demo.server.demo!.records.find((r) => r.table === 'classSets' && r.fields.name === '5-6')!.id;
        const maths = demo.server.demo!.records.find((r) => r.table === 'subjects' && r.fields.code === 'mathematics')!.id;
        await teacher.goto(`${url}/#/gradebook?classSet=${fiveSix}&subject=${maths}&quarter=2`);
        const cellA = teacher.getByLabel(new RegExp(`^${pupilA.displayName}.*: ${TITLE}$`));
        await expect.poll(() => cellA.inputValue(), { timeout: TIMEOUT_MS }).toBe(String(autoA + 1));
        // Nobody has a term mark yet: the quarter has no formative work nor ТЖБ, and the indicators say so.
        await teacher.getByText('Үлгерім: –, білім сапасы: – (тоқсандық бағасы барлар: 0 / 13).').waitFor();
        const mastery = teacher.getByRole('region', { name: 'Тақырыптарды меңгеру' });
        await mastery.waitFor();
        expect(await mastery.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining(['Жай бөлшектер', 'Ондық бөлшектер']));
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);

        // --- These screens in Russian and English, as accessible as in Kazakh.
        await b.getByRole('button', { name: 'Русский' }).click();
        await b.getByRole('heading', { level: 1, name: 'Мои результаты' }).waitFor();
        await cardB.getByText('Засчитывается лучшая попытка.').waitFor();
        expect(await seriousAccessibilityViolations(b)).toEqual([]);
        await b.goto(`${url}/#/selfStudy`);
        await b.getByRole('heading', { level: 1, name: 'Мои задания' }).waitFor();
        expect(await seriousAccessibilityViolations(b)).toEqual([]);
        await teacher.getByRole('button', { name: 'English' }).click();
        await teacher.goto(`${url}/#/assessments?tab=assessments`);
        await teacher.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
        await teacher.getByRole('region', { name: `“${TITLE}”: pupils' answers` }).waitFor({ timeout: TIMEOUT_MS });
        await teacher.getByText('Item analysis (3 attempts)').click();
        await teacher.getByRole('region', { name: `“${TITLE}”: item analysis` }).waitFor();
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await teacher.goto(`${url}/#/assessments?tab=bank`);
        await teacher.getByText('12 items found').waitFor({ timeout: TIMEOUT_MS });
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
      },
    );
  }, 600_000);
});
