/**
 * Warm start with the network off: a persistent profile visits the app once online and
 * waits until the service worker controls the page; then the browser closes, the server
 * goes away (no network at all, not only Chromium's offline flag), and the browser reopens
 * offline on the same profile. Measured: time from navigation to a usable shell.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchPersistent } from '../support/browser';
import { startTestServer } from '../support/server';
import { median, type Benchmark } from './benchmark';
import { ServiceWorkerOutcome, waitForActiveServiceWorker, waitForControl } from './serviceWorkerState';
import { loadEventTime, watchShellReady } from './shellReady';

const READY_TIMEOUT_MS = 30_000;

export const warmStartOffline: Benchmark = {
  name: 'warm-start-offline',
  async run({ distDir, runs, log }) {
    const row = { name: 'warm-start-offline', workload: 'app-shell', link: 'offline' };
    if (!chromiumPath()) return [{ ...row, readyMs: null, note: 'skipped: no Chromium (set CHROMIUM_PATH)' }];
    const profile = mkdtempSync(join(tmpdir(), 'sandyq-bench-profile-'));
    try {
      const server = await startTestServer({ distDir });
      const url = `${server.url}/`;
      let isControlled = false;
      try {
        isControlled = await visitOnline(profile, url);
      } finally {
        await server.close();
      }
      if (!isControlled) {
        return [{ ...row, readyMs: null, note: 'no service worker controls the page after an online visit: the app cannot start offline yet' }];
      }

      const samples: number[] = [];
      let hasMarker = true;
      for (let i = 0; i < runs; i++) {
        const context = await launchPersistent(profile, { offline: true });
        try {
          const watch = await watchShellReady(context);
          const page = context.pages()[0] ?? (await context.newPage());
          const { ready } = watch.next(READY_TIMEOUT_MS);
          try {
            await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
          } catch (error) {
            return [{ ...row, readyMs: null, note: `the app did not open offline: ${String(error).split('\n')[0]}` }];
          }
          let readyMs = await Promise.race([ready, sleep(hasMarker ? READY_TIMEOUT_MS : 0)]);
          if (readyMs === undefined) {
            hasMarker = false;
            readyMs = await loadEventTime(page);
          }
          samples.push(readyMs);
          log(`warm-start-offline run ${i + 1}/${runs}: shell ${Math.round(readyMs)} ms`);
        } finally {
          await context.close();
        }
      }
      return [
        {
          ...row,
          runs,
          readyMs: median(samples.map(Math.round)),
          readyMsMin: Math.round(Math.min(...samples)),
          readyMsMax: Math.round(Math.max(...samples)),
          note: hasMarker ? null : 'no data-app-state="ready" marker in this build: readyMs is the load event',
        },
      ];
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  },
};

/** One online visit; true once a service worker controls the page (reloading once if it does not claim). */
async function visitOnline(profile: string, url: string): Promise<boolean> {
  const context = await launchPersistent(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    const serviceWorker = await waitForActiveServiceWorker(page, 5_000, 120_000);
    if (serviceWorker.outcome !== ServiceWorkerOutcome.active) return false;
    if (await waitForControl(page, 3_000)) return true;
    await page.reload({ waitUntil: 'load' });
    return waitForControl(page, 3_000);
  } finally {
    await context.close();
  }
}

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
