/**
 * The manifest names only files that exist, at the sizes it declares (a browser drops an
 * icon or screenshot whose size is wrong, and an install dialog shows nothing), its shortcuts
 * open real screens, and the screenshots stay out of the offline precache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCREENSHOTS, PRECACHE_IGNORES, WEB_MANIFEST } from '@/client/pwa/webManifest';
import { isScreen } from '@/ui/navigation/screens';

const PUBLIC_DIR = join(import.meta.dirname, '../../../../public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): string {
  const bytes = readFileSync(join(PUBLIC_DIR, path));
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the web app manifest', () => {
  it('every icon and screenshot exists in public/ at the size it declares', () => {
    for (const image of [...WEB_MANIFEST.icons, ...WEB_MANIFEST.screenshots, ...WEB_MANIFEST.shortcuts.flatMap((s) => s.icons)]) {
      expect(pngSize(image.src), image.src).toBe(image.sizes);
    }
  });

  it('has a wide and a narrow screenshot, each labelled', () => {
    expect(WEB_MANIFEST.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const s of WEB_MANIFEST.screenshots) expect(s.label.length).toBeGreaterThan(0);
  });

  it('every shortcut opens a screen of the app', () => {
    for (const shortcut of WEB_MANIFEST.shortcuts) {
      const match = /^\/#\/(\w+)$/.exec(shortcut.url);
      expect(match && isScreen(match[1]!), shortcut.url).toBe(true);
    }
  });

  it('screenshots are not precached: a laptop never downloads them to work offline', () => {
    expect(PRECACHE_IGNORES).toContain('screenshots/**');
    for (const s of MANIFEST_SCREENSHOTS) expect(s.src.startsWith('screenshots/')).toBe(true);
  });
});
