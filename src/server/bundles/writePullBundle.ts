/**
 * Writes a pull bundle as a stream of bytes (`BundleWriter`): the header, the scope's rows
 * in pages, then each chosen file in pieces read from the blob store as they are written,
 * so a content pack of videos is never held in memory. `measurePullBundle` gives the exact
 * size the same frames will take, without reading a file's bytes, for the head to see
 * before writing.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Role } from '@/domain/roles';
import type { ResourceFile } from '@/domain/entities/resource';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAGIC,
  BUNDLE_TRAILER_BYTES,
  BundleKind,
  BundleWriter,
  FILE_PIECE_BYTES,
  PullScopeKind,
  pullSignaturesBlock,
  pullSignaturesBlockBytes,
  type FilePiece,
  type PullBundleRequest,
  type PullBundleSize,
  type PullHeader,
} from '@/sync/bundleFormat';
import type { SqlExecutor } from '../storage/database';
import type { BlobStore } from '../files/BlobStore';
import type { ServerClock } from '../sync/serverClock';
import { countPullRows } from '../sync/pullRows';
import { bundleCursor, lessonFiles, schoolHead, scopeRowPages } from './pullBundleContent';

export interface PullBundleDeps {
  db: SqlExecutor;
  clock: ServerClock;
  now: () => number;
  /** Where resource files live; without it a bundle carries rows only. */
  blobs?: BlobStore;
}

export interface PullBundleInput {
  schoolId: string;
  /** The head asking: the rows are those their school's staff read. */
  userId: string;
  request: PullBundleRequest;
  /** The sessions to sign for (`pullBundleSessions`); read once, so size and file agree. */
  sessions: readonly string[];
}

const encoder = new TextEncoder();

function frameBytes(meta: object, dataLength: number): number {
  return 8 + encoder.encode(JSON.stringify(meta)).byteLength + dataLength;
}

function pieceMetas(file: ResourceFile): FilePiece[] {
  const pieces: FilePiece[] = [];
  for (let offset = 0; offset < file.size || (offset === 0 && file.size === 0); offset += FILE_PIECE_BYTES) {
    pieces.push({ t: 'file', sha256: file.sha256, size: file.size, mime: file.mime, name: file.name, offset });
    if (file.size === 0) break;
  }
  return pieces;
}

async function rowCount(deps: PullBundleDeps, input: PullBundleInput): Promise<number> {
  if (input.request.scope.kind === PullScopeKind.school) {
    return countPullRows(deps.db, { schoolId: input.schoolId, userId: input.userId, roles: [Role.head] }, '00000000-0000-0000-0000-000000000000', 0);
  }
  let n = 0;
  for await (const page of scopeRowPages(deps.db, input.schoolId, input.userId, input.request.scope)) n += page.length;
  return n;
}

async function headerFor(deps: PullBundleDeps, input: PullBundleInput, files: readonly ResourceFile[]): Promise<PullHeader> {
  const head = await schoolHead(deps.db, input.schoolId);
  return {
    t: 'header',
    format: BUNDLE_FORMAT_VERSION,
    kind: BundleKind.pull,
    bundleId: randomUUID(),
    schoolId: input.schoolId,
    scope: input.request.scope,
    createdAt: deps.now(),
    serverTime: deps.now(),
    serverStamp: deps.clock.stamp(),
    cursor: bundleCursor(input.request.scope, head),
    rows: await rowCount(deps, input),
    files: files.length,
  };
}

export async function measurePullBundle(deps: PullBundleDeps, input: PullBundleInput): Promise<PullBundleSize> {
  const files = deps.blobs ? await lessonFiles(deps.db, input.schoolId, input.request.lessonPlanIds) : [];
  const header = await headerFor(deps, input, files);
  let bytes = BUNDLE_MAGIC.length + frameBytes(header, 0) + BUNDLE_TRAILER_BYTES + pullSignaturesBlockBytes(input.sessions.length);
  for await (const rows of scopeRowPages(deps.db, input.schoolId, input.userId, input.request.scope)) bytes += frameBytes({ t: 'page', rows }, 0);
  for (const file of files) {
    for (const piece of pieceMetas(file)) bytes += frameBytes(piece, Math.min(FILE_PIECE_BYTES, file.size - piece.offset));
  }
  return { rows: header.rows, files: files.length, bytes };
}

export async function* writePullBundle(deps: PullBundleDeps, input: PullBundleInput): AsyncGenerator<Uint8Array> {
  const files = deps.blobs ? await lessonFiles(deps.db, input.schoolId, input.request.lessonPlanIds) : [];
  const header = await headerFor(deps, input, files);
  const { writer, chunk } = await BundleWriter.start();
  yield chunk;
  yield* writer.frame(header);
  for await (const rows of scopeRowPages(deps.db, input.schoolId, input.userId, input.request.scope)) yield* writer.frame({ t: 'page', rows });
  for (const file of files) {
    const stream = await deps.blobs!.get({ schoolId: input.schoolId, sha256: file.sha256 });
    if (!stream) throw new Error(`The file ${file.sha256} went missing from the store while the bundle was written`);
    const metas = pieceMetas(file);
    let i = 0;
    for await (const piece of piecesOf(stream, FILE_PIECE_BYTES)) yield* writer.frame(metas[i++]!, piece);
    if (file.size === 0) yield* writer.frame(metas[0]!);
    else if (i !== metas.length) throw new Error(`The file ${file.sha256} is not the size its record says`);
  }
  yield writer.finish();
  yield await pullSignaturesBlock(writer.checksum!, input.sessions);
}

/** A stream's bytes in pieces of exactly `size` bytes (the last may be shorter). */
async function* piecesOf(stream: Readable, size: number): AsyncGenerator<Uint8Array> {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    let rest = chunk;
    while (rest.byteLength > 0) {
      const take = Math.min(size - heldBytes, rest.byteLength);
      held.push(rest.subarray(0, take));
      heldBytes += take;
      rest = rest.subarray(take);
      if (heldBytes === size) {
        yield concat(held, heldBytes);
        held = [];
        heldBytes = 0;
      }
    }
  }
  if (heldBytes > 0) yield concat(held, heldBytes);
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
