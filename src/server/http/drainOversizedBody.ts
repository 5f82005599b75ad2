/**
 * An `onRequest` hook for routes whose clients can act on a 413 (the sync client halves its
 * batch): a body announced past the route's limit is read to its end and discarded before
 * the 413 goes out. Answering first and closing while the device is still sending made the
 * kernel reset the connection, and a reset can discard the answer the device had not read
 * yet: over a slow link the laptop saw "connection reset", never the 413 it could act on.
 * A body past `maxDrainFactor` times the limit is not worth the link: cut off as before.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';

export function drainOversizedBody(maxDrainFactor = 4) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const limit = request.routeOptions.bodyLimit;
    const announced = Number(request.headers['content-length']);
    if (limit === undefined || !Number.isFinite(announced) || announced <= limit) return;
    if (announced <= limit * maxDrainFactor) {
      for await (const _chunk of request.raw) {
        // discarded: only the end of the body matters
      }
    }
    throw new ApiError(413, ErrorCode.payloadTooLarge, `The request body is larger than ${limit} bytes`, limit);
  };
}
