/**
 * Issue 11, "must show" end to end in Chromium against the real server:
 *
 * 1. Pupils of 5-6 did a formative task and a БЖБ from their own accounts; the server
 *    scored each attempt.
 * 2. The teacher's laptop goes offline; the gradebook of 5-6, mathematics, quarter 2 shows
 *    the scored attempts; the teacher types the paper ТЖБ by keyboard (digits, Enter) and
 *    every term mark appears, with how it was computed; back online it syncs.
 * 3. The head's laptop receives the gradebook: the same marks and indicators.
 * 4. The head sets the weights 10 / 10 / 80 from 1 December on the School screen; the
 *    quarter ends after it, so the term marks are recomputed by it.
 * 5. The gradebook in ru and en, axe clean.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnavailableReason } from '../support/browser';
import { seriousAccessibilityViolations } from './helpers/axe';
import { openApp, signIn, syncNow, TIMEOUT_MS } from './helpers/app';
import { useDemoBrowser } from './helpers/demoBrowser';
import { withFailureScreenshots } from './helpers/failureScreenshots';
import { demoIds, givePaperTermTest, giveTask, submitAttempt } from './helpers/quarterWork';

const skipReason = browserUnavailableReason();
const FO = 'Көбейту: ҚБ';
const BZHB = 'Көбейту және бөлу: БЖБ';
const TZHB = '2-тоқсан: ТЖБ';

describe.skipIf(skipReason)('a quarter’s gradebook filled offline, received by the head, recomputed by a new policy', () => {
  const suite = useDemoBrowser();

  it('goes from scored attempts and typed marks to term marks on two laptops', async () => {
    await withFailureScreenshots(
      'gradebook-quarter',
      () => suite.pages,
      async () => {
        const { demo } = suite;
        const url = demo.server.url;
        const ids = demoIds(demo);
        const [star, ...others] = ids.pupils;
        // --- 1. The quarter's work, scored by the server: everyone 4/4 in the ФО and 2/4 in the БЖБ, one pupil the other way round.
        const fo = await giveTask(demo, 'formative', FO);
        const bzhb = await giveTask(demo, 'sectionSummative', BZHB);
        await givePaperTermTest(demo, TZHB);
        await submitAttempt(demo, star!, fo, 1);
        await submitAttempt(demo, star!, bzhb, 2);
        for (const p of others) {
          await submitAttempt(demo, p, fo, 2);
          await submitAttempt(demo, p, bzhb, 1);
        }

        // --- 2. The teacher, offline, types the ТЖБ from the paper.
        const open = async (login: string) => {
          const { context, page } = await suite.laptop();
          await openApp(page, url);
          await signIn(page, demo.account(login));
          await syncNow(page);
          return { context, page };
        };
        const gradebookUrl = `${url}/#/gradebook?classSet=${ids.classSetId}&subject=${ids.subjectId}&quarter=2`;
        const { context: teacherContext, page: teacher } = await open('teacher4');
        await teacher.goto(gradebookUrl);
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // The field is named by the pupil's full name (with the patronymic the account's name leaves out).
        const cell = (page: Page, pupil: string, title: string) => page.getByLabel(new RegExp(`^${escape(pupil)}.*: ${escape(title)}$`));
        await expect.poll(() => cell(teacher, star!.displayName, FO).inputValue(), { timeout: TIMEOUT_MS }).toBe('2');
        expect(await cell(teacher, others[0]!.displayName, BZHB).inputValue()).toBe('2');
        await teacherContext.setOffline(true);

        const rows = teacher.locator('tbody tr[data-pupil-id]');
        const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pupil-id')));
        expect(order).toHaveLength(ids.pupils.length);
        await rows
          .first()
          .getByLabel(new RegExp(`: ${escape(TZHB)}$`))
          .focus();
        for (const pupilId of order) {
          await teacher.keyboard.type(pupilId === star!.pupilId ? '10' : '6');
          await teacher.keyboard.press('Enter');
        }
        // 25 % × 50 + 25 % × 100 + 50 % × 100 = 87.5 % → 5; the others 25 % × 100 + 25 % × 50 + 50 % × 60 = 67.5 % → 4.
        const termOf = (page: Page, pupilId: string) => page.locator(`tr[data-pupil-id="${pupilId}"] details.term-mark summary`);
        await expect.poll(() => termOf(teacher, star!.pupilId!).innerText(), { timeout: TIMEOUT_MS }).toBe('5');
        await termOf(teacher, star!.pupilId!).click();
        await teacher.getByText('25 % × 50 % + 25 % × 100 % + 50 % × 100 % = 87,5 % → 5').waitFor();
        expect(await termOf(teacher, others[0]!.pupilId!).innerText()).toBe('4');
        const indicators = `Үлгерім: 100 %, білім сапасы: 100 % (тоқсандық бағасы барлар: ${ids.pupils.length} / ${ids.pupils.length}).`;
        await teacher.getByText(indicators).waitFor();
        expect(await seriousAccessibilityViolations(teacher)).toEqual([]);
        await teacherContext.setOffline(false);
        await syncNow(teacher);

        // --- 3. The head's laptop receives it.
        const { page: head } = await open('head');
        await head.goto(gradebookUrl);
        await expect.poll(() => cell(head, star!.displayName, TZHB).inputValue(), { timeout: TIMEOUT_MS }).toBe('10');
        expect(await termOf(head, others[0]!.pupilId!).innerText()).toBe('4');
        await head.getByText(indicators).waitFor();

        // --- 4. The head's weights from 1 December: the others fall to 10 % × 100 + 10 % × 50 + 80 % × 60 = 63 % → 3.
        await head.goto(`${url}/#/schoolSetup`);
        const form = head.getByRole('form', { name: 'Тоқсандық бағаның салмақтары' });
        await form.getByLabel('Қай күннен бастап').fill('01.12.2026');
        const weights = form.getByRole('group', { name: 'Салмақтар, % (қосындысы 100)' });
        await weights.getByLabel('Қалыптастырушы бағалау (ҚБ)').fill('10');
        await weights.getByLabel('Бөлім бойынша жиынтық бағалау (БЖБ)').fill('10');
        await weights.getByLabel('Тоқсан бойынша жиынтық бағалау (ТЖБ)').fill('80');
        await form.getByRole('button', { name: 'Салмақтарды сақтау' }).click();
        await form.getByText('Сақталды: тоқсандық бағалар қайта есептелді.').waitFor();
        await head.goto(gradebookUrl);
        await expect.poll(() => termOf(head, others[0]!.pupilId!).innerText(), { timeout: TIMEOUT_MS }).toBe('3');
        // 10 % × 50 + 10 % × 100 + 80 % × 100 = 95 % → 5.
        expect(await termOf(head, star!.pupilId!).innerText()).toBe('5');
        await head.getByText(`Үлгерім: 100 %, білім сапасы: 7,7 % (тоқсандық бағасы барлар: ${ids.pupils.length} / ${ids.pupils.length}).`).waitFor();
        expect(await seriousAccessibilityViolations(head)).toEqual([]);

        // --- 5. In Russian and English.
        await head.getByRole('button', { name: 'Русский' }).click();
        await head.getByRole('heading', { level: 1, name: 'Журнал оценок' }).waitFor();
        expect(await seriousAccessibilityViolations(head)).toEqual([]);
        await head.getByRole('button', { name: 'English' }).click();
        await head.getByRole('heading', { level: 1, name: 'Gradebook' }).waitFor();
        await head.getByText(/Performance \(үлгерім\): 100 %/).waitFor();
        expect(await seriousAccessibilityViolations(head)).toEqual([]);

        // --- 6. Issue 11's screens on a school laptop's 1366×768, in each language: the page never scrolls sideways (wide tables scroll in their frame).
        await head.setViewportSize({ width: 1366, height: 768 });
        const screens = [
          [gradebookUrl, 'gradebook'],
          [`${url}/#/achievement?quarter=2`, 'achievement'],
          [`${url}/#/parentReports?classSet=${ids.classSetId}&quarter=2`, 'parentReports'],
          [`${url}/#/journal?scope=${ids.classSetId}&subject=${ids.subjectId}&period=quarter`, 'journal'],
        ] as const;
        for (const [button, language] of [
          ['English', 'en'],
          ['Русский', 'ru'],
          ['Қазақша', 'kk'],
        ] as const) {
          await head.getByRole('button', { name: button }).click();
          for (const [screen, namespace] of screens) {
            const title = (JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as { screenTitle: string }).screenTitle;
            await head.goto(screen);
            await head.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: TIMEOUT_MS });
            // The screen's figures are on it, not only its title.
            await head.locator('main table').first().waitFor({ timeout: TIMEOUT_MS });
            expect(await head.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${language} ${namespace}`).toBeLessThanOrEqual(0);
          }
        }
      },
    );
  }, 300_000);
});
