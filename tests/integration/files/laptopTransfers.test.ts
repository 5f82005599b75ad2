/**
 * The laptop's side of resource files against the real server over HTTP (PGlite): a file
 * chosen offline waits in the queue and uploads when the link returns; an upload cut in the
 * middle of a chunk and a download cut in the middle of its body each resume from the
 * bytes that arrived, sending nothing twice; bytes that do not hash to the file's name are
 * never kept; a file kept already moves no bytes.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FilesDb, getFilesDb, UploadState } from '@/client/db/files/filesDb';
import { getProfilesDb, putProfile } from '@/client/db/profiles/profileStore';
import { startFileUploads } from '@/client/files/laptopFiles';
import { FileFailure, FileTransferError, type FileApi } from '@/client/files/fileApi';
import { keepFile, isKept } from '@/client/files/keepFile';
import { memoryFileCache } from '@/client/files/keptFileCache';
import { nameFile, queueUpload, runUploads } from '@/client/files/uploadQueue';
import { TEST_DATABASES } from '../../support/databases';
import { openFilesFixture, put, testFile, type FilesFixture } from './filesFixture';

const CHUNK = 256 * 1024;
let dbCount = 0;
const newFilesDb = () => new FilesDb(`files-test-${++dbCount}-${Date.now()}`);

/** fetch that counts the bytes it sends and receives, and can cut a chosen request. */
function meteredFetch() {
  const meter = {
    sent: 0,
    received: 0,
    requests: 0,
    cutUploadAt: undefined as number | undefined,
    cutDownloadAfter: undefined as number | undefined,
    tamper: false,
    offline: false,
  };
  const doFetch: typeof fetch = async (input, init = {}) => {
    if (meter.offline) throw new TypeError('fetch failed');
    meter.requests++;
    const url = String(input);
    const body = init.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : undefined;
    if (body && meter.cutUploadAt !== undefined) {
      // The link drops in the middle of this chunk: part of its bytes reach the server.
      const half = body.subarray(0, meter.cutUploadAt);
      meter.cutUploadAt = undefined;
      meter.sent += half.byteLength;
      await new Promise<void>((resolve) => {
        const req = request(url, {
          method: 'PUT',
          headers: { ...(init.headers as Record<string, string>), 'content-length': String(body.byteLength) },
        });
        req.on('error', () => resolve());
        req.write(half, () => setTimeout(() => (req.destroy(), resolve()), 200));
      });
      throw new TypeError('fetch failed');
    }
    if (body) meter.sent += body.byteLength;
    const response = await fetch(input, { ...init, ...(body ? { body } : {}) });
    if (!response.body || init.method !== 'GET') return response;
    const reader = response.body.getReader();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        let bytes = value;
        if (meter.tamper) {
          bytes = new Uint8Array(value);
          bytes[0] = bytes[0]! ^ 0xff;
          meter.tamper = false;
        }
        if (meter.cutDownloadAfter !== undefined && meter.received + bytes.byteLength > meter.cutDownloadAfter) {
          const keep = meter.cutDownloadAfter - meter.received;
          meter.cutDownloadAfter = undefined;
          meter.received += keep;
          controller.enqueue(bytes.subarray(0, keep));
          controller.error(new TypeError('network error'));
          await reader.cancel();
          return;
        }
        meter.received += bytes.byteLength;
        controller.enqueue(bytes);
      },
    });
    return new Response(stream, { status: response.status, headers: response.headers });
  };
  return { meter, doFetch };
}

describe('files between a laptop and the server', () => {
  let f: FilesFixture;
  beforeAll(async () => {
    f = await openFilesFixture(TEST_DATABASES[0]!);
  });
  afterAll(async () => {
    await f.close();
  });
  const api = (doFetch: typeof fetch, token = f.tokens.teacher): FileApi => ({ baseUrl: f.url, token, fetch: doFetch });

  it('a file chosen offline waits; an upload cut mid-chunk resumes from the bytes that arrived, sending none twice', async () => {
    const db = newFilesDb();
    const cache = memoryFileCache();
    const file = testFile(901, 3 * CHUNK + 1000);
    const chosen = new File([new Uint8Array(file.bytes)], 'Бөлшектер.pdf', { type: 'application/pdf' });
    const meta = await nameFile(chosen);
    await queueUpload(db, cache, chosen, meta, 'user-teacher');
    expect(meta).toEqual({ sha256: file.sha256, size: file.bytes.length, mime: 'application/pdf', name: 'Бөлшектер.pdf' });
    expect(cache.files.has(file.sha256)).toBe(true);

    const { meter, doFetch } = meteredFetch();
    meter.offline = true;
    await expect(runUploads(db, api(doFetch), 'user-teacher', { chunkBytes: CHUNK })).rejects.toMatchObject({ failure: FileFailure.offline });
    expect(await db.uploads.count()).toBe(1);

    meter.offline = false;
    // The second chunk is cut after 100 000 of its bytes reached the server.
    let chunks = 0;
    const cutting: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && ++chunks === 2) meter.cutUploadAt = 100_000;
      return doFetch(input, init);
    };
    await expect(runUploads(db, api(cutting), 'user-teacher', { chunkBytes: CHUNK })).rejects.toBeInstanceOf(FileTransferError);
    expect(await db.uploads.count()).toBe(1);
    const progress: number[] = [];
    expect(await runUploads(db, api(doFetch), 'user-teacher', { chunkBytes: CHUNK, onProgress: (_, p) => progress.push(p.sent) })).toBe(1);
    expect(progress[0]).toBe(CHUNK + 100_000);
    expect(meter.sent).toBe(file.bytes.length);
    expect(await db.uploads.count()).toBe(0);
    const stored = await fetch(`${f.url}/api/v1/files/${file.sha256}`, { headers: { authorization: `Bearer ${f.tokens.pupil}` } });
    expect(Buffer.from(await stored.arrayBuffer()).equals(file.bytes)).toBe(true);
  });

  it('a download cut halfway resumes from the bytes held: the file crosses the link once; kept, asked again it moves nothing', async () => {
    const file = testFile(902, 5 * CHUNK + 17);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes, { 'content-type': 'video/mp4' })).status).toBe(201);
    const db = newFilesDb();
    const cache = memoryFileCache();
    const { meter, doFetch } = meteredFetch();
    const entry = { sha256: file.sha256, size: file.bytes.length, mime: 'video/mp4', name: 'Сабақ.mp4' };
    meter.cutDownloadAfter = Math.floor(file.bytes.length / 2);
    await expect(keepFile(db, cache, entry, api(doFetch, f.tokens.pupil), { chunkBytes: CHUNK })).rejects.toMatchObject({
      failure: FileFailure.offline,
    });
    expect(await isKept(db, cache, file.sha256)).toBe(false);
    const resumed = await keepFile(db, cache, entry, api(doFetch, f.tokens.pupil), { chunkBytes: CHUNK });
    expect(meter.received).toBe(file.bytes.length);
    expect(resumed.fetchedBytes).toBe(file.bytes.length - Math.floor(file.bytes.length / 2));
    expect(Buffer.from(await cache.files.get(file.sha256)!.arrayBuffer()).equals(file.bytes)).toBe(true);
    expect(await db.parts.count()).toBe(0);
    expect(await db.kept.get(file.sha256)).toMatchObject({ size: file.bytes.length, mime: 'video/mp4', name: 'Сабақ.mp4' });

    const before = meter.requests;
    expect(await keepFile(db, cache, entry, api(doFetch, f.tokens.pupil))).toEqual({ fetchedBytes: 0 });
    expect(meter.requests).toBe(before);
  });

  it('bytes that do not hash to the name are refused and never kept', async () => {
    const file = testFile(903, 2 * CHUNK);
    expect((await put(f, f.tokens.head, file.sha256, file.bytes)).status).toBe(201);
    const db = newFilesDb();
    const cache = memoryFileCache();
    const { meter, doFetch } = meteredFetch();
    meter.tamper = true;
    const entry = { sha256: file.sha256, size: file.bytes.length, mime: 'application/pdf', name: 'x.pdf' };
    await expect(keepFile(db, cache, entry, api(doFetch), { chunkBytes: CHUNK })).rejects.toMatchObject({ failure: FileFailure.hashMismatch });
    expect(await isKept(db, cache, file.sha256)).toBe(false);
    expect(cache.files.size).toBe(0);
    expect(await db.parts.count()).toBe(0);
    // The next try starts over from byte 0 and keeps the real bytes.
    await keepFile(db, cache, entry, api(doFetch), { chunkBytes: CHUNK });
    expect(await isKept(db, cache, file.sha256)).toBe(true);
  });

  it('a queued file whose bytes changed is refused for good, kept visible, not retried', async () => {
    const db = newFilesDb();
    const file = testFile(904, 1000);
    const wrong = testFile(905, 1000);
    await db.uploads.put({
      sha256: wrong.sha256,
      blob: new Blob([new Uint8Array(file.bytes)]),
      name: 'x',
      mime: 'application/pdf',
      size: 1000,
      queuedAt: 1,
      queuedBy: 'u',
      state: UploadState.waiting,
    });
    const { doFetch } = meteredFetch();
    expect(await runUploads(db, api(doFetch), 'u')).toBe(0);
    expect(await db.uploads.get(wrong.sha256)).toMatchObject({ state: UploadState.refused, refusal: FileFailure.hashMismatch });
    expect(await runUploads(db, api(doFetch), 'u')).toBe(0);
  });
});

describe('a shared laptop’s upload queue', () => {
  let f: FilesFixture;
  beforeAll(async () => {
    f = await openFilesFixture(TEST_DATABASES[0]!);
  });
  afterAll(async () => {
    await f.close();
  });

  it('sends a colleague’s waiting file too, with her own session, when another person syncs', async () => {
    vi.stubGlobal('location', { origin: f.url });
    try {
      const profile = (userId: string, login: string, token: string) => ({
        userId,
        login,
        displayName: login,
        roles: ['teacher' as const],
        schoolId: f.schoolId,
        schoolName: 'x',
        token,
        password: { salt: 'x', hash: 'x', params: { ln: 4, r: 8, p: 1 } } as never,
        pinFailures: 0,
        lastSignInAt: 1,
      });
      await putProfile(getProfilesDb(), profile('user-head', 'head', f.tokens.head));
      await putProfile(getProfilesDb(), profile('user-teacher', 'teacher', f.tokens.teacher));
      const file = testFile(906, 2000);
      const chosen = new File([new Uint8Array(file.bytes)], 'head.pdf', { type: 'application/pdf' });
      await queueUpload(getFilesDb(), memoryFileCache(), chosen, await nameFile(chosen), 'user-head');
      await startFileUploads('user-teacher');
      expect(await getFilesDb().uploads.count()).toBe(0);
      const stored = await fetch(`${f.url}/api/v1/files/${file.sha256}`, { headers: { authorization: `Bearer ${f.tokens.pupil}` } });
      expect(stored.status).toBe(200);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
