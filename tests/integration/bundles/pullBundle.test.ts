/**
 * Sync by file, the pull way: the head exports a school's pull bundle with a lesson's
 * resource file, its size told before; a new laptop with no link imports it through the
 * storing path a pull uses. The drive is pulled out halfway: choosing the file again
 * continues where it stopped, and the laptop then holds every row a pull gives a teacher,
 * the file kept for offline use, and the bundle's cursor, so its next sync pulls nothing
 * old. An altered file is refused whole, nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { createRecord } from '@/client/db/writeRecord';
import { SandyqDb } from '@/client/db/db';
import { FilesDb } from '@/client/db/files/filesDb';
import { memoryFileCache } from '@/client/files/keptFileCache';
import { BundlesDb } from '@/client/db/bundles/bundlesDb';
import { importPullBundle } from '@/client/bundles/importPullBundle';
import { downloadPullBundle, measurePullBundle } from '@/client/bundles/bundleApi';
import {
  BUNDLE_TRAILER_BYTES,
  BUNDLE_TRAILER_MAGIC,
  BundleProblem,
  PullScopeKind,
  blobSource,
  bytesSource,
  type BundleSource,
} from '@/sync/bundleFormat';
import { TABLE_NAMES } from '@/domain/tables';
import { Audience, TABLE_RULES } from '@/sync/tableRules';
import { TEST_DATABASES } from '../../support/databases';
import { openTestDevice, type TestDevice } from '../../support/testDevice';
import { demoRowRefs, validRow } from '../../support/validRows';
import { openFilesFixture, testFile, type FilesFixture } from '../files/filesFixture';

async function rowsOn(db: SandyqDb): Promise<number> {
  let n = 0;
  for (const table of TABLE_NAMES) n += await db.records(table).count();
  return n;
}

/**
 * What someone with the file and no key can make: one byte of the content changed and the
 * checksum made again to match, the server's signatures kept as they were.
 */
function forged(bytes: Uint8Array): Uint8Array {
  const signaturesLength = new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - 12, 4).getUint32(0);
  const contentEnd = bytes.byteLength - 12 - signaturesLength;
  const body = bytes.slice(0, contentEnd - BUNDLE_TRAILER_BYTES);
  body[Math.floor(body.byteLength / 3)]! ^= 0x01;
  const trailer = Buffer.concat([Buffer.from(BUNDLE_TRAILER_MAGIC), createHash('sha256').update(body).digest()]);
  return Buffer.concat([body, trailer, bytes.subarray(contentEnd)]);
}

/** A drive pulled out once the import has begun storing: every read past `cutAt` fails. */
function pulledOut(bytes: Uint8Array, cutAt: number): { source: BundleSource; arm(): void } {
  let armed = false;
  return {
    arm: () => void (armed = true),
    source: {
      size: bytes.byteLength,
      async read(offset, length) {
        if (armed && offset + length > cutAt) throw new Error('NotReadableError: the drive was removed');
        return bytes.subarray(offset, offset + length);
      },
    },
  };
}

describe.each(TEST_DATABASES)('a pull bundle carried by file on $name', (kind) => {
  let fixture: FilesFixture;
  let head: TestDevice;
  let lessonPlanId: string;
  const file = testFile(7, 3 * 1024 * 1024);

  beforeAll(async () => {
    fixture = await openFilesFixture(kind);
    const demo = fixture.server.demo!;
    const account = demo.accounts.find((a) => a.login === 'head')!;
    head = await openTestDevice({ serverUrl: fixture.url, login: 'head', password: account.password });
    const put = await fetch(`${fixture.url}/api/v1/files/${file.sha256}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${head.login.token}`, 'content-type': 'video/mp4' },
      body: new Uint8Array(file.bytes),
    });
    expect(put.ok).toBe(true);
    const pupil = demo.accounts.find((a) => a.pupilId)!;
    const refs = demoRowRefs(demo, pupil.pupilId!, account.staffId);
    const resourceId = await createRecord(
      head.db,
      head.author,
      'resources',
      validRow('resources', refs, {
        kind: 'video',
        url: undefined,
        file: { sha256: file.sha256, size: file.bytes.byteLength, mime: 'video/mp4', name: 'lesson.mp4' },
        cacheable: true,
        platform: 'school',
      }) as never,
    );
    lessonPlanId = await createRecord(
      head.db,
      head.author,
      'lessonPlans',
      validRow('lessonPlans', refs, { stages: [{ name: 'Main', minutes: 30, resourceIds: [resourceId] }] }) as never,
    );
    await head.sync();
  });
  afterAll(async () => {
    await head.close();
    await fixture.close();
  });

  it('is imported in pages, resumes after the drive is pulled out, and leaves nothing to pull', async () => {
    const api = { baseUrl: fixture.url, token: fixture.tokens.head };
    const request = { scope: { kind: PullScopeKind.school }, lessonPlanIds: [lessonPlanId] } as const;
    const size = await measurePullBundle(api, { ...request, lessonPlanIds: [...request.lessonPlanIds] });
    const bytes = new Uint8Array(await (await downloadPullBundle(api, { ...request, lessonPlanIds: [...request.lessonPlanIds] })).arrayBuffer());
    expect(bytes.byteLength).toBe(size.bytes);
    expect(size.files).toBe(1);
    const [stored] = await fixture.server.database!.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE school_id = $1', [
      fixture.schoolId,
    ]);
    expect(size.rows).toBe(stored!.n);

    const name = `sandyq-s-${fixture.schoolId}-${randomUUID()}`;
    const db = new SandyqDb(name);
    await db.open();
    const files = { db: new FilesDb(`files-${randomUUID()}`), cache: memoryFileCache() };
    const progress = new BundlesDb(`bundles-${randomUUID()}`);
    const deps = { db, schoolId: fixture.schoolId, files, progress, sessionTokens: [fixture.tokens.teacher] };

    // Signed by the server for its readers' sessions: a laptop where only a pupil (or
    // nobody) is signed in cannot check it; a file re-checksummed after a change is refused.
    await expect(importPullBundle(bytesSource(bytes), { ...deps, sessionTokens: [fixture.tokens.pupil] })).rejects.toMatchObject({
      problem: BundleProblem.unsigned,
    });
    await expect(importPullBundle(bytesSource(forged(bytes)), deps)).rejects.toMatchObject({ problem: BundleProblem.unsigned });
    expect(await rowsOn(db)).toBe(0);

    const altered = bytes.slice();
    altered[Math.floor(altered.byteLength * 0.4)]! ^= 0x10;
    await expect(importPullBundle(bytesSource(altered), deps)).rejects.toMatchObject({ problem: BundleProblem.checksumMismatch });
    expect(await rowsOn(db)).toBe(0);

    const drive = pulledOut(bytes, Math.floor(bytes.byteLength * 0.5));
    await expect(importPullBundle(drive.source, { ...deps, onProgress: (p) => (p.phase === 'storing' ? drive.arm() : undefined) })).rejects.toThrow(
      /drive was removed/,
    );
    // The rows' pages were stored before the cut, the video only in part: not kept yet.
    const [stopped] = await progress.imports.toArray();
    expect(stopped!.rowsStored).toBe(size.rows);
    expect(stopped!.nextOffset).toBeLessThan(bytes.byteLength);
    expect(await rowsOn(db)).toBe(size.rows);
    expect(await files.db.parts.count()).toBeGreaterThan(0);
    expect(files.cache.files.size).toBe(0);

    const resumed = await importPullBundle(bytesSource(bytes), deps);
    expect(resumed.resumed).toBe(true);
    expect(resumed.rowsStored).toBe(0); // no page stored twice: it went on from the file's next piece
    expect(resumed.filesStored).toBe(1);
    expect(await rowsOn(db)).toBe(size.rows);
    expect(files.cache.files.get(file.sha256)?.size).toBe(file.bytes.byteLength);
    expect(await files.db.kept.get(file.sha256)).toMatchObject({ name: 'lesson.mp4' });
    expect(await files.db.parts.count()).toBe(0);

    const again = await importPullBundle(bytesSource(bytes), deps);
    expect(again.alreadyImported).toBe(true);
    db.close();

    // The same laptop signs in online: its pull starts at the bundle's cursor, nothing old comes down.
    const demo = fixture.server.demo!;
    const teacher = demo.accounts.find((a) => a.login === 'teacher1')!;
    const laptop = await openTestDevice({ serverUrl: fixture.url, login: teacher.login, password: teacher.password, dbName: name });
    try {
      const pass = await laptop.sync();
      expect(pass.pulled).toBe(0);
    } finally {
      await laptop.close();
    }
  });

  it("a class set's bundle holds what its pupils may read, without staff-only rows; a pupil's laptop takes only that", async () => {
    const demo = fixture.server.demo!;
    const pupilAccount = demo.accounts.find((a) => a.roles.includes('pupil' as never))!;
    const classSetId = String(demo.records.find((r) => r.table === 'pupils' && r.id === pupilAccount.pupilId)!.fields.classSetId);
    const api = { baseUrl: fixture.url, token: fixture.tokens.head };
    const school = await measurePullBundle(api, { scope: { kind: PullScopeKind.school }, lessonPlanIds: [] });
    const classSet = await measurePullBundle(api, { scope: { kind: PullScopeKind.classSet, classSetId }, lessonPlanIds: [] });
    expect(classSet.rows).toBeGreaterThan(0);
    expect(classSet.rows).toBeLessThan(school.rows);

    // The pupil's own database: their class set's bundle is stored, signed for their session;
    // the school's bundle (staff-only rows among its rows) is refused whole.
    const pupilDb = new SandyqDb(`sandyq-p-${randomUUID()}`);
    await pupilDb.open();
    const deps = {
      db: pupilDb,
      schoolId: fixture.schoolId,
      files: { db: new FilesDb(`files-${randomUUID()}`), cache: memoryFileCache() },
      progress: new BundlesDb(`bundles-${randomUUID()}`),
      sessionTokens: [fixture.tokens.pupil],
      pupilClassSetId: classSetId,
    };
    const schoolFile = await downloadPullBundle(api, { scope: { kind: PullScopeKind.school }, lessonPlanIds: [] });
    await expect(importPullBundle(blobSource(schoolFile), { ...deps, sessionTokens: [fixture.tokens.teacher] })).rejects.toMatchObject({
      problem: BundleProblem.wrongKind,
    });
    const classFile = await downloadPullBundle(api, { scope: { kind: PullScopeKind.classSet, classSetId }, lessonPlanIds: [] });
    const imported = await importPullBundle(blobSource(classFile), deps);
    expect(imported.rowsStored).toBe(classSet.rows);
    const staffOnly = TABLE_NAMES.filter((t) => TABLE_RULES[t].audience === Audience.schoolStaff);
    const [held] = await fixture.server.database!.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM records WHERE school_id = $1 AND tbl = ANY($2)',
      [fixture.schoolId, staffOnly],
    );
    expect(held!.n).toBeGreaterThan(0);
    let onPupilLaptop = 0;
    for (const t of staffOnly) onPupilLaptop += await pupilDb.records(t).count();
    expect(onPupilLaptop).toBe(0);
    pupilDb.close();
    await expect(
      measurePullBundle({ baseUrl: fixture.url, token: fixture.tokens.teacher }, { scope: { kind: PullScopeKind.school }, lessonPlanIds: [] }),
    ).rejects.toMatchObject({
      failure: 'refused',
    });
  });
});
