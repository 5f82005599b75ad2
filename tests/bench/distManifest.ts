/**
 * Reads two lists out of a build: the files a first visit needs before the app can start
 * (index.html and the entry's scripts, module preloads and stylesheets it names), and the
 * files the service worker precaches (the `url` entries Workbox injected into dist/sw.js).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Paths relative to the build folder, index.html first. */
export async function firstVisitFiles(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const files = ['index.html'];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attrs = parseAttributes(tag);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const ref = tag.toLowerCase().startsWith('<script')
      ? attrs.get('src')
      : rel.includes('modulepreload') || rel.includes('stylesheet')
        ? attrs.get('href')
        : undefined;
    const path = ref === undefined ? undefined : localPath(ref);
    if (path !== undefined && !files.includes(path)) files.push(path);
  }
  return files;
}

/** Precached paths relative to the build folder, or undefined when the build has no service worker. */
export async function precachedFiles(distDir: string): Promise<string[] | undefined> {
  const swPath = join(distDir, 'sw.js');
  if (!existsSync(swPath)) return undefined;
  const sw = await readFile(swPath, 'utf8');
  const urls = new Set<string>();
  // Workbox injects entries as {"revision":"…","url":"…"} (either key first, quotes optional).
  for (const entry of sw.match(/\{\s*["']?(?:revision|url)["']?\s*:[^{}]*\}/g) ?? []) {
    const url = /["']?url["']?\s*:\s*["']([^"']+)["']/.exec(entry)?.[1];
    const path = url === undefined ? undefined : localPath(url);
    if (path !== undefined) urls.add(path);
  }
  return [...urls];
}

function localPath(ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return undefined;
  const path = posix.normalize(ref.split(/[?#]/)[0] ?? '').replace(/^(\.\/|\/)+/, '');
  return path === '' || path.startsWith('..') ? undefined : path;
}

function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
