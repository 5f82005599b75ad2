/**
 * Uploads of resource files over real HTTP, on PGlite and PostgreSQL: whole or in chunks,
 * resumed from the server's offset after a cut, stored only once complete and verified by
 * SHA-256, never a half or wrong file under a final name, within the size limit, and only
 * by the staff who make resources.
 */
import { request as httpRequest, type ClientRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStatusSchema } from '@/sync/fileMessages';
import { TEST_DATABASES } from '../../support/databases';
import { auth, fileUrl, filesOnDisk, openFilesFixture, put, sha256, TEST_MAX_FILE_BYTES, testFile, type FilesFixture } from './filesFixture';

describe.each(TEST_DATABASES)('file uploads on $name', (kind) => {
  let f: FilesFixture;
  beforeAll(async () => {
    f = await openFilesFixture(kind);
  });
  afterAll(async () => {
    await f.close();
  });

  const head = (token: string, sha: string) => fetch(fileUrl(f, sha), { method: 'HEAD', headers: auth(token) });
  const offsetOf = async (sha: string) => Number((await head(f.tokens.head, sha)).headers.get('upload-offset'));
  const storedRows = async (sha: string) =>
    f.server.database!.query<{ school_id: string; size: number; mime: string; uploaded_by: string }>(
      'SELECT school_id, size, mime, uploaded_by FROM files WHERE sha256 = $1',
      [sha],
    );

  it('a whole file uploaded by the head is stored under DATA_DIR/blobs/<school>/<aa>/<sha256>, recorded with its type: 201', async () => {
    const file = testFile(1, 300_000);
    const res = await put(f, f.tokens.head, file.sha256, file.bytes, { 'content-type': 'image/png' });
    expect(res.status).toBe(201);
    expect(res.headers.get('upload-offset')).toBe('300000');
    expect(fileStatusSchema.parse(await res.json())).toMatchObject({ sha256: file.sha256, stored: true, size: 300_000, mime: 'image/png' });
    expect(filesOnDisk(f.blobsDir)).toContainEqual({ path: `${f.schoolId}/${file.sha256.slice(0, 2)}/${file.sha256}`, size: 300_000 });
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(file.sha256))).toHaveLength(1);
    expect(await storedRows(file.sha256)).toEqual([{ school_id: f.schoolId, size: 300_000, mime: 'image/png', uploaded_by: expect.any(String) }]);
    const got = await fetch(fileUrl(f, file.sha256), { headers: auth(f.tokens.teacher) });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
  });

  it('a file the school holds already answers 200 without reading the body again', async () => {
    const file = testFile(2, 10_000);
    expect((await put(f, f.tokens.teacher, file.sha256, file.bytes)).status).toBe(201);
    const again = await put(f, f.tokens.head, file.sha256, file.bytes, { 'content-type': 'text/plain' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ stored: true, size: 10_000, mime: 'application/octet-stream' });
  });

  it('a chunked upload cut mid-chunk resumes from the Upload-Offset the server reports, keeping the bytes that arrived', async () => {
    const file = testFile(3, 1_000_000);
    const first = await put(f, f.tokens.teacher, file.sha256, file.bytes.subarray(0, 400_000), { 'content-range': 'bytes 0-399999/1000000' });
    expect(first.status).toBe(202);
    expect(first.headers.get('upload-offset')).toBe('400000');
    expect(fileStatusSchema.parse(await first.json())).toMatchObject({ stored: false, offset: 400_000 });

    // The second chunk is cut after 250,000 of its 600,000 bytes.
    const cut = openUpload(fileUrl(f, file.sha256), f.tokens.teacher, { 'content-range': 'bytes 400000-999999/1000000', 'content-length': '600000' });
    cut.write(file.bytes.subarray(400_000, 650_000));
    await until(async () => (await offsetOf(file.sha256)) === 650_000);
    cut.destroy();
    await until(async () => (await statusOf(f, file.sha256)).offset === 650_000);
    expect((await head(f.tokens.teacher, file.sha256)).status).toBe(404);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(file.sha256))).toEqual([
      { path: `${f.schoolId}/uploads/${file.sha256}.part`, size: 650_000 },
    ]);

    const offset = await offsetOf(file.sha256);
    const rest = await put(f, f.tokens.teacher, file.sha256, file.bytes.subarray(offset), { 'content-range': `bytes ${offset}-999999/1000000` });
    expect(rest.status).toBe(201);
    const got = await fetch(fileUrl(f, file.sha256), { headers: auth(f.tokens.pupil) });
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(file.sha256);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(file.sha256))).toEqual([
      { path: `${f.schoolId}/${file.sha256.slice(0, 2)}/${file.sha256}`, size: 1_000_000 },
    ]);
  });

  it('a newer upload of the same file takes over from one that stalled (a connection the server has not seen die)', async () => {
    const file = testFile(4, 200_000);
    const stalled = openUpload(fileUrl(f, file.sha256), f.tokens.head, { 'content-length': '200000' });
    stalled.on('error', () => undefined);
    stalled.write(file.bytes.subarray(0, 50_000));
    await until(async () => (await offsetOf(file.sha256)) === 50_000);
    const retry = await put(f, f.tokens.head, file.sha256, file.bytes.subarray(50_000), { 'content-range': 'bytes 50000-199999/200000' });
    expect(retry.status).toBe(201);
    stalled.destroy();
  });

  it('a resent chunk that starts before the offset held replaces the bytes from its start', async () => {
    const file = testFile(5, 30_000);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 20_000), { 'content-range': 'bytes 0-19999/30000' })).status).toBe(202);
    const resent = await put(f, f.tokens.head, file.sha256, file.bytes.subarray(10_000), { 'content-range': 'bytes 10000-29999/30000' });
    expect(resent.status).toBe(201);
  });

  it('a chunk at offset 0 sent again (a late retry) never truncates an upload in progress: the bytes held stay, and it completes', async () => {
    const file = testFile(11, 30_000);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 10_000), { 'content-range': 'bytes 0-9999/30000' })).status).toBe(202);
    expect(
      (await put(f, f.tokens.head, file.sha256, file.bytes.subarray(10_000, 20_000), { 'content-range': 'bytes 10000-19999/30000' })).status,
    ).toBe(202);
    const again = await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 10_000), { 'content-range': 'bytes 0-9999/30000' });
    expect(again.status).toBe(202);
    expect(again.headers.get('upload-offset')).toBe('20000');
    expect(await offsetOf(file.sha256)).toBe(20_000);
    const last = await put(f, f.tokens.head, file.sha256, file.bytes.subarray(20_000), { 'content-range': 'bytes 20000-29999/30000' });
    expect(last.status).toBe(201);
    const back = await fetch(fileUrl(f, file.sha256), { headers: auth(f.tokens.head) });
    expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(file.sha256);
  });

  it('a chunk that starts past the bytes held is refused: 409 upload_offset_mismatch naming the offset', async () => {
    const file = testFile(6, 30_000);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 10_000), { 'content-range': 'bytes 0-9999/30000' })).status).toBe(202);
    const gap = await put(f, f.tokens.head, file.sha256, file.bytes.subarray(20_000), { 'content-range': 'bytes 20000-29999/30000' });
    expect(gap.status).toBe(409);
    expect(gap.headers.get('upload-offset')).toBe('10000');
    expect((await gap.json()).error.code).toBe('upload_offset_mismatch');
    expect(await offsetOf(file.sha256)).toBe(10_000);
  });

  it('a whole upload whose bytes hash to another name is refused: 422 hash_mismatch, nothing stored, nothing kept', async () => {
    const file = testFile(7, 50_000);
    const wrong = sha256(Buffer.from('another file'));
    const res = await put(f, f.tokens.head, wrong, file.bytes);
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('hash_mismatch');
    expect(await storedRows(wrong)).toEqual([]);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(wrong))).toEqual([]);
    expect((await head(f.tokens.head, wrong)).headers.get('upload-offset')).toBe('0');
    expect((await fetch(fileUrl(f, wrong), { headers: auth(f.tokens.head) })).status).toBe(404);
  });

  it('a chunked upload completed with a wrong last chunk is refused with 422 and its partial discarded', async () => {
    const file = testFile(8, 20_000);
    await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 10_000), { 'content-range': 'bytes 0-9999/20000' });
    const tampered = Buffer.from(file.bytes.subarray(10_000));
    tampered[5] = tampered[5]! ^ 0xff;
    const res = await put(f, f.tokens.head, file.sha256, tampered, { 'content-range': 'bytes 10000-19999/20000' });
    expect(res.status).toBe(422);
    expect(res.headers.get('upload-offset')).toBe('0');
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(file.sha256))).toEqual([]);
    expect(await storedRows(file.sha256)).toEqual([]);
  });

  it('a file over the size limit is refused before its bytes are read: 413 payload_too_large naming the limit', async () => {
    const file = testFile(9, 1000);
    const byLength = await f.server.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${file.sha256}`,
      headers: { ...auth(f.tokens.head), 'content-type': 'video/mp4', 'content-length': String(TEST_MAX_FILE_BYTES + 1) },
      payload: file.bytes,
    });
    expect(byLength.statusCode).toBe(413);
    expect(byLength.json().error).toMatchObject({ code: 'payload_too_large', limit: TEST_MAX_FILE_BYTES });
    const byRange = await put(f, f.tokens.head, file.sha256, file.bytes, { 'content-range': `bytes 0-999/${TEST_MAX_FILE_BYTES + 1}` });
    expect(byRange.status).toBe(413);
    expect((await byRange.json()).error).toMatchObject({ code: 'payload_too_large', limit: TEST_MAX_FILE_BYTES });
    expect(await offsetOf(file.sha256)).toBe(0);
  });

  it('a streamed body without a length that runs past the limit is cut off with 413, and nothing is kept', async () => {
    const big = testFile(10, TEST_MAX_FILE_BYTES + 100_000);
    const res = await f.server.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${big.sha256}`,
      headers: { ...auth(f.tokens.head), 'content-type': 'video/mp4', 'transfer-encoding': 'chunked' },
      payload: Readable.from(chunksOf(big.bytes, 64 * 1024)),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.limit).toBe(TEST_MAX_FILE_BYTES);
    expect(filesOnDisk(f.blobsDir).filter((x) => x.path.includes(big.sha256))).toEqual([]);
    expect(await storedRows(big.sha256)).toEqual([]);
  });

  it('only head and teachers upload: a pupil, an assistant and a methodologist get 403 forbidden and nothing is stored', async () => {
    const file = testFile(11, 5_000);
    for (const token of [f.tokens.pupil, f.tokens.assistant, f.tokens.methodologist]) {
      const res = await put(f, token, file.sha256, file.bytes);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    expect(await storedRows(file.sha256)).toEqual([]);
    expect(await offsetOf(file.sha256)).toBe(0);
    const anonymous = await fetch(fileUrl(f, file.sha256), { method: 'PUT', body: new Uint8Array(file.bytes) });
    expect(anonymous.status).toBe(401);
  });

  it('malformed uploads are 4xx with a stable code: a name that is not a SHA-256, a bad Content-Range, a Content-Encoding', async () => {
    const file = testFile(12, 1_000);
    const cases: Array<[string, Record<string, string>, number, string]> = [
      [file.sha256.toUpperCase(), {}, 400, 'bad_request'],
      ['abc', {}, 400, 'bad_request'],
      [file.sha256, { 'content-range': 'bytes 0-999/*' }, 400, 'bad_request'],
      [file.sha256, { 'content-range': 'bytes 10-5/1000' }, 400, 'bad_request'],
      [file.sha256, { 'content-range': 'bytes 0-1999/1000' }, 400, 'bad_request'],
      [file.sha256, { 'content-range': 'bytes 0-499/1000' }, 400, 'bad_request'],
      [file.sha256, { 'content-encoding': 'gzip' }, 415, 'unsupported_media_type'],
      [file.sha256, { 'content-type': 'not a type' }, 415, 'unsupported_media_type'],
    ];
    for (const [name, headers, status, code] of cases) {
      const res = await put(f, f.tokens.head, name, file.bytes, headers);
      expect(res.status, JSON.stringify(headers)).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }
    expect(await offsetOf(file.sha256)).toBe(0);
  });

  it('GET .../status tells uploaders how far an upload has come; others get 403', async () => {
    const file = testFile(13, 8_000);
    await put(f, f.tokens.head, file.sha256, file.bytes.subarray(0, 3_000), { 'content-range': 'bytes 0-2999/8000' });
    expect(await statusOf(f, file.sha256)).toMatchObject({ stored: false, offset: 3_000, maxBytes: TEST_MAX_FILE_BYTES });
    await put(f, f.tokens.head, file.sha256, file.bytes.subarray(3_000), { 'content-range': 'bytes 3000-7999/8000' });
    expect(await statusOf(f, file.sha256)).toMatchObject({ stored: true, offset: 8_000, size: 8_000 });
    const pupil = await fetch(fileUrl(f, file.sha256, '/status'), { headers: auth(f.tokens.pupil) });
    expect(pupil.status).toBe(403);
  });
});

async function statusOf(f: FilesFixture, sha: string) {
  const res = await fetch(fileUrl(f, sha, '/status'), { headers: auth(f.tokens.head) });
  return fileStatusSchema.parse(await res.json());
}

/** A PUT whose body the test writes by hand, to cut or stall it. */
function openUpload(url: string, token: string, headers: Record<string, string>): ClientRequest {
  const req = httpRequest(url, { method: 'PUT', headers: { ...auth(token), 'content-type': 'application/octet-stream', ...headers } });
  req.on('error', () => undefined);
  req.flushHeaders();
  return req;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
