/**
 * The link-measurement exchange of `/api/v1/link/*`, shared by the server and the laptop's
 * measurer (src/client/connectivity): small bounded transfers that tell a school what its
 * link really gives, as the region's measuring client does (seed 000), with nothing to install.
 *
 * - `GET  /api/v1/link/ping`: a tiny answer, for the round trip.
 * - `GET  /api/v1/link/down?bytes=N`: N random (incompressible) bytes, never cached nor compressed.
 * - `POST /api/v1/link/up`: the body is read and discarded; the answer says how many bytes
 *   arrived and at what rate the server saw them arrive (the laptop cannot time an upload's
 *   bytes itself: fetch reports no upload progress).
 * Staff only (whoever may record a measurement), rate-limited per device.
 */
import { z } from 'zod';

export const LINK_PATHS = {
  ping: '/api/v1/link/ping',
  down: '/api/v1/link/down',
  up: '/api/v1/link/up',
} as const;

export const LINK_LIMITS = {
  /** Largest download or upload of one request: 2 MB, about 2 s on an 8 Mbit/s satellite link. */
  maxTransferBytes: 2_000_000,
} as const;

/** The `bytes` query of a download: a whole number of bytes, 1 to the cap. */
export const downQuerySchema = z.strictObject({
  bytes: z.coerce.number().int().min(1).max(LINK_LIMITS.maxTransferBytes),
});

export const pingAnswerSchema = z.strictObject({
  /** Server clock, Unix ms. */
  at: z.number().int().min(0),
});
export type PingAnswer = z.infer<typeof pingAnswerSchema>;

export const upAnswerSchema = z.strictObject({
  /** Body bytes that reached the server. */
  bytes: z.number().int().min(0).max(LINK_LIMITS.maxTransferBytes),
  /** The rate the bytes arrived at, as the server saw it (`deliveryRate`), bits a second; absent when too few arrived to tell. */
  bitsPerSecond: z.number().min(0).max(1e12).optional(),
});
export type UpAnswer = z.infer<typeof upAnswerSchema>;
