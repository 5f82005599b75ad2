/**
 * A tiny stand-in for `dist/` in a temporary folder, shaped like a Vite + vite-plugin-pwa
 * build (hashed assets, service worker, manifest, icon), so the server's tests do not wait
 * for a real build and do not depend on what the app currently looks like.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureDist {
  dir: string;
  files: Readonly<Record<string, string | Buffer>>;
  remove(): void;
}

export function createFixtureDist(label = 'v1'): FixtureDist {
  const dir = mkdtempSync(join(tmpdir(), 'sandyq-dist-'));
  const entry = `/assets/index-${label}.js`;
  const files: Record<string, string | Buffer> = {
    'index.html': `<!doctype html><html><head><title>${label}</title><script type="module" src="${entry}"></script></head><body><div id="root"></div></body></html>`,
    [`assets/index-${label}.js`]: `export const label = '${label}';\n` + 'console.log("a line of app code");\n'.repeat(200),
    [`assets/index-${label}.css`]: 'body { margin: 0 }\n'.repeat(100),
    'sw.js': `self.addEventListener('install', () => self.skipWaiting()); // ${label}\n`,
    'workbox-window.prod.es5.js': '/* workbox runtime */\n',
    'registerSW.js': "navigator.serviceWorker.register('/sw.js');\n",
    'manifest.webmanifest': JSON.stringify({ name: 'Sandyq', start_url: '/', display: 'standalone' }),
    'icons/icon-192.png': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  };
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
