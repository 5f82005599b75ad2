/**
 * The screens of sync by file and of issue 13 (the Digital teacher programme's list of pupils,
 * the district's view; the connectivity screen has its own test) in each of the three languages
 * on a school laptop's 1366×768 screen: each shows its
 * heading, nothing scrolls the page sideways, no untranslated key shows (i18next prints a
 * missing key's name, `somethingTitle`), and axe finds nothing serious.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnavailableReason } from '../support/browser';
import { openApp, signIn, TIMEOUT_MS } from './helpers/app';
import { seriousAccessibilityViolations } from './helpers/axe';
import { useDemoBrowser } from './helpers/demoBrowser';
import { withFailureScreenshots } from './helpers/failureScreenshots';

const skipReason = browserUnavailableReason();
const LANGUAGES = ['Қазақша', 'Русский', 'English'] as const;
const SCREENS_BY_LOGIN = {
  head: ['bundles', 'digitalTeacher'],
  methodologist: ['district'],
} as const;
/** A key's name where its text should be: the namespaces' keys end in one of these words. */
const RAW_KEY = /\b[a-z][A-Za-z]+(?:Title|Label|Message|Action)\b/;

async function checkScreen(page: Page, url: string, screen: string, language: string): Promise<void> {
  const where = `${screen} in ${language}`;
  await page.goto(`${url}/#/${screen}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
  const text = await page.locator('main').innerText();
  expect(RAW_KEY.exec(text)?.[0], `${where}: an untranslated key`).toBeUndefined();
  expect(await seriousAccessibilityViolations(page), where).toEqual([]);
}

describe.skipIf(skipReason)('new screens in kk, ru and en at 1366×768', () => {
  const suite = useDemoBrowser();

  for (const [login, screens] of Object.entries(SCREENS_BY_LOGIN)) {
    it(`${login}: ${screens.join(', ')}`, async () => {
      await withFailureScreenshots(
        `new-screens-${login}`,
        () => suite.pages,
        async () => {
          const { page } = await suite.laptop({ viewport: { width: 1366, height: 768 } });
          const url = suite.demo.server.url;
          await openApp(page, url);
          await signIn(page, suite.demo.account(login));
          for (const language of LANGUAGES) {
            await page.getByRole('button', { name: language }).click();
            await expect
              .poll(() => page.evaluate(() => document.documentElement.lang))
              .toBe({ Қазақша: 'kk', Русский: 'ru', English: 'en' }[language]);
            for (const screen of screens) await checkScreen(page, url, screen, language);
          }
        },
      );
    });
  }
});
