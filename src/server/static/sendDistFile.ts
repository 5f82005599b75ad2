/**
 * Sends one built file with its cache policy. Compressible files go out from the
 * top-quality compressed cache with their own validators (ETag, Last-Modified), so a
 * `no-cache` revalidation is a 304 without a body; everything else (images, clients that
 * take no compression, files too big to cache) goes through @fastify/static.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CACHE_CONTROL, cachePolicyFor } from './cachePolicy';
import { compressibleContentType } from './compressibleContentType';
import { MAX_CACHED_FILE_BYTES, type CompressedFileCache } from './CompressedFileCache';
import { preferredEncoding } from './preferredEncoding';
import type { DistFile } from './resolveDistFile';

export async function sendDistFile(
  request: FastifyRequest,
  reply: FastifyReply,
  distDir: string,
  file: DistFile,
  cache: CompressedFileCache,
): Promise<FastifyReply> {
  reply.header('cache-control', CACHE_CONTROL[cachePolicyFor(`/${file.relativePath}`)]);
  const contentType = compressibleContentType(file.relativePath);
  if (contentType === undefined) {
    return reply.sendFile(file.relativePath, distDir, { cacheControl: false });
  }
  reply.header('vary', 'Accept-Encoding');
  const encoding = preferredEncoding(request.headers['accept-encoding']);
  if (encoding === undefined || file.stats.size > MAX_CACHED_FILE_BYTES) {
    return reply.sendFile(file.relativePath, distDir, { cacheControl: false });
  }

  const mtime = Math.floor(file.stats.mtimeMs);
  const etag = `W/"${file.stats.size.toString(16)}-${mtime.toString(16)}-${encoding}"`;
  const lastModified = new Date(mtime).toUTCString();
  reply.header('etag', etag).header('last-modified', lastModified);
  if (isNotModified(request, etag, mtime)) return reply.code(304).send();

  const body = await cache.get(file.absolutePath, file.stats, encoding);
  return reply.header('content-type', contentType).header('content-encoding', encoding).header('content-length', body.length).send(body);
}

function isNotModified(request: FastifyRequest, etag: string, mtime: number): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const bare = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(mtime / 1000) * 1000 <= since;
}
