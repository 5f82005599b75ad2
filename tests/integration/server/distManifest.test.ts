import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstVisitFiles, precachedFiles } from '../../bench/distManifest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandyq-manifest-'));
  mkdirSync(join(dir, 'assets'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what the bench counts as a first visit and as the precache', () => {
  it('a first visit is index.html and the entry scripts, module preloads and stylesheets it names', async () => {
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head>
        <script type="module" crossorigin src="/assets/index-A1.js"></script>
        <link rel="modulepreload" crossorigin href="/assets/react-B2.js">
        <link rel="stylesheet" crossorigin href="./assets/index-C3.css">
        <link rel="manifest" href="/manifest.webmanifest">
        <link rel="icon" href="/favicon.svg">
        <script src="https://example.org/analytics.js"></script>
      </head><body></body></html>`,
    );
    expect(await firstVisitFiles(dir)).toEqual(['index.html', 'assets/index-A1.js', 'assets/react-B2.js', 'assets/index-C3.css']);
  });

  it('the precache is every url Workbox injected into sw.js, quoted keys or not', async () => {
    writeFileSync(
      join(dir, 'sw.js'),
      'import{x}from"y";const e=[{"revision":"3ca0b8505b4bec776b69afdba2768812","url":"index.html"},' +
        '{"revision":null,"url":"assets/index-A1.js"},{url:"manifest.webmanifest",revision:"9f"}];precacheAndRoute(e);',
    );
    expect(await precachedFiles(dir)).toEqual(['index.html', 'assets/index-A1.js', 'manifest.webmanifest']);
  });

  it('a build without a service worker has no precache', async () => {
    expect(await precachedFiles(dir)).toBeUndefined();
  });
});
