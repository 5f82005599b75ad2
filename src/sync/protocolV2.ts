/**
 * Sync protocol v2: every message of `POST /api/v2/sync` (protocol.ts holds v1, which the
 * server keeps answering at `POST /api/v1/sync` exactly as before, and the shared pieces:
 * limits, cursors, rejection reasons, error codes).
 *
 * What v2 changes, and why:
 * - One request carries the changes of every person waiting on a shared laptop: a list of
 *   batches, each with that person's own session token. The server authenticates each batch
 *   on its own, authorizes it and makes it idempotent per (device, user) exactly as v1 does
 *   a request, and answers each batch on its own in the header (`batches[i]` answers
 *   request `batches[i]`): a batch whose token is expired or revoked is refused alone and
 *   the others are applied. A batch without a token is the signed-in user's, whose
 *   `Authorization: Bearer` header also authenticates the request and the pull. A shared
 *   laptop's school day went from 21 requests (one per person) to one.
 * - A leaner wire: one stamp per write (`stamp`, with `stamps` overriding the fields whose
 *   stamp differs) instead of one per field; no `schoolId` per change or row (the server
 *   knows the school from the token; the answer's header names it once); no device id per
 *   batch. Both ends decode at the boundary into the v1 shapes (`Change`, `PulledRow`), so
 *   the merge rules of SPEC.md and their code read exactly what they read in v1.
 *
 * Version skew: a server without this route answers 404, a server speaking another v2
 * revision answers `protocol_mismatch` (409); the client then keeps its outbox and tells
 * the user to update the app.
 */
import { z } from 'zod';
import { stampSchema, ChangeKind, type Change } from './change';
import { cursorSchema, rejectionSchema, syncEndSchema, SYNC_LIMITS, ApiErrorCode, type PulledRow, type Rejection } from './protocol';
import { packPerField, unpackPerField } from './protocolV2Stamps';
import { TABLE_NAMES, type TableName } from '../domain/tables';

export const PROTOCOL_V2 = 2;
export const SYNC_V2_PATH = '/api/v2/sync';

export const SYNC_V2_LIMITS = {
  /** People in one request: every profile of a shared laptop (a class set and its teachers). */
  maxBatches: 64,
  /** Changes in one request, all batches together (v1's limit for one). */
  maxMutations: SYNC_LIMITS.maxMutations,
  maxTokenLength: 512,
} as const;

const fieldName = z.string().min(1).max(64);
const tableName = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);

// ---------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------

/** A change on the v2 wire: `Change` with its per-field stamps and bases packed, no schoolId. */
export const wireChangeSchema = z.object({
  /** The device's outbox sequence number; strictly increasing per (device, user). */
  seq: z.number().int().positive(),
  table: tableName,
  id: z.string().min(1).max(64),
  /** Omitted: `upsert`. */
  kind: z.literal(ChangeKind.append).optional(),
  fields: z.record(fieldName, z.unknown()),
  /** The stamp of every field of `fields` not in `stamps`. */
  stamp: stampSchema.optional(),
  /** A field's stamp where it differs from `stamp`; the whole record when `stamp` is omitted. */
  stamps: z.record(fieldName, stampSchema).optional(),
  /** The base (stamp the writer held, null: none) of every field not in `bases`. */
  base: stampSchema.nullable().optional(),
  bases: z.record(fieldName, stampSchema.nullable()).optional(),
});
export type WireChange = z.infer<typeof wireChangeSchema>;

/** One person's changes. No token: the signed-in user's (the `Authorization` header). */
export const pushBatchSchema = z.object({
  token: z.string().min(1).max(SYNC_V2_LIMITS.maxTokenLength).optional(),
  changes: z.array(wireChangeSchema).max(SYNC_V2_LIMITS.maxMutations),
});
export type PushBatch = z.infer<typeof pushBatchSchema>;

export const syncRequestV2Schema = z.object({
  /** `PROTOCOL_V2`; anything else is answered `protocol_mismatch`. */
  protocol: z.number().int(),
  deviceId: z.string().uuid(),
  batches: z.array(pushBatchSchema).max(SYNC_V2_LIMITS.maxBatches),
  /** The signed-in user's pull position; null: nothing pulled yet. */
  cursor: cursorSchema.nullable(),
  /** false: push only. */
  pull: z.boolean().optional(),
  /** Device wall clock (ms) when it sent the request, to detect a wrong clock. */
  clientTime: z.number().finite(),
});
export type SyncRequestV2 = z.infer<typeof syncRequestV2Schema>;

/**
 * The request as the server first reads it: the envelope strictly, each batch not at all,
 * so a bad batch is refused on its own (`pushBatchEnvelopeSchema`) and the others applied.
 */
export const syncEnvelopeV2Schema = syncRequestV2Schema.extend({
  batches: z.array(z.unknown()).max(SYNC_V2_LIMITS.maxBatches),
});

/** A change with a positive whole seq, read no further; kept as it came (no copy: a day is 1,200 of them). */
const changeWithSeq = z.custom<{ seq: number } & Record<string, unknown>>(
  (value) => isPlainObject(value) && Number.isSafeInteger(value.seq) && (value.seq as number) > 0,
);

/** One batch as the server reads it: each change only as far as its seq, then screened alone (S3, V1-V3). */
export const pushBatchEnvelopeSchema = pushBatchSchema.extend({
  changes: z.array(changeWithSeq).max(SYNC_V2_LIMITS.maxMutations),
});

// ---------------------------------------------------------------------------------------
// Response lines
// ---------------------------------------------------------------------------------------

/** A row on the v2 wire: `PulledRow` with its stamps packed, no schoolId (the header names it). */
export const wireRowSchema = z.object({
  table: tableName,
  id: z.string(),
  fields: z.record(z.string(), z.unknown()),
  stamp: stampSchema.optional(),
  stamps: z.record(z.string(), stampSchema).optional(),
});
export type WireRow = z.infer<typeof wireRowSchema>;

export const wireRejectionSchema = rejectionSchema.extend({ row: wireRowSchema.nullable().optional() });
export type WireRejection = z.infer<typeof wireRejectionSchema>;

/** Why a whole batch was refused (nothing of it applied): an `ApiErrorCode`. */
export const BATCH_REFUSALS = [
  ApiErrorCode.unauthorized,
  ApiErrorCode.tokenExpired,
  ApiErrorCode.tokenRevoked,
  ApiErrorCode.forbidden,
  ApiErrorCode.passwordChangeRequired,
  ApiErrorCode.badRequest,
  ApiErrorCode.internal,
] as const;
export type BatchRefusal = (typeof BATCH_REFUSALS)[number];

export const batchAnswerSchema = z.object({
  /** Every change of this batch with seq ≤ ackUpToSeq is durably decided (stored or rejected). */
  ackUpToSeq: z.number().int().nullable(),
  rejected: z.array(wireRejectionSchema),
  /** Set when the batch was refused whole: nothing of it is applied or acknowledged. */
  refused: z.enum(BATCH_REFUSALS).optional(),
  /** The school of this batch's rejected rows, when not the header's. */
  schoolId: z.string().optional(),
});
export type BatchAnswer = z.infer<typeof batchAnswerSchema>;

export const syncHeaderV2Schema = z.object({
  type: z.literal('header'),
  protocol: z.number().int(),
  /** The signed-in user's school: the school of every row of this answer. */
  schoolId: z.string(),
  batches: z.array(batchAnswerSchema),
  serverTime: z.number(),
  serverStamp: stampSchema,
  remaining: z.number().int().optional(),
});
export type SyncHeaderV2 = z.infer<typeof syncHeaderV2Schema>;

export const syncPageV2Schema = z.object({
  type: z.literal('page'),
  rows: z.array(wireRowSchema),
  cursor: cursorSchema,
});
export type SyncPageV2 = z.infer<typeof syncPageV2Schema>;

export const syncLineV2Schema = z.discriminatedUnion('type', [syncHeaderV2Schema, syncPageV2Schema, syncEndSchema]);
export type SyncLineV2 = z.infer<typeof syncLineV2Schema>;

/**
 * What a device reads a v2 answer line with: loose about rows and stamps on purpose, as in
 * v1 (a row of a table it does not know, or with a stamp it may not fold, is set aside by
 * `pulledRowProblem` after decoding, not a reason to drop the whole answer).
 */
const receivedWireRowSchema = wireRowSchema.extend({
  table: z.string(),
  stamp: z.string().optional(),
  stamps: z.record(z.string(), z.string()).optional(),
});
export const syncLineV2ReadSchema = z.discriminatedUnion('type', [
  syncHeaderV2Schema.extend({
    serverStamp: z.string(),
    batches: z.array(
      batchAnswerSchema.extend({
        rejected: z.array(wireRejectionSchema.extend({ row: receivedWireRowSchema.nullable().optional() })),
        // A refusal code this client does not know yet is still a refusal.
        refused: z.string().optional(),
      }),
    ),
  }),
  syncPageV2Schema.extend({ rows: z.array(receivedWireRowSchema) }),
  syncEndSchema,
]);
export type ReceivedWireRow = z.infer<typeof receivedWireRowSchema>;

// ---------------------------------------------------------------------------------------
// Codec: the v2 wire to and from the v1 shapes the merge code reads
// ---------------------------------------------------------------------------------------

/** A change as the v2 wire carries it. */
export function changeToWire(change: Change & { seq: number }): WireChange {
  const names = Object.keys(change.fields);
  const clocks = packPerField(names, change.clocks);
  const bases = change.bases && packPerField(names, change.bases);
  return {
    seq: change.seq,
    table: change.table,
    id: change.id,
    ...(change.kind === ChangeKind.append ? { kind: ChangeKind.append } : {}),
    fields: change.fields,
    ...(clocks.common !== undefined ? { stamp: clocks.common } : {}),
    ...(clocks.overrides ? { stamps: clocks.overrides } : {}),
    ...(bases && bases.common !== undefined ? { base: bases.common } : {}),
    // Bases present but empty still say "bases sent": an empty record.
    ...(bases && (bases.overrides || bases.common === undefined) ? { bases: bases.overrides ?? {} } : {}),
  };
}

type RawChange = { seq: number } & Record<string, unknown>;

/**
 * A change as the server read it off the v2 wire (only its seq checked), in the v1 shape
 * `screenMutation` screens: never throws, and a malformed part is passed on as it came so
 * the screen refuses that one change with the reason v1 would give.
 */
export function rawChangeFromWire(raw: RawChange, schoolId: string): RawChange {
  const names = isPlainObject(raw.fields) ? Object.keys(raw.fields) : [];
  const clocks =
    raw.stamps !== undefined && !isPlainObject(raw.stamps)
      ? raw.stamps
      : unpackPerField(names, raw.stamp, raw.stamps as Record<string, unknown> | undefined);
  const hasBases = raw.base !== undefined || raw.bases !== undefined;
  const bases =
    raw.bases !== undefined && !isPlainObject(raw.bases)
      ? raw.bases
      : unpackPerField(names, raw.base, raw.bases as Record<string, unknown> | undefined);
  return {
    seq: raw.seq,
    table: raw.table,
    id: raw.id,
    schoolId,
    kind: raw.kind ?? ChangeKind.upsert,
    fields: raw.fields,
    clocks,
    ...(hasBases ? { bases } : {}),
  };
}

/** A stored row as the v2 wire carries it. */
export function rowToWire(row: { table: TableName; id: string; fields: Record<string, unknown>; clocks: Record<string, string> }): WireRow {
  const clocks = packPerField(Object.keys(row.fields), row.clocks);
  return {
    table: row.table,
    id: row.id,
    fields: row.fields,
    ...(clocks.common !== undefined ? { stamp: clocks.common } : {}),
    ...(clocks.overrides ? { stamps: clocks.overrides } : {}),
  };
}

/** A received v2 row as the device's merge reads it (`PulledRow`), in the answer's school. */
export function rowFromWire(row: ReceivedWireRow, schoolId: string): PulledRow {
  return {
    table: row.table as TableName,
    id: row.id,
    schoolId,
    fields: row.fields,
    clocks: unpackPerField(Object.keys(row.fields), row.stamp, row.stamps),
  };
}

/** A rejection as the v2 wire carries it (its row packed). */
export function rejectionToWire(r: Rejection): WireRejection {
  const { row, ...rest } = r;
  return row === undefined ? rest : { ...rest, row: row && rowToWire(row) };
}

export function rejectionFromWire(r: Omit<WireRejection, 'row'> & { row?: ReceivedWireRow | null }, schoolId: string): Rejection {
  const { row, ...rest } = r;
  return row === undefined ? rest : { ...rest, row: row && rowFromWire(row, schoolId) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
