/**
 * A browser suite on the demo school: the real server on its own database and Chromium,
 * started before the suite's tests and closed after them. Every page opened through it is
 * kept for the failure screenshots; `laptop` is a fresh browser profile (a laptop of its
 * own), and `download` saves what a button's click downloads.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Download, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { closeDemoAndBrowser, startDemoServer, type DemoServer } from './demoSchool';

export interface DemoBrowser {
  readonly demo: DemoServer;
  readonly browser: Browser;
  /** Every page opened, for `withFailureScreenshots`. */
  readonly pages: Page[];
  laptop(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
}

export function useDemoBrowser(): DemoBrowser {
  let demo: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await closeDemoAndBrowser(demo, browser);
  });
  return {
    get demo() {
      return demo!;
    },
    get browser() {
      return browser!;
    },
    pages,
    async laptop(options = {}) {
      const context = await browser!.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      pages.push(page);
      return { context, page };
    },
  };
}

/** Clicks the button and returns the bytes of the file it downloads. */
export async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync(await (file as Download).path());
}
