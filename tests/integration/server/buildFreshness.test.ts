import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFreshness } from '@/server/build/buildFreshness';
import { readListenConfig } from '@/server/runtime/readListenConfig';

let root: string;
const T0 = new Date('2026-09-01T08:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function file(path: string, at: Date): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  utimesSync(full, at, at);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sandyq-project-'));
  file('src/main.tsx', T0);
  file('src/server/app.ts', T0);
  file('index.html', T0);
  file('vite.config.ts', T0);
  file('package-lock.json', T0);
  file('locales/kk/common.json', T0);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const freshness = () => buildFreshness(root, join(root, 'dist'));

describe('is dist/ a complete build of the current sources', () => {
  it('no build yet: missing', async () => {
    expect((await freshness()).state).toBe('missing');
  });

  it('a build newer than every input is fresh', async () => {
    file('dist/index.html', later(10));
    expect((await freshness()).state).toBe('fresh');
  });

  it('a client source, a translation, the page or the lockfile changed after the build: stale, naming it', async () => {
    for (const input of ['src/main.tsx', 'locales/kk/common.json', 'index.html', 'package-lock.json', 'public/icon.svg']) {
      file('dist/index.html', later(10));
      file(input, later(20));
      const result = await freshness();
      expect(result.state, input).toBe('stale');
      expect(result.reason).toContain(input);
      file(input, T0);
    }
  });

  it('a change to the server alone does not rebuild the client', async () => {
    file('dist/index.html', later(10));
    file('src/server/app.ts', later(20));
    expect((await freshness()).state).toBe('fresh');
  });

  it('once the app has a service worker, a build without dist/sw.js is not complete', async () => {
    file('src/sw.ts', T0);
    file('dist/index.html', later(10));
    expect((await freshness()).state).toBe('missing');
    file('dist/sw.js', later(10));
    expect((await freshness()).state).toBe('fresh');
  });

  it('the oldest of the build outputs counts, so a build cut halfway is redone', async () => {
    file('src/sw.ts', later(5));
    file('dist/sw.js', later(1));
    file('dist/index.html', later(10));
    expect((await freshness()).state).toBe('stale');
  });
});

describe('where npm start listens', () => {
  it('defaults to port 8080 on all interfaces, for the other laptops of the school', () => {
    expect(readListenConfig({})).toEqual({ port: 8080, host: '0.0.0.0' });
  });

  it('takes PORT and HOST from the environment', () => {
    expect(readListenConfig({ PORT: '3000', HOST: '127.0.0.1' })).toEqual({ port: 3000, host: '127.0.0.1' });
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => readListenConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readListenConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
