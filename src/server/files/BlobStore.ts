/**
 * Where the bytes of resource files live: content-addressed (SHA-256) per school, behind an
 * interface a filesystem (`FileSystemBlobStore`, under DATA_DIR) implements now and an
 * S3-compatible store could implement later (multipart upload for `put` at an offset,
 * ranged GET for `get`). The `files` table says which school holds which file; the store
 * holds bytes only.
 *
 * Guarantees every implementation keeps:
 * - A blob is readable only once complete and its SHA-256 equals its name: never a half
 *   file, never wrong bytes, under a final name.
 * - An unfinished upload keeps every byte that reached the store, so a client cut at any
 *   byte resumes from `partialSize` instead of starting over.
 * - One `put` per key at a time: a newer `put` of the same key cuts the older one off
 *   (a client that lost its connection retries before the server notices the old one died).
 * - Bounded memory whatever the size: bytes stream through, a chunk at a time.
 * - Bounded disk per school for unfinished uploads: a quota (`partialQuotaBytes`), and
 *   `expirePartials` removes those idle past their expiry.
 */
import type { Readable } from 'node:stream';

export interface BlobKey {
  schoolId: string;
  /** 64 lowercase hex digits. */
  sha256: string;
}

/** Inclusive byte positions, as in HTTP ranges. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobStat {
  size: number;
}

export interface PutOptions {
  /** Where the source's first byte goes: at most the bytes held (`partialSize`). */
  offset: number;
  /** Bytes the source declares (a Content-Range chunk); undefined: until it ends. */
  length?: number;
  /** The whole file's size; undefined: the source's end completes the file. */
  total?: number;
  /** Largest file accepted, bytes. */
  maxBytes: number;
}

export const PutStatus = {
  /** Complete, hash verified, readable under its name. */
  stored: 'stored',
  /** Not complete yet (or the source was cut): `offset` bytes are held. */
  partial: 'partial',
  /** Complete but its SHA-256 is another: the upload was discarded. */
  hashMismatch: 'hashMismatch',
  /** `offset` is past the bytes held (`offset` in the result): nothing was written. */
  offsetMismatch: 'offsetMismatch',
  /** The file would pass `maxBytes`: this source's bytes were dropped. */
  tooLarge: 'tooLarge',
  /** The source sent more than it declared (`length` or `total`): its bytes were dropped. */
  overlong: 'overlong',
  /** The school's unfinished uploads would pass their quota: this source's new bytes were dropped. */
  quotaExceeded: 'quotaExceeded',
} as const;
export type PutStatus = (typeof PutStatus)[keyof typeof PutStatus];

export type PutResult =
  | { status: typeof PutStatus.stored; size: number }
  | { status: typeof PutStatus.hashMismatch; actual: string }
  | { status: Exclude<PutStatus, 'stored' | 'hashMismatch'>; offset: number };

export interface BlobStore {
  has(key: BlobKey): Promise<boolean>;
  stat(key: BlobKey): Promise<BlobStat | undefined>;
  /** The blob's bytes, or one range of them; undefined when there is no such blob. */
  get(key: BlobKey, range?: ByteRange): Promise<Readable | undefined>;
  /** Writes `source` into the key's upload at `options.offset`; stores it once complete and verified. */
  put(key: BlobKey, source: Readable, options: PutOptions): Promise<PutResult>;
  /** Bytes held of the key's unfinished upload (0: none). */
  partialSize(key: BlobKey): Promise<number>;
  /** The most bytes one school's unfinished uploads may hold together. */
  readonly partialQuotaBytes: number;
  /** Removes unfinished uploads not written to since their expiry; returns how many. */
  expirePartials(now: number): Promise<number>;
}
