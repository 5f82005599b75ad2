/**
 * Diagnostic (not a benchmark): the request timeline of one cold first visit over `geo-sat`.
 * A logging TCP tap sits between the link emulator and the real server and prints, per
 * connection, when each request line reached the server and when its answer started, in
 * ms since the navigation began; plus the page's own milestones (shell ready, SW active).
 * Usage: npx tsx tests/bench/coldLoadTimeline.ts [distDir]
 */
import { readdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../support/browser';
import { LINKS, startLinkEmulator } from '../support/linkEmulator';
import { startTestServer } from '../support/server';
import { waitForActiveServiceWorker } from './serviceWorkerState';
import { watchShellReady } from './shellReady';

async function main(): Promise<void> {
  const distDir = process.argv[2];
  const server = await startTestServer(distDir ? { distDir } : {});
  // Compress every built file once first, as the bench's later runs find them: the first
  // request of a file pays brotli 11 on the server, which is not the link's time.
  const root = distDir ?? 'dist';
  for (const file of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (file.isFile())
      await fetch(`${server.url}/${join(file.parentPath, file.name).slice(root.length + 1)}`, { headers: { 'accept-encoding': 'br' } }).then((r) =>
        r.arrayBuffer(),
      );
  }
  let t0 = 0;
  const events: string[] = [];
  const log = (s: string) => events.push(`${Math.round(performance.now() - t0)}`.padStart(6) + ' ' + s);
  let connId = 0;
  const tap = createServer((client) => {
    const id = ++connId;
    log(`conn#${id} open`);
    const upstream = connect({ host: '127.0.0.1', port: server.port });
    client.on('data', (chunk: Buffer) => {
      for (const m of chunk.toString('latin1').matchAll(/^(GET|POST|PUT|HEAD|DELETE) (\S+) HTTP/gm)) log(`conn#${id} -> ${m[1]} ${m[2]}`);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const m = /^HTTP\/1\.1 (\d+)[^\r]*\r\n([\s\S]*?)\r\n\r\n/.exec(chunk.toString('latin1'));
      if (m) {
        const len = /content-length: (\d+)/i.exec(m[2]!)?.[1] ?? '?';
        log(`conn#${id} <- ${m[1]} len=${len}`);
      }
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => tap.listen(0, '127.0.0.1', r));
  const tapPort = (tap.address() as { port: number }).port;
  const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: tapPort }, link: LINKS['geo-sat'] });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const watch = await watchShellReady(context);
  const page = await context.newPage();
  page.on('console', (m) => log(`console ${m.type()} ${m.text()}`));
  const { ready } = watch.next(120_000, () => log('SHELL READY (page signal)'));
  t0 = performance.now();
  await page.goto(`${link.url}/`, { waitUntil: 'load', timeout: 180_000 });
  log('load event');
  const readyMs = await ready;
  const sw = await waitForActiveServiceWorker(page, 5_000, 120_000);
  log(`SW ${sw.outcome} at page time ${Math.round(sw.at)}`);
  if (process.env.PARALLEL_PROBE) {
    log('probe: 9 parallel fetches from the page');
    await page.evaluate(`Promise.all(Array.from({length: 9}, (_, i) => fetch('/favicon.svg?probe=' + i, {cache: 'reload'}).then(r => r.text())))`);
    log('probe: 9 parallel fetches from the service worker');
    await page.evaluate(
      `new Promise((resolve) => { navigator.serviceWorker.addEventListener('message', resolve, {once: true}); navigator.serviceWorker.controller.postMessage({type: 'PROBE'}); })`,
    );
    log('probe done');
  }
  const nav = await page.evaluate(
    `JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name.replace(/^https?:\\/\\/[^/]+/, ''), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd), e.initiatorType, e.transferSize]))`,
  );
  console.log(events.join('\n'));
  console.log(`readyMs=${readyMs} sw=${JSON.stringify(sw)} stats=${JSON.stringify(link.stats())}`);
  console.log('page resource timings [name,start,respStart,end,initiator,transfer]:');
  for (const r of JSON.parse(nav as string) as unknown[]) console.log(JSON.stringify(r));
  await context.close();
  await browser.close();
  await link.close();
  tap.close();
  await server.close();
}

void main();
