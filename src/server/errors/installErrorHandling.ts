/**
 * Every error leaves the server as JSON with a stable code (see `errorCode.ts`), including
 * Fastify's own (bad JSON, body too large) and unknown routes, so a client never has to
 * parse an HTML error page. Error responses are never cached: a 404 for an asset that a
 * deploy is still copying must not stick in a browser.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './ApiError';
import { errorBody } from './errorBody';
import { ErrorCode, errorCodeForStatus } from './errorCode';
import { SECURITY_HEADERS } from '../http/installSecurityHeaders';

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    reply.header('cache-control', 'no-store');
    if (error instanceof ApiError) {
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.limit));
    }
    const statusCode = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send(errorBody(ErrorCode.internal, 'Internal server error'));
    }
    if (statusCode === 413) {
      // A body past the route's limit (Fastify's check, or the inflated size of a gzip body): name the limit.
      const limit = request.routeOptions.bodyLimit;
      return reply.code(413).send(errorBody(ErrorCode.payloadTooLarge, `The request body is larger than ${limit} bytes`, limit));
    }
    return reply.code(statusCode).send(errorBody(errorCodeForStatus(statusCode), error.message));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.header('cache-control', 'no-store');
    return reply.code(404).send(errorBody(ErrorCode.notFound, `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}

/**
 * Errors Fastify raises before routing (a URL that is not valid percent-encoding, a bad
 * content type header) skip the error handler and every hook; this Fastify option answers
 * them alike, security headers included.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const statusCode = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
  void reply
    .code(statusCode)
    .headers(SECURITY_HEADERS)
    .header('cache-control', 'no-store')
    .send(errorBody(errorCodeForStatus(statusCode), error.message));
}

/**
 * Bytes Node cannot parse as a request (headers past its 16 KB limit, a broken request
 * line, a body where none was framed) never reach Fastify: this Fastify option answers them
 * with the same JSON error body, and says the connection closes, since the socket can
 * carry no further request.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive']
        : [400, 'Bad Request', 'The request is not valid HTTP'];
  const body = JSON.stringify(errorBody(errorCodeForStatus(status), message));
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    connection: 'close',
  };
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n${body}`,
    );
  }
  socket.destroy(error);
}
