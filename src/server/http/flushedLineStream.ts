/**
 * A streamed answer of lines (the sync answer's header, pages and end), compressed by the
 * route itself and flushed after every line, so each page leaves as soon as it is encoded.
 *
 * Why not the on-the-fly compression every other answer gets (registerCompression.ts): a
 * brotli stream left to itself emits a meta-block per 8 MB of input. A term's first pull
 * (33 MB of lines) then reached the link in four bursts, the first about 0.4 s after the
 * server had it, while a satellite link sat idle; at its end the last burst waited for the
 * last page. Flushed per line (a 2,000-row page is about 0.9 MB), the link is fed as the
 * pages are read, at the cost of a few bytes a flush: the window spans the flushes.
 */
import { once } from 'node:events';
import { Readable, type Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import { ContentEncoding, preferredEncoding } from '../static/preferredEncoding';
import { BROTLI_QUALITY, GZIP_LEVEL, ZLIB_CHUNK_BYTES } from './registerCompression';

export function sendFlushedLines(reply: FastifyReply, acceptEncoding: string | undefined, lines: AsyncIterable<string>): FastifyReply {
  const encoding = preferredEncoding(acceptEncoding);
  reply.header('vary', 'accept-encoding');
  if (encoding === undefined) return reply.send(Readable.from(lines));
  const brotli = encoding === ContentEncoding.br;
  const compressor = brotli
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY }, chunkSize: ZLIB_CHUNK_BYTES })
    : createGzip({ level: GZIP_LEVEL, chunkSize: ZLIB_CHUNK_BYTES });
  // Gzip's default flush (a full one) would forget the window; a sync flush keeps it.
  void pump(lines, compressor, brotli ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH);
  // Set here, the on-the-fly compression leaves the answer as it is.
  return reply.header('content-encoding', encoding).send(compressor);
}

/** Writes each line and flushes it; stops when the answer is closed (the client went away). */
async function pump(lines: AsyncIterable<string>, compressor: Transform & { flush(kind: number): void }, flushKind: number): Promise<void> {
  const closed = once(compressor, 'close').then(
    () => 'closed' as const,
    () => 'closed' as const,
  );
  const iterator = lines[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), closed]);
      if (next === 'closed' || next.done) break;
      if (!compressor.write(next.value)) {
        if ((await Promise.race([once(compressor, 'drain').then(() => 'drained' as const), closed])) === 'closed') break;
      }
      if (compressor.destroyed) break;
      compressor.flush(flushKind);
    }
    if (!compressor.destroyed) compressor.end();
  } catch (error) {
    // A failure while reading (a database fault) cuts the answer: the client keeps the pages
    // it stored, with their cursor, and asks again from there (P4).
    compressor.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    await iterator.return?.();
  }
}
