/**
 * `/api/v1/files`: the school's resource files, content-addressed by SHA-256 (see
 * src/sync/fileMessages.ts for the exchange, `BlobStore.ts` for the storage guarantees).
 *
 * Bodies are never parsed nor buffered here: every content type reaches the upload as the
 * raw request stream, and responses are never compressed (ranges are of the stored bytes;
 * files are mostly compressed media already). An answer given before the body was read
 * (refused, too large, already stored) closes the connection instead of reading the rest.
 */
import type { FastifyInstance } from 'fastify';
import { downloadFile, headFile } from './downloadFile';
import { FILE_CONTENT_SECURITY_POLICY } from '@/sync/fileMessages';
import { fileStatus } from './fileStatus';
import { uploadFile, type FileRouteDeps } from './uploadFile';

export type FileRoutesOptions = FileRouteDeps;

export async function fileRoutes(app: FastifyInstance, options: FileRoutesOptions): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', FILE_CONTENT_SECURITY_POLICY);
    if (request.method === 'PUT' && !request.raw.complete) reply.header('connection', 'close');
    return payload;
  });

  const opts = { compress: false, decompress: false } as const;
  app.put('/files/:sha256', opts, uploadFile(options));
  app.get('/files/:sha256', { ...opts, exposeHeadRoute: false }, downloadFile(options));
  app.head('/files/:sha256', opts, headFile(options));
  app.get('/files/:sha256/status', opts, fileStatus(options));
}
