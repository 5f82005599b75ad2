/**
 * `lesson-video` over `geo-sat` (issue 9): a 50 MB lesson video kept on a teacher's laptop
 * for offline use, through the real server and the laptop's download code (`keepFile`,
 * fake-indexeddb for the pieces, an in-memory cache for the kept file), over the link
 * emulator. Rows:
 * - `download`: the whole video, wall seconds until it is verified and kept, against the
 *   floor (size ÷ bandwidth + one round trip) the user cannot beat;
 * - `download-cut-30`: the link drops at 30 %; the resumed download's body bytes beyond the
 *   file's size are the bytes sent twice (goal 0: pieces are stored as they arrive);
 * - `download-again`: the same lesson asked again: requests and bytes that cross the link
 *   (goal 0).
 */
// First: Dexie reads the IndexedDB globals when it loads.
import '../support/setupFakeIndexedDb';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesDb } from '@/client/db/files/filesDb';
import type { FileApi } from '@/client/files/fileApi';
import { keepFile } from '@/client/files/keepFile';
import { memoryFileCache } from '@/client/files/keptFileCache';
import { FileSystemBlobStore } from '@/server/files/FileSystemBlobStore';
import { LINKS, startLinkEmulator } from '../support/linkEmulator';
import { startTestServer } from '../support/server';
import { signIn } from '../support/testDevice';
import { openBenchPglite } from './benchPglite';
import type { Benchmark, BenchResult } from './benchmark';

const VIDEO_BYTES = 50 * 1000 * 1000;
const LINK = 'geo-sat' as const;

/** fetch that counts response body bytes and can cut the body after `cutAfter` of them. */
function countingFetch(meter: { received: number; requests: number; cutAfter?: number | undefined }): typeof fetch {
  return async (input, init) => {
    meter.requests++;
    const response = await fetch(input, init);
    if (!response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        if (meter.cutAfter !== undefined && meter.received + value.byteLength > meter.cutAfter) {
          const keep = meter.cutAfter - meter.received;
          meter.cutAfter = undefined;
          meter.received += keep;
          controller.enqueue(value.subarray(0, keep));
          controller.error(new TypeError('the link dropped'));
          await reader.cancel();
          return;
        }
        meter.received += value.byteLength;
        controller.enqueue(value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

export const lessonFiles: Benchmark = {
  name: 'lesson-files',
  async run({ log }) {
    const blobsDir = mkdtempSync(join(tmpdir(), 'sandyq-bench-files-'));
    const database = await openBenchPglite();
    const server = await startTestServer({ database, demo: true, app: { files: { store: new FileSystemBlobStore(blobsDir) } } });
    const rows: BenchResult[] = [];
    try {
      const demo = server.demo!;
      const account = (login: string) => demo.accounts.find((a) => a.login === login)!;
      const head = await signIn(server.url, 'head', account('head').password, randomUUID());
      const teacher = await signIn(server.url, 'teacher1', account('teacher1').password, randomUUID());
      const bytes = randomBytes(VIDEO_BYTES);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const put = await fetch(`${server.url}/api/v1/files/${sha256}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${head.token}`, 'content-type': 'video/webm' },
        body: new Uint8Array(bytes),
      });
      if (put.status !== 201) throw new Error(`upload refused: ${put.status}`);
      const file = { sha256, size: VIDEO_BYTES, mime: 'video/webm', name: 'lesson.webm' };
      const link = LINKS[LINK];
      const floorS = (VIDEO_BYTES * 8) / link.downBitsPerSecond + link.roundTripMs / 1000;
      const emulator = await startLinkEmulator({ target: { host: '127.0.0.1', port: server.port }, link: LINK });
      try {
        const api = (meter: Parameters<typeof countingFetch>[0]): FileApi => ({
          baseUrl: emulator.url,
          token: teacher.token,
          fetch: countingFetch(meter),
        });

        log('  lesson-files: a 50 MB video over geo-sat');
        let db = new FilesDb(`bench-files-${Date.now()}`);
        let cache = memoryFileCache();
        let meter = { received: 0, requests: 0 } as { received: number; requests: number; cutAfter?: number };
        emulator.resetStats();
        let started = performance.now();
        await keepFile(db, cache, file, api(meter));
        const wallS = (performance.now() - started) / 1000;
        rows.push({
          name: 'download',
          workload: 'lesson-video-50MB',
          link: LINK,
          wallS: Math.round(wallS * 10) / 10,
          floorS: Math.round(floorS * 10) / 10,
          bytesOnWire: emulator.stats().bytesDown,
          requests: meter.requests,
        });

        log('  lesson-files: cut at 30 %, resumed');
        db = new FilesDb(`bench-files-cut-${Date.now()}`);
        cache = memoryFileCache();
        meter = { received: 0, requests: 0, cutAfter: Math.round(VIDEO_BYTES * 0.3) };
        emulator.resetStats();
        started = performance.now();
        await keepFile(db, cache, file, api(meter)).catch(() => undefined);
        await keepFile(db, cache, file, api(meter));
        rows.push({
          name: 'download-cut-30',
          workload: 'lesson-video-50MB',
          link: LINK,
          wallS: Math.round(((performance.now() - started) / 1000) * 10) / 10,
          floorS: Math.round((floorS + link.roundTripMs / 1000) * 10) / 10,
          bytesResent: meter.received - VIDEO_BYTES,
          requests: meter.requests,
        });

        log('  lesson-files: the same lesson again');
        emulator.resetStats();
        const again = { received: 0, requests: 0 };
        await keepFile(db, cache, file, api(again));
        rows.push({
          name: 'download-again',
          workload: 'lesson-video-50MB',
          link: LINK,
          bytesOnWire: emulator.stats().bytesDown + emulator.stats().bytesUp,
          requests: again.requests,
        });
        db.close();
      } finally {
        await emulator.close();
      }
    } finally {
      await server.close();
      await database.close();
      rmSync(blobsDir, { recursive: true, force: true });
    }
    return rows;
  },
};
