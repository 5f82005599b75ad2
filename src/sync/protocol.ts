/**
 * The Sandyq sync protocol: the one home of every message a device and the server exchange.
 * No other file defines a message; client and server both import this one.
 *
 * Assumptions the protocol is built on:
 * - Requests may repeat, be cut at any byte, arrive late, twice or out of order. Resending is
 *   always safe: the server applies each mutation, named by (deviceId, seq), at most once,
 *   and a device only ever sends its outbox oldest-first.
 * - Ids are made offline by devices; the server never renames a row.
 * - The server decides. It authorizes every mutation, merges per field by HLC stamp, and is
 *   the one place that records conflicts; devices converge to the server's rows.
 * - A device's wall clock may be weeks wrong. Order comes from HLC stamps only; wall time is
 *   used to warn the user that the clock is wrong, never to order writes.
 *
 * One exchange: POST /api/v1/sync with a SyncRequest (JSON, body gzip-compressed with
 * `Content-Encoding: gzip` when the device can). The answer is NDJSON (one JSON object per
 * line, compressed by the server): a `header` line (acknowledgement and rejections), then
 * `page` lines of pulled rows, each carrying the cursor that is safe to store once that
 * page's rows are stored, then an `end` line. A response cut anywhere loses nothing: the
 * device keeps the cursor of the last page it stored and asks again from there.
 *
 * Bump PROTOCOL_VERSION for any change an old device could misread.
 *
 * Versions: this file is protocol v1 (`POST /api/v1/sync`, one user's changes a request, a
 * stamp per field), which the server keeps answering for laptops not yet updated. The app
 * speaks protocol v2 (`POST /api/v2/sync`, src/sync/protocolV2.ts): every person of a
 * shared laptop in one request, one stamp per write. Both decode into the shapes defined
 * here (`Mutation`, `PulledRow`, `Rejection`), which the merge code reads; the limits,
 * cursors, rejection reasons and error codes below are shared by both.
 */
import { z } from 'zod';
import { changeSchema, stampSchema } from './change';
import { TABLE_NAMES, type TableName } from '../domain/tables';

export const PROTOCOL_VERSION = 1;

/** Limits the server enforces; the client sizes its batches below them. */
export const SYNC_LIMITS = {
  /** Mutations in one request. A week offline (10,000 changes) drains in a few requests. */
  maxMutations: 5_000,
  /** Decompressed request body, bytes. */
  maxBodyBytes: 16 * 1024 * 1024,
  /** Rows the server streams in one response before it answers `hasMore`. */
  maxRowsPerResponse: 100_000,
  /** Rows per `page` line: the unit the device stores in one transaction. */
  rowsPerPage: 2_000,
} as const;

// ---------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------

// Each message is its zod schema; its TypeScript type is inferred from it (`z.infer`), so the
// two cannot drift apart.

/** A change (change.ts) as a sync request carries it. */
export const mutationSchema = changeSchema.extend({
  /** The device's outbox sequence number; strictly increasing per device. */
  seq: z.number().int().positive(),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** Opaque pull position. Devices store it and send it back; only the server reads it. */
export const cursorSchema = z
  .string()
  .max(64)
  .regex(/^v1:\d+$/);
export type Cursor = z.infer<typeof cursorSchema>;

export const syncRequestSchema = z.object({
  protocol: z.number().int(),
  deviceId: z.string().uuid(),
  mutations: z.array(mutationSchema).max(SYNC_LIMITS.maxMutations),
  /** null: the device has pulled nothing yet. */
  cursor: cursorSchema.nullable(),
  /** false: push only (e.g. a device draining its outbox before a pull). */
  pull: z.boolean().optional(),
  /** Device wall clock (ms) when it sent the request, to detect a wrong clock. */
  clientTime: z.number().finite(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/**
 * The request as the server first reads it: the envelope strictly, each mutation only as far
 * as its seq, so one mutation a newer or faulty client made (an unknown table, a bad stamp,
 * text no database keeps) is refused on its own (S3, V1-V3) instead of failing the request.
 */
export const syncEnvelopeSchema = syncRequestSchema.extend({
  mutations: z.array(z.looseObject({ seq: z.number().int().positive() })).max(SYNC_LIMITS.maxMutations),
});

// ---------------------------------------------------------------------------------------
// Response lines
// ---------------------------------------------------------------------------------------

/** Why the server refused one mutation. The rest of the batch is unaffected. */
export const RejectionReason = {
  /** The user's role may not write this table, or not this row (a pupil, another pupil's row). */
  forbidden: 'forbidden',
  /** The row names another school than the user's. Nothing is stored. */
  wrongSchool: 'wrongSchool',
  /** The fields fail the entity's schema. */
  invalid: 'invalid',
  /** An append-only row that already exists with other content. */
  appendOnlyConflict: 'appendOnlyConflict',
  /** A stamp that is not a real time (month 13, hour 99): nothing of the change is stored (C3). */
  invalidStamp: 'invalidStamp',
  /**
   * A stamp further ahead of the server's time than the bound (C3): the device's clock was
   * wrong. Nothing is stored; the device keeps the change and sends it again re-stamped (C4).
   */
  stampAhead: 'stampAhead',
  /** A table or change kind this server does not know (a newer client): nothing is stored (V3). */
  unsupported: 'unsupported',
  /**
   * Only the fields named in `fields` were refused, as unknown to this server (a newer
   * client); the change's other fields are stored (V3). The device keeps its values.
   */
  unknownFields: 'unknownFields',
} as const;
export type RejectionReason = (typeof RejectionReason)[keyof typeof RejectionReason];

/** A row as the server holds it: every field and its stamp. Devices merge it per field. */
export const pulledRowSchema = z.object({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  id: z.string(),
  schoolId: z.string(),
  fields: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), stampSchema),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

export const rejectionSchema = z.object({
  seq: z.number().int(),
  /** As the device sent it: a table this server does not know comes back as it was sent. */
  table: z.string(),
  id: z.string(),
  reason: z.enum(Object.values(RejectionReason) as [RejectionReason, ...RejectionReason[]]),
  /**
   * Why, per field: `path:code` with `code` a `ValidationCode` (an i18n key of the
   * `validation` namespace), never prose (V4). At most 20.
   */
  issues: z.array(z.string()).optional(),
  /** `unknownFields` only: the fields refused; the change's other fields were stored. */
  fields: z.array(z.string()).optional(),
  /**
   * The row as the server holds it after the batch (null: the server has no such row), so
   * the device can undo the refused change locally and converge. Omitted where the user
   * may not read the row.
   */
  row: pulledRowSchema.nullable().optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const syncHeaderSchema = z.object({
  type: z.literal('header'),
  protocol: z.number().int(),
  /** Every mutation with seq ≤ upToSeq is durably decided (stored or rejected). */
  ackUpToSeq: z.number().int().nullable(),
  rejected: z.array(rejectionSchema),
  serverTime: z.number(),
  /** A server HLC stamp the device folds into its clock. */
  serverStamp: stampSchema,
  /** On a first pull: the rows this answer and the next will bring in all, for progress. */
  remaining: z.number().int().optional(),
});
export type SyncHeader = z.infer<typeof syncHeaderSchema>;

export const syncPageSchema = z.object({
  type: z.literal('page'),
  rows: z.array(pulledRowSchema),
  /** Safe to store once this page's rows are stored. */
  cursor: cursorSchema,
});
export type SyncPage = z.infer<typeof syncPageSchema>;

export const syncEndSchema = z.object({
  type: z.literal('end'),
  cursor: cursorSchema,
  /** More rows wait: ask again from `cursor`. */
  hasMore: z.boolean(),
});
export type SyncEnd = z.infer<typeof syncEndSchema>;

export const syncLineSchema = z.discriminatedUnion('type', [syncHeaderSchema, syncPageSchema, syncEndSchema]);
export type SyncLine = z.infer<typeof syncLineSchema>;

/**
 * What a device reads an answer line with: loose about rows and stamps on purpose. A row of a
 * table this device does not know, or with a stamp it may not fold, must not make the whole
 * answer unreadable; the device screens each row (`pulledRowProblem`, rule C3) and sets
 * aside what it cannot take, and checks the header's stamp before folding it.
 */
const receivedRowSchema = pulledRowSchema.extend({ table: z.string(), clocks: z.record(z.string(), z.string()) });
export const syncLineReadSchema = z.discriminatedUnion('type', [
  syncHeaderSchema.extend({
    serverStamp: z.string(),
    rejected: z.array(rejectionSchema.extend({ row: receivedRowSchema.nullable().optional() })),
  }),
  syncPageSchema.extend({ rows: z.array(receivedRowSchema) }),
  syncEndSchema,
]);

// ---------------------------------------------------------------------------------------
// Errors of a whole request (HTTP status ≥ 400): JSON `{ error: { code, message, limit? } }`
// ---------------------------------------------------------------------------------------

/**
 * The closed set of error codes the server answers with. Clients switch on the code, never
 * on the message (English, for people reading logs). A shipped code is never renamed.
 */
export const ApiErrorCode = {
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  /** Sign-in refused: the login or the password is wrong (the answer never says which). */
  invalidCredentials: 'invalid_credentials',
  /** Sign-in with the right password to an account an admin has disabled. */
  accountDisabled: 'account_disabled',
  tokenExpired: 'token_expired',
  tokenRevoked: 'token_revoked',
  forbidden: 'forbidden',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  conflict: 'conflict',
  protocolMismatch: 'protocol_mismatch',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  tooManyRequests: 'too_many_requests',
  /** A completed file upload whose SHA-256 is not its name: nothing was stored. */
  hashMismatch: 'hash_mismatch',
  /** An upload chunk that does not start at or before the bytes held (`Upload-Offset` says where). */
  uploadOffsetMismatch: 'upload_offset_mismatch',
  /** A `Range` the file cannot serve (one byte range within the file, or none). */
  rangeNotSatisfiable: 'range_not_satisfiable',
  /** The account signed in with a one-time password: only `POST /account/password` is allowed until it is changed. */
  passwordChangeRequired: 'password_change_required',
  appNotBuilt: 'app_not_built',
  internal: 'internal_error',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; limit?: number };
}

export function formatCursor(seq: number): Cursor {
  return `v1:${seq}`;
}

export function parseCursor(cursor: Cursor | null): number {
  if (cursor === null) return 0;
  const n = Number(cursor.slice(3));
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
