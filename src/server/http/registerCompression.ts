/**
 * On-the-fly compression (brotli, else gzip) of text responses: API JSON now, sync bodies
 * with issue 3. Brotli runs at quality 5, the point where a 2-core school server still
 * keeps up while the bytes over a satellite link stay close to the best. Built static
 * files do not come through here: `static/` serves them pre-compressed at top quality.
 * Registered before any route, so it covers all of them.
 */
import zlib, { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Shared with the sync answers, which compress (and flush) themselves: flushedLineStream.ts. */
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;
/**
 * Each zlib stream's output buffer (Node's default is 16 kB). Every buffer filled is a trip
 * to the thread pool and back to the event loop: a school day's 580 kB request body took 36
 * of them to decompress, and 3.3 ms of CPU; with 64 kB, 1.6 ms and a third of the event
 * loop's share (measured on this 2-core machine with the region-morning body).
 */
export const ZLIB_CHUNK_BYTES = 64 * 1024;

export const COMPRESSIBLE_TYPE = /^text\/|[/+](json|x-ndjson|javascript|xml)(;|$)|^image\/svg\+xml/;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE_TYPE,
    // The compressors' options; request bodies (a laptop's push comes gzipped) are
    // decompressed by `requestDecompression` below.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY }, chunkSize: ZLIB_CHUNK_BYTES },
    zlibOptions: { level: GZIP_LEVEL, chunkSize: ZLIB_CHUNK_BYTES },
    zlib: requestDecompression,
  });
}

/**
 * zlib as the plugin gets it: the same, except that request bodies are decompressed into
 * ZLIB_CHUNK_BYTES buffers. The plugin makes its request decompressors with no options at
 * all (zlib's 16 kB), whatever `zlibOptions` says; the compressors it makes from this
 * object still take `zlibOptions` and `brotliOptions`.
 */
export const requestDecompression: typeof zlib = {
  ...zlib,
  createGunzip: (options?: zlib.ZlibOptions) => zlib.createGunzip({ ...options, chunkSize: ZLIB_CHUNK_BYTES }),
  createInflate: (options?: zlib.ZlibOptions) => zlib.createInflate({ ...options, chunkSize: ZLIB_CHUNK_BYTES }),
  createBrotliDecompress: (options?: zlib.BrotliOptions) => zlib.createBrotliDecompress({ ...options, chunkSize: ZLIB_CHUNK_BYTES }),
};
