/**
 * Request bodies are decompressed into 64 kB buffers (registerCompression.ts): a school
 * day's 580 kB body is then 9 trips to the thread pool and back, not 36. @fastify/compress
 * makes its request decompressors with no options (zlib's 16 kB), so this zlib stands in.
 */
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requestDecompression, ZLIB_CHUNK_BYTES } from '@/server/http/registerCompression';

const body = Buffer.from(JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ i, note: `оқушы ${i}`, r: randomBytes(40).toString('hex') }))));

async function chunkSizes(stream: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress, compressed: Buffer): Promise<{ sizes: number[]; out: Buffer }> {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  stream.end(compressed);
  await done;
  return { sizes: chunks.map((c) => c.length), out: Buffer.concat(chunks) };
}

describe('request decompression', () => {
  it.each([
    ['gzip', () => requestDecompression.createGunzip(), zlib.gzipSync(body)],
    ['deflate', () => requestDecompression.createInflate(), zlib.deflateSync(body)],
    ['br', () => requestDecompression.createBrotliDecompress(), zlib.brotliCompressSync(body)],
  ])('%s: the body comes back whole, in 64 kB pieces', async (_name, make, compressed) => {
    expect(body.length).toBeGreaterThan(4 * ZLIB_CHUNK_BYTES);
    const { sizes, out } = await chunkSizes(make(), compressed);
    expect(out.equals(body)).toBe(true);
    expect(Math.max(...sizes)).toBe(ZLIB_CHUNK_BYTES);
  });

  it('compressors made from it are zlib’s own', () => {
    expect(requestDecompression.createGzip).toBe(zlib.createGzip);
    expect(requestDecompression.gzipSync).toBe(zlib.gzipSync);
  });
});
