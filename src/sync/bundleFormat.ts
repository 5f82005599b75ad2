/**
 * Sync by file (USB): the one home of the bundle file's layout, shared by the laptop and
 * the server. Two kinds of bundle travel on a drive:
 * - an **outbox** bundle: a laptop's waiting changes, one signed batch per user;
 * - a **pull** bundle: the rows a scope may read, as a pull gives them, and the resource
 *   files of chosen lessons (the content pack of an offline school).
 *
 * Layout (all integers unsigned big-endian):
 *
 *     MAGIC (8 bytes "SQBNDL01")
 *     frame*          u32 metaLength, meta (UTF-8 JSON), u32 dataLength, data (bytes)
 *     TRAILER_MAGIC (8 bytes "SQBEND01"), SHA-256 (32 bytes) of every byte before the trailer
 *
 * Why a checksum over the whole file, checked before anything is applied: a drive pulled out
 * mid-copy leaves a cut file, and a cut file must be refused whole, never half applied. The
 * trailer comes last, so a cut anywhere loses it (or leaves bytes that do not hash to it).
 * Why binary frames rather than JSON lines: a pull bundle carries videos; a frame's data is
 * the file's bytes as they are, read by offset, never held whole in memory.
 *
 * A pull bundle is signed too, after its trailer, so a file made up on a USB drive cannot
 * plant rows on an offline laptop: a signatures block holds, per live session of the scope's
 * readers (staff, and a class set's pupils), HMAC-SHA-256 under that session's bundle key
 * over the checksum; the laptop checks it with the token of anyone signed in on it.
 *
 *     ... TRAILER, signatures (UTF-8 JSON), u32 signaturesLength, SIGNATURES_MAGIC ("SQBSIG01")
 *
 * Outbox batch signatures: each user's batch is signed with HMAC-SHA-256 under a key both
 * ends derive from that user's session (`bundleKeyFor`), over a digest naming the bundle,
 * the school, the device, the user and the batch's bytes. The file carries no bearer token:
 * the server finds the session by its hash (what it stores), refuses a revoked or expired
 * one, and re-derives the key. Limit: a copy of the server's sessions table could sign
 * batches for live sessions; a per-laptop key pair registered at sign-in would close that.
 */
import { z } from 'zod';
import { mutationSchema, pulledRowSchema, cursorSchema } from './protocol';
import { stampSchema } from './change';

export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_MAGIC = 'SQBNDL01';
export const BUNDLE_TRAILER_MAGIC = 'SQBEND01';
export const BUNDLE_TRAILER_BYTES = 8 + 32;
export const BUNDLE_SIGNATURES_MAGIC = 'SQBSIG01';
/** A frame's JSON meta: a page of 2,000 rows or a batch's header, never a whole school. */
export const MAX_META_BYTES = 8 * 1024 * 1024;
/** A frame's data: a batch's changes or a piece of a file. */
export const MAX_DATA_BYTES = 32 * 1024 * 1024;
/** Bytes of a resource file per frame: the unit a resumed import continues from. */
export const FILE_PIECE_BYTES = 1024 * 1024;
/**
 * Rows per page frame: each is one IndexedDB transaction on the laptop and the unit a
 * resumed import continues from. Smaller than a sync page (2,000): an old laptop's slow
 * USB 2 drive pulled out mid-import loses at most a few seconds of storing.
 */
export const BUNDLE_ROWS_PER_PAGE = 200;
/** The media type a bundle is sent to the server with. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.sandyq.bundle';
/** Largest outbox bundle the server accepts in one request. */
export const MAX_OUTBOX_BUNDLE_BYTES = 64 * 1024 * 1024;

export const BundleKind = { outbox: 'outbox', pull: 'pull' } as const;
export type BundleKind = (typeof BundleKind)[keyof typeof BundleKind];

const id = z.string().min(1).max(64);
const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const outboxHeaderSchema = z.object({
  t: z.literal('header'),
  format: z.literal(BUNDLE_FORMAT_VERSION),
  kind: z.literal(BundleKind.outbox),
  bundleId: z.string().uuid(),
  schoolId: id,
  /** The laptop (`sandyq-device`'s laptop id) the bundle was written on. */
  laptopId: z.string().max(64),
  createdAt: z.number().finite(),
});
export type OutboxHeader = z.infer<typeof outboxHeaderSchema>;

/** One user's waiting changes; the frame's data is `batchChangesSchema` as JSON. */
export const outboxBatchSchema = z.object({
  t: z.literal('batch'),
  userId: id,
  /** SHA-256 of the session token (hex): how the server finds the session, never the token. */
  sessionRef: sha256HexSchema,
  /** The sync device id of the data database the changes were made in. */
  deviceId: z.string().uuid(),
  count: z.number().int().nonnegative(),
  fromSeq: z.number().int().nonnegative(),
  toSeq: z.number().int().nonnegative(),
  /** HMAC-SHA-256 (hex) under the session's bundle key over `batchDigest`. */
  signature: sha256HexSchema,
});
export type OutboxBatchMeta = z.infer<typeof outboxBatchSchema>;

/** Read loosely per change, as sync reads them: one bad change is refused on its own (S3). */
export const batchChangesSchema = z.array(z.looseObject({ seq: z.number().int().positive() })).max(100_000);
export const batchChangesStrictSchema = z.array(mutationSchema);

export const PullScopeKind = { school: 'school', classSet: 'classSet' } as const;
export type PullScopeKind = (typeof PullScopeKind)[keyof typeof PullScopeKind];
export const pullScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal(PullScopeKind.school) }),
  z.object({ kind: z.literal(PullScopeKind.classSet), classSetId: id }),
]);
export type PullScope = z.infer<typeof pullScopeSchema>;

export const pullHeaderSchema = z.object({
  t: z.literal('header'),
  format: z.literal(BUNDLE_FORMAT_VERSION),
  kind: z.literal(BundleKind.pull),
  bundleId: z.string().uuid(),
  schoolId: id,
  scope: pullScopeSchema,
  createdAt: z.number().finite(),
  /** The server's wall time and stamp, checked and folded as a sync header's (C1, C3). */
  serverTime: z.number().finite(),
  serverStamp: stampSchema,
  /** The cursor a staff laptop may store once every page is stored (school scope only). */
  cursor: cursorSchema.nullable(),
  rows: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
});
export type PullHeader = z.infer<typeof pullHeaderSchema>;

export const pullPageSchema = z.object({ t: z.literal('page'), rows: z.array(pulledRowSchema.extend({ table: z.string() })) });
export type PullPage = z.infer<typeof pullPageSchema>;

/** A piece of a resource file: the frame's data holds bytes [offset, offset + data length). */
export const filePieceSchema = z.object({
  t: z.literal('file'),
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative(),
  mime: z.string().max(127),
  name: z.string().max(255),
  offset: z.number().int().nonnegative(),
});
export type FilePiece = z.infer<typeof filePieceSchema>;

export const bundleFrameMetaSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('header') }).loose(),
  outboxBatchSchema,
  pullPageSchema,
  filePieceSchema,
]);

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function u32(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n);
  return bytes;
}

interface IncrementalHash {
  init(): unknown;
  update(data: Uint8Array): unknown;
  digest(format: 'binary'): Uint8Array;
}

async function newSha256(): Promise<IncrementalHash> {
  const { createSHA256 } = await import('hash-wasm');
  const hasher = await createSHA256();
  hasher.init();
  return hasher as unknown as IncrementalHash;
}

/**
 * Writes a bundle as a sequence of byte chunks, hashing as it goes: the caller sends each
 * chunk where it likes (a Blob's parts, an HTTP stream) and never holds the whole file.
 */
export class BundleWriter {
  private bytes = 0;
  /** The checksum (hex), once `finish` has written it. */
  checksum: string | undefined;
  private constructor(private readonly hasher: IncrementalHash) {}

  static async start(): Promise<{ writer: BundleWriter; chunk: Uint8Array }> {
    const writer = new BundleWriter(await newSha256());
    return { writer, chunk: writer.take(encoder.encode(BUNDLE_MAGIC)) };
  }

  /** The bytes written so far. */
  get size(): number {
    return this.bytes;
  }

  frame(meta: object, data: Uint8Array = new Uint8Array(0)): Uint8Array[] {
    const json = encoder.encode(JSON.stringify(meta));
    if (json.byteLength > MAX_META_BYTES) throw new RangeError(`A bundle frame's meta is ${json.byteLength} bytes, over ${MAX_META_BYTES}`);
    if (data.byteLength > MAX_DATA_BYTES) throw new RangeError(`A bundle frame's data is ${data.byteLength} bytes, over ${MAX_DATA_BYTES}`);
    return [u32(json.byteLength), json, u32(data.byteLength), data].map((c) => this.take(c));
  }

  /** The trailer: the file is complete once these bytes are written. */
  finish(): Uint8Array {
    const sum = this.hasher.digest('binary');
    this.checksum = toHex(sum);
    const trailer = new Uint8Array(BUNDLE_TRAILER_BYTES);
    trailer.set(encoder.encode(BUNDLE_TRAILER_MAGIC), 0);
    trailer.set(sum, 8);
    this.bytes += trailer.byteLength;
    return trailer;
  }

  private take(chunk: Uint8Array): Uint8Array {
    this.hasher.update(chunk);
    this.bytes += chunk.byteLength;
    return chunk;
  }
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

/** Random access to a bundle's bytes: a File on the laptop, a Buffer on the server. */
export interface BundleSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): BundleSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export function blobSource(blob: Blob): BundleSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/** Why a file is not a bundle one can apply: each has its message in the user's language. */
export const BundleProblem = {
  /** Not a Sandyq bundle at all (another file chosen). */
  notABundle: 'notABundle',
  /** Cut short or altered: the checksum does not match. Nothing was applied. */
  checksumMismatch: 'checksumMismatch',
  /** Checksum right but the content is not one this version reads (a newer format). */
  unsupported: 'unsupported',
  /** The bundle is of another school than the reader's. */
  wrongSchool: 'wrongSchool',
  /** The wrong kind for this place (a pull bundle sent to the server). */
  wrongKind: 'wrongKind',
  /** A pull bundle signed for nobody signed in on this laptop (or not signed by the server). */
  unsigned: 'unsigned',
} as const;
export type BundleProblem = (typeof BundleProblem)[keyof typeof BundleProblem];

export class BundleError extends Error {
  constructor(
    readonly problem: BundleProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }
}

const READ_SLICE = 4 * 1024 * 1024;

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks the whole file against its trailer before a single frame is read: a cut file or a
 * changed byte is refused here. Returns the checksum (hex), which also names the bundle for
 * a resumed import. `onProgress` reports bytes hashed (a content pack may be gigabytes).
 */
export async function verifyBundle(source: BundleSource, onProgress?: (hashed: number, total: number) => void): Promise<string> {
  if (source.size < BUNDLE_MAGIC.length + BUNDLE_TRAILER_BYTES) throw new BundleError(BundleProblem.notABundle, 'Too short to be a bundle');
  const magic = decoder.decode(await source.read(0, BUNDLE_MAGIC.length));
  if (magic !== BUNDLE_MAGIC) throw new BundleError(BundleProblem.notABundle, 'Not a Sandyq bundle (no magic)');
  const bodyEnd = source.size - BUNDLE_TRAILER_BYTES;
  const trailer = await source.read(bodyEnd, BUNDLE_TRAILER_BYTES);
  const hasher = await newSha256();
  for (let offset = 0; offset < bodyEnd; offset += READ_SLICE) {
    hasher.update(await source.read(offset, Math.min(READ_SLICE, bodyEnd - offset)));
    onProgress?.(Math.min(bodyEnd, offset + READ_SLICE), bodyEnd);
  }
  const actual = toHex(hasher.digest('binary'));
  const trailerMagic = String.fromCharCode(...trailer.subarray(0, 8));
  if (trailerMagic !== BUNDLE_TRAILER_MAGIC || toHex(trailer.subarray(8)) !== actual) {
    throw new BundleError(BundleProblem.checksumMismatch, 'The bundle is cut short or altered: its checksum does not match');
  }
  return actual;
}

export interface BundleFrame {
  /** Where this frame starts: a resumed import starts again here. */
  offset: number;
  /** Where the next frame starts. */
  next: number;
  meta: unknown;
  data: Uint8Array;
}

/** The frames from `from` (a frame's start; default the first), in order. Verify first. */
export async function* readFrames(source: BundleSource, from: number = BUNDLE_MAGIC.length): AsyncGenerator<BundleFrame> {
  const end = source.size - BUNDLE_TRAILER_BYTES;
  let offset = from;
  while (offset < end) {
    const metaLength = readU32(await source.read(offset, 4));
    if (metaLength > MAX_META_BYTES || offset + 4 + metaLength + 4 > end)
      throw new BundleError(BundleProblem.unsupported, 'A frame runs past the end');
    let meta: unknown;
    try {
      meta = JSON.parse(decoder.decode(await source.read(offset + 4, metaLength)));
    } catch {
      throw new BundleError(BundleProblem.unsupported, 'A frame is not JSON');
    }
    const dataAt = offset + 4 + metaLength;
    const dataLength = readU32(await source.read(dataAt, 4));
    if (dataLength > MAX_DATA_BYTES || dataAt + 4 + dataLength > end) throw new BundleError(BundleProblem.unsupported, 'A frame runs past the end');
    const data = await source.read(dataAt + 4, dataLength);
    const next = dataAt + 4 + dataLength;
    yield { offset, next, meta, data };
    offset = next;
  }
}

function readU32(bytes: Uint8Array): number {
  if (bytes.byteLength < 4) throw new BundleError(BundleProblem.unsupported, 'A frame runs past the end');
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
}

/** The first frame, parsed as the header of the kind expected. */
export async function readHeader<T>(source: BundleSource, schema: z.ZodType<T>): Promise<{ header: T; next: number }> {
  const first = await readFrames(source).next();
  if (first.done) throw new BundleError(BundleProblem.unsupported, 'A bundle without a header');
  const kind = (first.value.meta as { kind?: unknown }).kind;
  const parsed = schema.safeParse(first.value.meta);
  if (!parsed.success) {
    const known = kind === BundleKind.outbox || kind === BundleKind.pull;
    throw new BundleError(known ? BundleProblem.wrongKind : BundleProblem.unsupported, `Not a header this reader takes (kind ${String(kind)})`);
  }
  return { header: parsed.data, next: first.value.next };
}

// ---------------------------------------------------------------------------------------
// Signing (both ends: WebCrypto, in the browser and in Node)
// ---------------------------------------------------------------------------------------

export const BUNDLE_KEY_LABEL = 'sandyq-bundle-key-v1';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

async function hmac(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', imported, message as BufferSource));
}

/** The session's bundle key, from the SHA-256 of its token (the laptop hashes its token; the server stores the hash). */
export function bundleKeyFor(sessionRef: string): Promise<Uint8Array> {
  return hmac(encoder.encode(sessionRef), encoder.encode(BUNDLE_KEY_LABEL));
}

/** What a batch signature covers: the bundle, school, device, user, and the batch's bytes. */
export async function batchDigest(input: {
  bundleId: string;
  schoolId: string;
  deviceId: string;
  userId: string;
  data: Uint8Array;
}): Promise<Uint8Array> {
  const line = `sandyq-batch-v1\n${input.bundleId}\n${input.schoolId}\n${input.deviceId}\n${input.userId}\n${await sha256Hex(input.data)}`;
  return encoder.encode(line);
}

export async function signBatch(sessionRef: string, digest: Uint8Array): Promise<string> {
  return toHex(await hmac(await bundleKeyFor(sessionRef), digest));
}

/** Constant-time comparison of two hex signatures. */
export async function signatureMatches(sessionRef: string, digest: Uint8Array, signature: string): Promise<boolean> {
  const expected = await signBatch(sessionRef, digest);
  if (expected.length !== signature.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  return diff === 0;
}

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson(bytes: Uint8Array): unknown {
  return JSON.parse(decoder.decode(bytes));
}

// ---------------------------------------------------------------------------------------
// The server's answer to an outbox import
// ---------------------------------------------------------------------------------------

export const BatchOutcome = {
  applied: 'applied',
  /** The session is unknown, revoked or expired: sign in online and sync instead. */
  sessionRefused: 'sessionRefused',
  /** The signature does not match: the batch was altered or signed with another key. */
  badSignature: 'badSignature',
  /** The batch's device belongs to another laptop, or its changes cannot be read. */
  refused: 'refused',
} as const;
export type BatchOutcome = (typeof BatchOutcome)[keyof typeof BatchOutcome];

/**
 * The server's answer to an outbox import. A file refused whole (cut, altered, another
 * school's) is still an answer, not a failed request: `refused` says why, and nothing was
 * applied (`batches` is empty).
 */
export const importReportSchema = z.object({
  bundleId: z.string(),
  refused: z.enum(Object.values(BundleProblem) as [BundleProblem, ...BundleProblem[]]).optional(),
  batches: z.array(
    z.object({
      userId: z.string(),
      outcome: z.enum(Object.values(BatchOutcome) as [BatchOutcome, ...BatchOutcome[]]),
      /** Changes in the batch; `stored`: rows it changed on the server (0 on a second import). */
      changes: z.number().int(),
      stored: z.number().int(),
      rejected: z.number().int(),
      ackUpToSeq: z.number().int().nullable(),
    }),
  ),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** The head's request for a pull bundle. */
export const pullBundleRequestSchema = z.object({
  scope: pullScopeSchema,
  /** Lesson plans whose resources' files go into the bundle. */
  lessonPlanIds: z.array(id).max(500).default([]),
});
export type PullBundleRequest = z.infer<typeof pullBundleRequestSchema>;

export const pullBundleSizeSchema = z.object({ rows: z.number().int(), files: z.number().int(), bytes: z.number().int() });
export type PullBundleSize = z.infer<typeof pullBundleSizeSchema>;

// ---------------------------------------------------------------------------------------
// Pull bundle signatures (after the trailer)
// ---------------------------------------------------------------------------------------

export const pullSignaturesSchema = z.array(z.object({ sessionRef: sha256HexSchema, signature: sha256HexSchema })).max(100_000);
export type PullSignatures = z.infer<typeof pullSignaturesSchema>;

function pullSignedText(checksum: string): Uint8Array {
  return encoder.encode(`sandyq-pull-v1\n${checksum}`);
}

/** The signatures block: one HMAC of the checksum per session that may import the bundle. */
export async function pullSignaturesBlock(checksum: string, sessionRefs: readonly string[]): Promise<Uint8Array> {
  const entries: PullSignatures = [];
  for (const sessionRef of sessionRefs) entries.push({ sessionRef, signature: await signBatch(sessionRef, pullSignedText(checksum)) });
  const json = encoder.encode(JSON.stringify(entries));
  const block = new Uint8Array(json.byteLength + 4 + 8);
  block.set(json, 0);
  block.set(u32(json.byteLength), json.byteLength);
  block.set(encoder.encode(BUNDLE_SIGNATURES_MAGIC), json.byteLength + 4);
  return block;
}

/** Bytes of the signatures block for that many sessions (every entry has the same length). */
export function pullSignaturesBlockBytes(sessions: number): number {
  const entry = JSON.stringify({ sessionRef: '0'.repeat(64), signature: '0'.repeat(64) }).length;
  return 2 + sessions * entry + Math.max(0, sessions - 1) + 4 + 8;
}

/** The bundle without its signatures block, and the signatures (none: an unsigned file). */
export async function splitSignatures(source: BundleSource): Promise<{ content: BundleSource; signatures: PullSignatures }> {
  if (source.size < 12) return { content: source, signatures: [] };
  const tail = await source.read(source.size - 12, 12);
  if (String.fromCharCode(...tail.subarray(4)) !== BUNDLE_SIGNATURES_MAGIC) return { content: source, signatures: [] };
  const length = readU32(tail.subarray(0, 4));
  const contentEnd = source.size - 12 - length;
  if (length > MAX_META_BYTES || contentEnd < 0) throw new BundleError(BundleProblem.checksumMismatch, 'The signatures block runs past the start');
  let signatures: PullSignatures;
  try {
    signatures = pullSignaturesSchema.parse(JSON.parse(decoder.decode(await source.read(contentEnd, length))));
  } catch {
    throw new BundleError(BundleProblem.checksumMismatch, 'The signatures block is not readable');
  }
  return { content: { size: contentEnd, read: (offset, n) => source.read(offset, Math.max(0, Math.min(n, contentEnd - offset))) }, signatures };
}

/** Whether one of these session tokens (the laptop's people) finds a valid signature of the checksum. */
export async function pullSignedFor(checksum: string, signatures: PullSignatures, tokens: readonly string[]): Promise<boolean> {
  for (const token of tokens) {
    const sessionRef = await sha256Hex(encoder.encode(token));
    const entry = signatures.find((s) => s.sessionRef === sessionRef);
    if (entry && (await signatureMatches(sessionRef, pullSignedText(checksum), entry.signature))) return true;
  }
  return false;
}
