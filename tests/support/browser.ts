/**
 * Finds and launches the real Chromium for end-to-end tests and benchmarks.
 *
 * Debian's /usr/bin/chromium (or CHROMIUM_PATH). Under CI=true a missing browser is an
 * error, so the e2e suite can never pass without running; locally the suite is skipped
 * with a message saying why.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Why e2e tests cannot run here, or undefined when they can. Throws under CI. */
export function browserUnavailableReason(): string | undefined {
  if (chromiumPath()) return undefined;
  const reason = 'No Chromium found (set CHROMIUM_PATH or `apt-get install chromium`)';
  if (process.env.CI === 'true') throw new Error(`${reason}: end-to-end tests must run in CI.`);
  console.warn(`[e2e] SKIPPED: ${reason}.`);
  return reason;
}

/** Flags that keep Chromium quiet on a machine with no outside network, running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // A headless browser shows no address bar, yet Chromium 156 builds the address bar's popup
  // (a WebUI page of ~260 modules, ~3 s of compile CPU) at every launch, on the same two cores
  // as the page a benchmark times right after the launch (the warm start most of all).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A persistent profile (its own user-data dir), so a test can close the browser and open it
 * again with the same IndexedDB, Cache Storage and service worker: a "browser restart".
 */
export async function launchPersistent(userDataDir: string, options: { offline?: boolean } = {}): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    offline: options.offline ?? false,
  });
}
