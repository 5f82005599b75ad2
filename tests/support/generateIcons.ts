/**
 * Draws the app icons (a сандық, the Kazakh chest, on the theme colour) and writes them
 * as PNGs into public/icons/ with nothing but node:zlib: no image tooling to install.
 * The PNGs are committed; run again only to change the design:
 *   npx tsx tests/support/generateIcons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const THEME: Rgba = [0x0f, 0x5c, 0x6e, 255];
const BODY: Rgba = [0xd8, 0x9a, 0x3a, 255];
const LID: Rgba = [0xb9, 0x7a, 0x22, 255];
const BAND: Rgba = [0x6e, 0x45, 0x10, 255];
const PLATE: Rgba = [0xf6, 0xe7, 0xc1, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

interface IconSpec {
  file: string;
  size: number;
  /** Maskable icons fill the square and keep the drawing inside the central safe circle. */
  isMaskable: boolean;
  /** Apple touch icons must be opaque; the system rounds them. */
  isOpaque: boolean;
}

const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, isMaskable: false, isOpaque: false },
  { file: 'icon-512.png', size: 512, isMaskable: false, isOpaque: false },
  { file: 'maskable-512.png', size: 512, isMaskable: true, isOpaque: true },
  { file: 'apple-touch-icon.png', size: 180, isMaskable: true, isOpaque: true },
];

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at a point of the unit square (0..1 both ways). */
function colourAt(u: number, v: number, spec: IconSpec): Rgba {
  const isBackground = spec.isMaskable || insideRoundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2);
  if (!isBackground) return CLEAR;
  // The chest, scaled into the safe zone for maskable icons.
  const scale = spec.isMaskable ? 0.78 : 1;
  const x = (u - 0.5) / scale + 0.5;
  const y = (v - 0.5) / scale + 0.5 + 0.03;
  const plate = insideRoundedRect(x, y, 0.44, 0.47, 0.56, 0.62, 0.02);
  if (plate) return (x - 0.5) ** 2 + (y - 0.53) ** 2 < 0.0004 || (Math.abs(x - 0.5) < 0.008 && y > 0.53 && y < 0.58) ? BAND : PLATE;
  if (y >= 0.445 && y <= 0.475 && x >= 0.2 && x <= 0.8) return BAND;
  if (insideRoundedRect(x, y, 0.2, 0.445, 0.8, 0.76, 0.03)) return BODY;
  const half = (x - 0.5) / 0.3;
  if (Math.abs(half) <= 1 && y <= 0.445 && y >= 0.445 - 0.16 * Math.sqrt(1 - half * half)) return LID;
  return THEME;
}

function render(spec: IconSpec): Buffer {
  const { size } = spec;
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, spec);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = sum[3]! > 0 ? Math.round(sum[i]! / sum[3]!) : 0;
      row[o + 3] = spec.isOpaque ? 255 : Math.round(alpha);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA, 8 bits a channel; `scanlines` already carry their filter byte (0, none). */
function encodePng(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(import.meta.dirname, '../../public/icons');
mkdirSync(outDir, { recursive: true });
for (const spec of ICONS) {
  const png = render(spec);
  writeFileSync(join(outDir, spec.file), png);
  console.log(`${spec.file}: ${spec.size}×${spec.size}, ${png.length} bytes`);
}
