/**
 * Runs a test body and, if it throws, saves a screenshot of every open page to
 * tests/e2e/screenshots/<test>-<n>.png before rethrowing: the first thing to look at
 * when a browser test fails on a machine you cannot watch.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(import.meta.dirname, '../screenshots');

export async function withFailureScreenshots(name: string, pages: () => readonly (Page | undefined)[], body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const safeName = name.replace(/[^\w-]+/g, '-');
    let index = 0;
    for (const page of pages()) {
      if (!page || page.isClosed()) continue;
      const path = join(SCREENSHOT_DIR, `${safeName}-${index++}.png`);
      await page.screenshot({ path, fullPage: true }).then(
        () => console.error(`[e2e] screenshot: ${path}`),
        () => undefined,
      );
    }
    throw error;
  }
}
