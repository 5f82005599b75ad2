/**
 * The bundle file's layout (src/sync/bundleFormat.ts): frames read back as written; a file
 * cut anywhere or with any one byte changed is refused by its checksum before a frame is
 * read; a batch signature holds only under the session it was made with.
 */
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_TRAILER_BYTES,
  BundleProblem,
  BundleWriter,
  batchDigest,
  bytesSource,
  readFrames,
  pullSignaturesBlock,
  pullSignaturesBlockBytes,
  pullSignedFor,
  sha256Hex,
  signBatch,
  signatureMatches,
  splitSignatures,
  verifyBundle,
} from '@/sync/bundleFormat';
import { seededRandom } from '../../../support/seededRandom';

async function writeBundle(frames: { meta: object; data?: Uint8Array }[]): Promise<Uint8Array> {
  const { writer, chunk } = await BundleWriter.start();
  const chunks = [chunk];
  for (const f of frames) chunks.push(...writer.frame(f.meta, f.data));
  chunks.push(writer.finish());
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  expect(out.byteLength).toBe(writer.size);
  return out;
}

const frames = [
  { meta: { t: 'header', kind: 'pull', note: 'Сынып 5 Ә' } },
  { meta: { t: 'page', rows: [] }, data: new Uint8Array(0) },
  { meta: { t: 'file', offset: 0 }, data: seededRandom(3).bytes(5000) },
];

describe('a bundle file', () => {
  it('reads back every frame as written, from the start or from any frame', async () => {
    const bytes = await writeBundle(frames);
    await verifyBundle(bytesSource(bytes));
    const read = [];
    for await (const f of readFrames(bytesSource(bytes))) read.push(f);
    expect(read.map((f) => f.meta)).toEqual(frames.map((f) => f.meta));
    expect(read[2]!.data).toEqual(frames[2]!.data);
    const fromSecond = [];
    for await (const f of readFrames(bytesSource(bytes), read[1]!.offset)) fromSecond.push(f.meta);
    expect(fromSecond).toEqual([frames[1]!.meta, frames[2]!.meta]);
  });

  it('is refused whole when cut at any tenth, or when one byte changes anywhere', async () => {
    const bytes = await writeBundle(frames);
    for (let tenth = 1; tenth < 10; tenth++) {
      const cut = bytes.subarray(0, Math.floor((bytes.byteLength * tenth) / 10));
      await expect(verifyBundle(bytesSource(cut))).rejects.toMatchObject({ problem: BundleProblem.checksumMismatch });
    }
    // Only the trailer cut: its last byte missing, or all of it.
    await expect(verifyBundle(bytesSource(bytes.subarray(0, bytes.byteLength - BUNDLE_TRAILER_BYTES)))).rejects.toMatchObject({
      problem: BundleProblem.checksumMismatch,
    });
    await expect(verifyBundle(bytesSource(bytes.subarray(0, bytes.byteLength - 1)))).rejects.toMatchObject({
      problem: BundleProblem.checksumMismatch,
    });
    const random = seededRandom(11);
    for (let i = 0; i < 40; i++) {
      const at = 8 + Math.floor(random.next() * (bytes.byteLength - 8));
      const altered = bytes.slice();
      altered[at] = altered[at]! ^ (1 << Math.floor(random.next() * 8));
      await expect(verifyBundle(bytesSource(altered)), `byte ${at} of ${bytes.byteLength}`).rejects.toMatchObject({
        problem: BundleProblem.checksumMismatch,
      });
    }
  });

  it('is not taken for a bundle when it is another file', async () => {
    await expect(verifyBundle(bytesSource(new TextEncoder().encode('name,surname\nAruzhan,Bekova\n'.repeat(4))))).rejects.toMatchObject({
      problem: BundleProblem.notABundle,
    });
  });

  it('signs a batch so that another session, another user or another byte does not verify', async () => {
    const data = new TextEncoder().encode('[{"seq":1}]');
    const input = {
      bundleId: '0190a0c0-0000-7000-8000-000000000001',
      schoolId: 'school-1',
      deviceId: '0190a0c0-0000-7000-8000-000000000002',
      userId: 'u1',
      data,
    };
    const session = 'a'.repeat(64);
    const digest = await batchDigest(input);
    const signature = await signBatch(session, digest);
    expect(await signatureMatches(session, digest, signature)).toBe(true);
    expect(await signatureMatches('b'.repeat(64), digest, signature)).toBe(false);
    expect(await signatureMatches(session, await batchDigest({ ...input, userId: 'u2' }), signature)).toBe(false);
    expect(await signatureMatches(session, await batchDigest({ ...input, data: new TextEncoder().encode('[{"seq":2}]') }), signature)).toBe(false);
  });

  it('carries a pull signatures block after the trailer, of the size announced, checked with a session token', async () => {
    const bytes = await writeBundle(frames);
    const checksum = await verifyBundle(bytesSource(bytes));
    const tokens = ['school-1.' + 'a'.repeat(43), 'school-1.' + 'b'.repeat(43)];
    const refs = await Promise.all(tokens.map((t) => sha256Hex(new TextEncoder().encode(t))));
    for (const n of [0, 1, 2]) expect((await pullSignaturesBlock(checksum, refs.slice(0, n))).byteLength).toBe(pullSignaturesBlockBytes(n));
    const block = await pullSignaturesBlock(checksum, refs.slice(0, 1));
    const signed = new Uint8Array(bytes.byteLength + block.byteLength);
    signed.set(bytes);
    signed.set(block, bytes.byteLength);
    const { content, signatures } = await splitSignatures(bytesSource(signed));
    expect(content.size).toBe(bytes.byteLength);
    expect(await verifyBundle(content)).toBe(checksum);
    expect(await pullSignedFor(checksum, signatures, [tokens[0]!])).toBe(true);
    expect(await pullSignedFor(checksum, signatures, [tokens[1]!])).toBe(false);
    expect(await pullSignedFor('0'.repeat(64), signatures, [tokens[0]!])).toBe(false);
    expect((await splitSignatures(bytesSource(bytes))).signatures).toEqual([]);
  });
});
