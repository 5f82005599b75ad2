/**
 * `gradebook` (issue 11): the head's laptop holding a quarter of marks for the whole demo
 * school (`quarterMarks`: every class set, every subject, seven pieces of work each), in
 * headless Chromium on the built app, timed in the page from the address change to the
 * view on screen:
 * - `gradebookOpenMs`: the gradebook of 5-6 Б (25 pupils), mathematics, quarter 2, until
 *   all 25 term marks show (columns from scored attempts and typed marks, term marks by
 *   the policy, indicators, mastery, the year column);
 * - `schoolReportMs`: the school's quarter report (every class set × every subject, the
 *   indicators of each and of the school) on the Achievement screen, until its school row
 *   shows.
 */
import type { Browser } from 'playwright-core';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { openApp, signIn } from '../e2e/helpers/app';
import { chromiumPath, launchBrowser } from '../support/browser';
import { TEST_DATABASES } from '../support/databases';
import { startTestServer } from '../support/server';
import { median, type Benchmark, type BenchResult } from './benchmark';
import { quarterMarks, TARGET_PUPILS } from './quarterMarks';
import { timeInPage } from './timeInPage';

/** Openings timed per run. */
const SAMPLES = 5;
/** The first pull of the demo school and the quarter on a busy machine. */
const PULL_TIMEOUT_MS = 180_000;

const medianOf = (values: readonly number[]) => (median(values.map((v) => Math.round(v * 10))) ?? 0) / 10;

async function measureInChromium(distDir: string, runs: number, log: (line: string) => void): Promise<BenchResult> {
  const row = { name: 'gradebook', workload: 'school-quarter', link: 'none', device: 'chromium' };
  if (!chromiumPath()) return { ...row, gradebookOpenMs: null, note: 'skipped: no Chromium (set CHROMIUM_PATH)' };
  const database = await TEST_DATABASES[0]!.open();
  let browser: Browser | undefined;
  try {
    const server = await startTestServer({ database, demo: true, distDir });
    try {
      const demo = server.demo!;
      const quarter = quarterMarks(demo);
      await database.transaction((tx) => writeSystemRecords(tx, demo.school.id, quarter.records, new ServerClock(Date.now)));
      log(
        `gradebook: ${quarter.classSets} class sets × ${quarter.subjects} subjects, ${quarter.marks} typed marks, ${quarter.attempts} scored attempts`,
      );

      browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
      const start = performance.now();
      await openApp(page, server.url);
      await signIn(
        page,
        demo.accounts.find((a) => a.login === 'head')!,
      );
      const gradebook = (q: number) => `#/gradebook?classSet=${quarter.targetClassSetId}&subject=${quarter.mathsId}&quarter=${q}`;
      const termMarks = { selector: 'tr[data-pupil-id] details.term-mark summary', count: TARGET_PUPILS };
      await page.goto(`${server.url}/${gradebook(2)}`);
      await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, termMarks, {
        timeout: PULL_TIMEOUT_MS,
      });
      log(`gradebook: the quarter pulled and the gradebook shown in ${Math.round(performance.now() - start)} ms`);

      const openMs: number[] = [];
      for (let i = 0; i < runs * SAMPLES; i++) {
        await timeInPage(page, gradebook(1), { selector: '.empty-state' });
        openMs.push(await timeInPage(page, gradebook(2), termMarks));
      }
      log(`gradebook: open ${medianOf(openMs)} ms (max ${Math.round(Math.max(...openMs))})`);
      const reportMs: number[] = [];
      for (let i = 0; i < runs * SAMPLES; i++) {
        await timeInPage(page, gradebook(1), { selector: '.empty-state' });
        reportMs.push(await timeInPage(page, '#/achievement?quarter=2', { selector: '[data-school-row]' }));
      }
      log(`gradebook: school quarter report ${medianOf(reportMs)} ms`);
      return {
        ...row,
        classSets: quarter.classSets,
        subjects: quarter.subjects,
        marks: quarter.marks,
        attempts: quarter.attempts,
        samples: openMs.length,
        gradebookOpenMs: medianOf(openMs),
        gradebookOpenMsMax: Math.round(Math.max(...openMs)),
        schoolReportMs: medianOf(reportMs),
        schoolReportMsMax: Math.round(Math.max(...reportMs)),
        note: 'headless Chromium, the built app: address change to the view on screen',
      };
    } finally {
      await browser?.close();
      await server.close();
    }
  } finally {
    await database.close();
  }
}

export const gradebookOpen: Benchmark = {
  name: 'gradebook',
  async run({ distDir, runs, log }) {
    return [await measureInChromium(distDir, runs, log)];
  },
};
