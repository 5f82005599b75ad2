/**
 * The first visit's bytes (the files the page needs before the app can start, brotli as the
 * server sends them) stay within DESIGN.md's 200 KB budget: a feature's libraries (the
 * spreadsheet reader, the hash of files, the screens) load only when used. A size budget,
 * not a timing; the figure itself is `npm run bench -- --only first-visit-bytes`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDistDir } from '@/server/projectRoot';
import { compressedSizes } from '../bench/compressedSize';
import { firstVisitFiles } from '../bench/distManifest';
import { FIRST_VISIT_BUDGET_BYTES } from '../bench/firstVisitBytes';

/** The worker is fetched right after the first paint; zod in it once tripled its size. */
const SERVICE_WORKER_BUDGET_BYTES = 16_000;

describe('the first visit over the satellite', () => {
  it('needs at most 200 KB compressed before the app starts, none of it a lazily loaded library', async () => {
    const files = await firstVisitFiles(defaultDistDir);
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) expect(existsSync(join(defaultDistDir, f)), f).toBe(true);
    const sizes = await compressedSizes(files.map((f) => ({ path: join(defaultDistDir, f), label: f })));
    expect(sizes.brotliBytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
    expect(
      files.filter((f) => /hash-wasm|read-excel|readExcel|write-excel|universal|uplot|TrendChart|screens-|LessonsScreen|LibraryScreen/i.test(f)),
    ).toEqual([]);
  });

  it('translations travel as two files per language: the shell’s before the first paint, the rest later', async () => {
    const assets = readdirSync(join(defaultDistDir, 'assets')).filter((f) => f.endsWith('.js'));
    const chunkName = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
    const locales = assets.filter((f) => /^locale-(kk|ru|en)(-boot)?-[\w-]{8}\.js$/.test(f)).map(chunkName);
    expect(locales.sort()).toEqual(['locale-en', 'locale-en-boot', 'locale-kk', 'locale-kk-boot', 'locale-ru', 'locale-ru-boot']);
    // Before the first paint: Kazakh's shell namespaces only.
    const firstVisit = (await firstVisitFiles(defaultDistDir)).map(chunkName).filter((f) => f.startsWith('locale-'));
    expect(firstVisit.filter((f) => f !== 'locale-kk-boot')).toEqual([]);
  });

  it('a service worker of at most 16 KB compressed: no schema library rides in it', async () => {
    const sizes = await compressedSizes([{ path: join(defaultDistDir, 'sw.js'), label: 'sw.js' }]);
    expect(sizes.brotliBytes).toBeLessThanOrEqual(SERVICE_WORKER_BUDGET_BYTES);
  });
});
