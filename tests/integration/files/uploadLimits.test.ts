/**
 * Unfinished uploads are bounded per school: together they hold at most a quota (a file
 * that would pass it is refused with 413 naming the quota, other schools unaffected), and
 * one left idle past its expiry is removed by housekeeping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../support/databases';
import { auth, fileUrl, filesOnDisk, openFilesFixture, put, testFile, type FilesFixture } from './filesFixture';

const QUOTA = 50_000;
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)('limits on unfinished uploads on $name', (kind) => {
  let f: FilesFixture;
  beforeAll(async () => {
    f = await openFilesFixture(kind, { partialQuotaBytes: QUOTA, partialTtlMs: 7 * DAY_MS });
  }, 60_000);
  afterAll(async () => {
    await f.close();
  });
  const offsetOf = async (token: string, sha: string) =>
    Number((await fetch(fileUrl(f, sha), { method: 'HEAD', headers: auth(token) })).headers.get('upload-offset'));

  it("a school's unfinished uploads hold at most the quota: a new file past it is refused (413 naming the quota), other schools are not affected, finishing frees it", async () => {
    const a = testFile(21, 40_000);
    const b = testFile(22, 30_000);
    expect((await put(f, f.tokens.head, a.sha256, a.bytes.subarray(0, 30_000), { 'content-range': 'bytes 0-29999/40000' })).status).toBe(202);
    const refused = await put(f, f.tokens.teacher, b.sha256, b.bytes.subarray(0, 10_000), { 'content-range': 'bytes 0-9999/30000' });
    expect(refused.status).toBe(413);
    const body = await refused.json();
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.limit).toBe(QUOTA);
    expect(await offsetOf(f.tokens.teacher, b.sha256)).toBe(0);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(b.sha256))).toEqual([]);

    // Another school has its own quota.
    const c = testFile(23, 40_000);
    expect((await put(f, f.tokens.otherTeacher, c.sha256, c.bytes.subarray(0, 30_000), { 'content-range': 'bytes 0-29999/40000' })).status).toBe(202);

    expect((await put(f, f.tokens.head, a.sha256, a.bytes.subarray(30_000), { 'content-range': 'bytes 30000-39999/40000' })).status).toBe(201);
    expect((await put(f, f.tokens.teacher, b.sha256, b.bytes)).status).toBe(201);
  });

  it('a streamed body without a length is cut at the quota', async () => {
    const held = testFile(24, 20_000);
    expect((await put(f, f.tokens.head, held.sha256, held.bytes.subarray(0, 20_000 - 1), { 'content-range': 'bytes 0-19998/20000' })).status).toBe(
      202,
    );
    const big = testFile(25, 40_000);
    const res = await fetch(fileUrl(f, big.sha256), {
      method: 'PUT',
      headers: { ...auth(f.tokens.head), 'content-type': 'application/octet-stream' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < big.bytes.length; i += 8_000) controller.enqueue(new Uint8Array(big.bytes.subarray(i, i + 8_000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(big.sha256))).toEqual([]);
    expect((await put(f, f.tokens.head, held.sha256, held.bytes.subarray(20_000 - 1), { 'content-range': 'bytes 19999-19999/20000' })).status).toBe(
      201,
    );
  });

  it('an unfinished upload idle past its expiry (7 days here) is removed by housekeeping; a recent one stays', async () => {
    const idle = testFile(26, 20_000);
    expect((await put(f, f.tokens.head, idle.sha256, idle.bytes.subarray(0, 5_000), { 'content-range': 'bytes 0-4999/20000' })).status).toBe(202);
    expect(await f.store.expirePartials(Date.now() + 6 * DAY_MS)).toBe(0);
    expect(await offsetOf(f.tokens.head, idle.sha256)).toBe(5_000);
    // This one, and the other school's left unfinished above.
    expect(await f.store.expirePartials(Date.now() + 8 * DAY_MS)).toBe(2);
    expect(await offsetOf(f.tokens.head, idle.sha256)).toBe(0);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.endsWith('.part'))).toEqual([]);
  });
});
