/**
 * Diagnostic (not a benchmark): where a warm start with the network off spends its time.
 * As `warm-start-offline`, then prints the navigation's and every resource's timings.
 * Usage: npx tsx tests/bench/warmStartTimeline.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPersistent } from '../support/browser';
import { startTestServer } from '../support/server';
import { waitForActiveServiceWorker, waitForControl } from './serviceWorkerState';
import { watchShellReady } from './shellReady';

async function main(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'sandyq-warm-'));
  const server = await startTestServer();
  const url = `${server.url}/`;
  const online = await launchPersistent(profile);
  const first = online.pages()[0] ?? (await online.newPage());
  await first.goto(url, { waitUntil: 'load' });
  await waitForActiveServiceWorker(first, 5_000, 120_000);
  if (!(await waitForControl(first, 3_000))) await first.reload({ waitUntil: 'load' });
  await online.close();
  await server.close();
  for (let i = 0; i < 3; i++) {
    const context = await launchPersistent(profile, { offline: true });
    const watch = await watchShellReady(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const { ready } = watch.next(30_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    const readyMs = await ready;
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    summarize(cpu);
    const t = await page.evaluate(`(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const r = (x) => Math.round(x);
      const nav = { workerStart: r(n.workerStart), fetchStart: r(n.fetchStart), responseStart: r(n.responseStart), responseEnd: r(n.responseEnd), domInteractive: r(n.domInteractive), dcl: r(n.domContentLoadedEventEnd), load: r(n.loadEventEnd) };
      const res = performance.getEntriesByType('resource').map((e) => [e.name.replace(/^https?:\\/\\/[^/]+/, ''), r(e.startTime), r(e.workerStart), r(e.responseStart), r(e.responseEnd)]);
      const marks = performance.getEntriesByType('paint').map((p) => [p.name, r(p.startTime)]);
      return JSON.stringify({ nav, res, marks });
    })()`);
    console.log(`run ${i + 1}: ready ${Math.round(readyMs ?? -1)} ms`, t);
    await context.close();
  }
  rmSync(profile, { recursive: true, force: true });
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by script and by function (top 25), in ms. */
function summarize(cpu: CpuProfile): void {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const selfByUrl = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  cpu.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (cpu.timeDeltas[i] ?? 0) / 1000;
    const url = node.callFrame.url.replace(/^https?:\/\/[^/]+/, '') || `(${node.callFrame.functionName || 'native'})`;
    selfByUrl.set(url, (selfByUrl.get(url) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anon)'} ${url}:${node.callFrame.lineNumber}`;
    selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ${k}`)
      .join('\n');
  console.log('self time by script:\n' + top(selfByUrl, 12));
  console.log('self time by function:\n' + top(selfByFn, 25));
}

void main();
