/**
 * Downloads of resource files over real HTTP, on PGlite and PostgreSQL: whole or one byte
 * range, cached for good by devices (the name is the hash), readable by everyone of the
 * school and by no one else: another school's file is a plain 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../support/databases';
import { auth, fileUrl, openFilesFixture, put, sha256, testFile, type FilesFixture } from './filesFixture';

const SIZE = 100_000;

describe.each(TEST_DATABASES)('file downloads on $name', (kind) => {
  let f: FilesFixture;
  const file = testFile(101, SIZE);
  const get = (headers: Record<string, string> = {}, token = f.tokens.pupil, sha = file.sha256) =>
    fetch(fileUrl(f, sha), { headers: { ...auth(token), 'accept-encoding': 'gzip, br', ...headers } });
  const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

  beforeAll(async () => {
    f = await openFilesFixture(kind);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes, { 'content-type': 'application/pdf' })).status).toBe(201);
  });
  afterAll(async () => {
    await f.close();
  });

  it('the whole file: 200 with its type, length, ETag = the hash, immutable private caching, Accept-Ranges, no compression', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(SIZE),
      etag: `"${file.sha256}"`,
      'cache-control': 'private, max-age=31536000, immutable',
      'accept-ranges': 'bytes',
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect((await bytesOf(res)).equals(file.bytes)).toBe(true);
  });

  it('the first bytes: bytes=0-99 is 206 with Content-Range bytes 0-99/size', async () => {
    const res = await get({ range: 'bytes=0-99' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${SIZE}`);
    expect(res.headers.get('content-length')).toBe('100');
    expect(res.headers.get('etag')).toBe(`"${file.sha256}"`);
    expect((await bytesOf(res)).equals(file.bytes.subarray(0, 100))).toBe(true);
  });

  it('a middle range, an open-ended range, and an end past the file (clipped to it)', async () => {
    const cases: Array<[string, number, number]> = [
      ['bytes=40000-49999', 40_000, 49_999],
      [`bytes=${SIZE - 10}-`, SIZE - 10, SIZE - 1],
      ['bytes=99990-5000000', 99_990, SIZE - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await get({ range });
      expect(res.status, range).toBe(206);
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${SIZE}`);
      expect((await bytesOf(res)).equals(file.bytes.subarray(start, end + 1))).toBe(true);
    }
  });

  it('a suffix: bytes=-100 is the last 100 bytes', async () => {
    const res = await get({ range: 'bytes=-100' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${SIZE - 100}-${SIZE - 1}/${SIZE}`);
    expect((await bytesOf(res)).equals(file.bytes.subarray(SIZE - 100))).toBe(true);
  });

  it('any other Range is 416 range_not_satisfiable with Content-Range bytes */size', async () => {
    for (const range of [`bytes=${SIZE}-`, 'bytes=500-100', 'bytes=-0', 'bytes=abc', 'items=0-10', 'bytes=0-1,5-9', 'bytes=-', '']) {
      const res = await get({ range });
      expect(res.status, range).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${SIZE}`);
      expect((await res.json()).error.code).toBe('range_not_satisfiable');
    }
  });

  it('If-None-Match with the hash is 304 without a body; a stale If-Range gets the whole file', async () => {
    const cached = await get({ 'if-none-match': `"${file.sha256}"` });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect((await bytesOf(cached)).length).toBe(0);
    const stale = await get({ range: 'bytes=0-9', 'if-range': '"0000"' });
    expect(stale.status).toBe(200);
    expect((await bytesOf(stale)).length).toBe(SIZE);
    const fresh = await get({ range: 'bytes=0-9', 'if-range': `"${file.sha256}"` });
    expect(fresh.status).toBe(206);
  });

  it('HEAD answers the GET headers without a body, and Upload-Offset only to uploaders', async () => {
    const pupil = await fetch(fileUrl(f, file.sha256), { method: 'HEAD', headers: auth(f.tokens.pupil) });
    expect(pupil.status).toBe(200);
    expect(pupil.headers.get('content-length')).toBe(String(SIZE));
    expect(pupil.headers.get('etag')).toBe(`"${file.sha256}"`);
    expect(pupil.headers.get('upload-offset')).toBeNull();
    const teacher = await fetch(fileUrl(f, file.sha256), { method: 'HEAD', headers: auth(f.tokens.teacher) });
    expect(teacher.headers.get('upload-offset')).toBe(String(SIZE));
  });

  it('everyone of the school downloads: head, teacher, assistant, methodologist and pupil', async () => {
    for (const token of Object.values(f.tokens).filter((t) => t !== f.tokens.otherTeacher)) {
      const res = await get({}, token);
      expect(res.status).toBe(200);
      expect(sha256(await bytesOf(res))).toBe(file.sha256);
    }
  });

  it("another school's file is a 404 exactly like a file that does not exist, by GET, HEAD and status", async () => {
    const theirs = testFile(102, 5_000);
    expect((await put(f, f.tokens.otherTeacher, theirs.sha256, theirs.bytes)).status).toBe(201);
    const never = sha256(Buffer.from('never uploaded anywhere'));
    const answers = async (sha: string) => {
      const got = await get({}, f.tokens.head, sha);
      const headRes = await fetch(fileUrl(f, sha), { method: 'HEAD', headers: auth(f.tokens.head) });
      const status = await fetch(fileUrl(f, sha, '/status'), { headers: auth(f.tokens.head) });
      const body = (await got.json()) as unknown;
      const statusBody = (await status.json()) as Record<string, unknown>;
      return { get: [got.status, body], head: [headRes.status, headRes.headers.get('upload-offset')], status: { ...statusBody, sha256: 'x' } };
    };
    const [other, missing] = [await answers(theirs.sha256), await answers(never)];
    expect(other.get[0]).toBe(404);
    expect(other).toEqual(missing);
    // Their own school reads it.
    expect((await get({}, f.tokens.otherTeacher, theirs.sha256)).status).toBe(200);
    // And they cannot read ours.
    expect((await get({}, f.tokens.otherTeacher, file.sha256)).status).toBe(404);
  });

  it('the same bytes uploaded by two schools are two files, each school its own copy and record', async () => {
    const shared = testFile(103, 2_000);
    expect((await put(f, f.tokens.otherTeacher, shared.sha256, shared.bytes, { 'content-type': 'image/jpeg' })).status).toBe(201);
    const ours = await put(f, f.tokens.teacher, shared.sha256, shared.bytes, { 'content-type': 'image/png' });
    expect(ours.status).toBe(201);
    const rows = await f.server.database!.query<{ school_id: string; mime: string }>(
      'SELECT school_id, mime FROM files WHERE sha256 = $1 ORDER BY mime',
      [shared.sha256],
    );
    expect(rows).toEqual([
      { school_id: f.otherSchoolId, mime: 'image/jpeg' },
      { school_id: f.schoolId, mime: 'image/png' },
    ]);
  });

  it('no token is 401, a name that is not a SHA-256 is 400', async () => {
    expect((await fetch(fileUrl(f, file.sha256))).status).toBe(401);
    const bad = await get({}, f.tokens.pupil, 'not-a-hash');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('bad_request');
  });
});
