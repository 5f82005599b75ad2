/**
 * Cold first load over `geo-sat`: a fresh browser profile (no cache, no service worker)
 * opens the app through the link emulator (Chromium → emulator → the real server), as a
 * teacher's laptop at a satellite-linked school would on its first visit. Measured: time
 * until the shell is usable and the bytes moved until then; then time until the service
 * worker is active (the precache is stored, the app would now open offline) and the bytes
 * moved in all.
 */
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser } from '../support/browser';
import { LINKS, startLinkEmulator, type LinkEmulator, type LinkStats } from '../support/linkEmulator';
import { startTestServer } from '../support/server';
import { median, type Benchmark, type BenchResult } from './benchmark';
import { ServiceWorkerOutcome, waitForActiveServiceWorker } from './serviceWorkerState';
import { loadEventTime, watchShellReady } from './shellReady';

const LINK = LINKS['geo-sat'];
/** How long after the load event to wait for the ready marker before deciding the build has none. */
const READY_AFTER_LOAD_TIMEOUT_MS = 30_000;
/**
 * How long the service worker's install may take. Workbox precaches one file at a time
 * (workbox issue 2528), so over geo-sat an install costs about a round trip per file.
 */
const SERVICE_WORKER_TIMEOUT_MS = 300_000;

interface Sample {
  readyMs: number;
  atReady: LinkStats;
  serviceWorker: ServiceWorkerOutcome;
  /** When the service worker was active: the precache is stored, the app opens offline. */
  offlineReadyMs: number | undefined;
  total: LinkStats;
}

export const coldLoad: Benchmark = {
  name: 'cold-load',
  async run({ distDir, runs, log }) {
    const row = { name: 'cold-load', workload: 'app-shell', link: LINK.name };
    if (!chromiumPath()) return [{ ...row, readyMs: null, note: 'skipped: no Chromium (set CHROMIUM_PATH)' }];

    const server = await startTestServer({ distDir });
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: server.port }, link: LINK });
    const browser = await launchBrowser();
    const samples: Sample[] = [];
    let hasMarker = true;
    try {
      for (let i = 0; i < runs; i++) {
        const sample = await measureOnce(browser, link, hasMarker);
        hasMarker &&= sample.hasMarker;
        samples.push(sample);
        log(
          `cold-load run ${i + 1}/${runs}: shell ${Math.round(sample.readyMs)} ms, ${sample.atReady.bytesDown} bytes down; ` +
            `service worker ${sample.serviceWorker}${sample.offlineReadyMs === undefined ? '' : ` at ${Math.round(sample.offlineReadyMs)} ms`}, ${sample.total.bytesDown} bytes down`,
        );
      }
    } finally {
      await browser.close();
      await link.close();
      await server.close();
    }
    const notes = [
      hasMarker ? null : 'no data-app-state="ready" marker in this build: readyMs is the load event',
      ...[...new Set(samples.map((s) => s.serviceWorker))]
        .filter((outcome) => outcome !== ServiceWorkerOutcome.active)
        .map((outcome) => `service worker ${outcome} in ${samples.filter((s) => s.serviceWorker === outcome).length} of ${runs} runs`),
    ].filter((n): n is string => n !== null);
    const offline = samples.map((s) => s.offlineReadyMs).filter((ms): ms is number => ms !== undefined);
    const result: BenchResult = {
      ...row,
      runs,
      readyMs: median(samples.map((s) => Math.round(s.readyMs))),
      readyMsMin: Math.round(Math.min(...samples.map((s) => s.readyMs))),
      readyMsMax: Math.round(Math.max(...samples.map((s) => s.readyMs))),
      bytesDownAtReady: median(samples.map((s) => s.atReady.bytesDown)),
      bytesUpAtReady: median(samples.map((s) => s.atReady.bytesUp)),
      connectionsAtReady: median(samples.map((s) => s.atReady.connections)),
      offlineReadyMs: offline.length === samples.length ? median(offline.map(Math.round)) : null,
      bytesDownTotal: median(samples.map((s) => s.total.bytesDown)),
      note: notes.length > 0 ? notes.join('; ') : null,
    };
    return [result];
  },
};

async function measureOnce(browser: Browser, link: LinkEmulator, expectMarker: boolean): Promise<Sample & { hasMarker: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const watch = await watchShellReady(context);
    const page = await context.newPage();
    link.resetStats();
    let atReady: LinkStats | undefined;
    const { ready } = watch.next(10 * 60_000, () => (atReady = link.stats()));
    await page.goto(`${link.url}/`, { waitUntil: 'load', timeout: 180_000 });
    let readyMs = await Promise.race([ready, sleep(expectMarker ? READY_AFTER_LOAD_TIMEOUT_MS : 0)]);
    const hasMarker = readyMs !== undefined;
    if (readyMs === undefined || atReady === undefined) {
      readyMs = await loadEventTime(page);
      atReady = link.stats();
    }
    const serviceWorker = await waitForActiveServiceWorker(page, 5_000, SERVICE_WORKER_TIMEOUT_MS);
    const offlineReadyMs = serviceWorker.outcome === ServiceWorkerOutcome.active ? serviceWorker.at : undefined;
    return { readyMs, atReady, serviceWorker: serviceWorker.outcome, offlineReadyMs, total: link.stats(), hasMarker };
  } finally {
    await context.close();
  }
}

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
