/**
 * Content types of the built files worth compressing, by extension. Anything not listed
 * (images, fonts, which are compressed already) goes out as it is.
 */
import { extname } from 'node:path';

const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function compressibleContentType(filePath: string): string | undefined {
  return COMPRESSIBLE[extname(filePath).toLowerCase()];
}
