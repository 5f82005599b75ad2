/**
 * What the end-to-end tests do to and read from the app, in one place: waiting for the
 * `data-app-state="ready"` contract, the first-run profile, the status indicator, the
 * service worker. Texts are the Kazakh defaults unless a test switches language.
 */
import type { Page } from 'playwright-core';

export const TIMEOUT_MS = 30_000;

export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app-state="ready"]', { timeout: TIMEOUT_MS });
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForAppReady(page);
}

export async function chooseProfile(page: Page, name: string, roleLabel: string): Promise<void> {
  await page.getByLabel('Атыңыз').fill(name);
  // A choice's name is its role and its one-line hint: match the role at the start.
  const escaped = roleLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('radio', { name: new RegExp(`^${escaped}(\\s|$)`) }).check();
  await page.getByRole('button', { name: 'Жалғастыру' }).click();
  await page.locator('nav.role-navigation').waitFor({ timeout: TIMEOUT_MS });
}

export function indicator(page: Page) {
  return page.locator('.connection-indicator');
}

/** Waits until the service worker controls the page and the indicator says so. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForSelector('.connection-indicator[data-offline-ready="true"]', { timeout: TIMEOUT_MS });
}

export async function buildIdOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.buildId);
}

/** Marks the current document; `isSameDocument` tells whether the page has been reloaded since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sandyqE2eMark?: boolean }).sandyqE2eMark = true;
  });
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { sandyqE2eMark?: boolean }).sandyqE2eMark === true);
}

/**
 * Asks the browser to check for a new service worker now (as it does on its own on
 * navigation and every hour) and waits until whatever it found has finished installing.
 * Returns whether a new version is now waiting.
 */
export async function checkForUpdate(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('No service worker registration');
    await registration.update();
    const deadline = Date.now() + 20_000;
    while (registration.installing && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return !!registration.waiting;
  });
}

/** Responses that failed (status ≥ 400 or no response at all) on a page from now on. */
export function recordFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}: ${request.failure()?.errorText ?? ''}`));
  return failed;
}
