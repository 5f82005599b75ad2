/**
 * What the end-to-end tests do to and read from the app, in one place: waiting for the
 * `data-app-state="ready"` contract, signing in (the demo school's accounts), the status
 * indicator, the service worker. Texts are the Kazakh defaults unless a test switches
 * language.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const TIMEOUT_MS = 30_000;

export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app-state="ready"]', { timeout: TIMEOUT_MS });
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForAppReady(page);
}

/**
 * Signs in on the login-and-password form (the first thing a laptop with no profiles
 * shows, or "another user"), then answers the PIN offer: sets `pin` when given, else
 * "not now". Resolves once the role's menu is on screen.
 */
export async function signIn(page: Page, account: { login: string; password: string }, options: { pin?: string } = {}): Promise<void> {
  await page.getByLabel('Логин', { exact: true }).fill(account.login);
  await page.getByLabel('Құпиясөз', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await answerPinOffer(page, options.pin);
  await page.locator('nav.role-navigation').waitFor({ timeout: TIMEOUT_MS });
}

/** After a password sign-in with no PIN yet: set `pin`, or "not now" without one. */
export async function answerPinOffer(page: Page, pin: string | undefined): Promise<void> {
  await page.getByRole('heading', { name: 'Жылдам кіру үшін PIN-код орнатасыз ба?' }).waitFor({ timeout: TIMEOUT_MS });
  if (pin === undefined) {
    await page.getByRole('button', { name: 'Қазір емес' }).click();
    return;
  }
  await page.getByLabel('Жаңа PIN-код (4–6 цифр)').fill(pin);
  await page.getByLabel('PIN-кодты қайталаңыз').fill(pin);
  await page.getByRole('button', { name: 'PIN-кодты орнату' }).click();
}

/** The sign-in tile of a person who has signed in on this laptop before. */
export function profileTile(page: Page, displayName: string) {
  return page.locator('.profile-tile').filter({ hasText: displayName });
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

/**
 * Responses that failed (status ≥ 400 or no response at all) on a page from now on.
 * Chromium's DevTools report a fetch whose body the page read as a stream (the sync
 * client's NDJSON answers) as `net::ERR_ABORTED` even when every byte arrived and the
 * answer was stored; those API reads are left out, their outcome is the sync status's.
 */
export function recordFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error === 'net::ERR_ABORTED' && new URL(request.url()).pathname.startsWith('/api/')) return;
    failed.push(`failed ${request.url()}: ${error}`);
  });
  return failed;
}

/** Presses "Sync now" once it is enabled and waits until nothing is waiting on the laptop. */
export async function syncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Қазір синхрондау' });
  await expect.poll(() => button.isEnabled(), { timeout: TIMEOUT_MS }).toBe(true);
  await button.click();
  await page.locator('[data-pending="0"]').waitFor({ timeout: TIMEOUT_MS });
}
