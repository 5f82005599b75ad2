/**
 * Every error leaves the server as JSON with a stable code (see `errorCode.ts`), including
 * Fastify's own (bad JSON, body too large) and unknown routes, so a client never has to
 * parse an HTML error page. Error responses are never cached: a 404 for an asset that a
 * deploy is still copying must not stick in a browser.
 */
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
    return reply.code(statusCode).send(errorBody(errorCodeForStatus(statusCode), error.message));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.header('cache-control', 'no-store');
    return reply
      .code(404)
      .send(errorBody(ErrorCode.notFound, `No route for ${request.method} ${request.url.split('?')[0]}`));
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
