import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { SandyqDb } from '@/client/db/db';
import { openSandyqDb } from '@/client/db/openSandyqDb';
import { StorageError, type StorageErrorReason } from '@/client/storage/storageErrors';
import { latestStorageError, onStorageError, onStorageErrorResolved } from '@/client/storage/storageEvents';
import { DB_VERSIONS, LATEST_DB_VERSION } from '@/client/db/versions';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { formatStamp } from '@/domain/hlc';
import { SCHOOL_ID, TEACHER, pupilData, testEnv, uniqueDbName } from './testDb';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every write to `table` fail as a full disk does, thrown by `makeError`. */
function failWrites(db: Dexie, table: string, makeError: () => unknown): void {
  db.use({
    stack: 'dbcore',
    name: 'diskFull',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return name === table ? { ...t, mutate: (_req: DBCoreMutateRequest) => Promise.reject(makeError()) } : t;
      },
    }),
  });
}

let reported: StorageError[] = [];
let resolved: StorageErrorReason[] = [];
let unsubscribe: Array<() => void> = [];
beforeEach(() => {
  reported = [];
  resolved = [];
  unsubscribe = [onStorageError((e) => reported.push(e)), onStorageErrorResolved((r) => resolved.push(r))];
});
afterEach(() => unsubscribe.forEach((off) => off()));

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

const reasons = () => reported.map((e) => e.reason);

async function snapshot(db: SandyqDb) {
  return { pupils: await db.rows('pupils').toArray(), outbox: await db.$outbox.toArray(), state: await db.$syncState.toArray() };
}

describe('a failed write changes nothing', () => {
  it.each([
    ['the outbox', '$outbox', quota],
    ['the row table', 'pupils', quota],
    ['the outbox, wrapped in an AbortError', '$outbox', () => new Dexie.AbortError('Transaction aborted', quota())],
  ] as const)('a full disk on %s: no row, no outbox entry, no clock change; quotaExceeded thrown and reported', async (_, table, makeError) => {
    const name = uniqueDbName();
    const healthy = new SandyqDb(name, { env: testEnv() });
    const id = await createRecord(healthy, TEACHER, 'pupils', pupilData());
    const before = await snapshot(healthy);
    healthy.close();

    const db = new SandyqDb(name, { env: testEnv() });
    failWrites(db, table, makeError);
    const created = await rejection(createRecord(db, TEACHER, 'pupils', pupilData({ name: 'Жаңа' })));
    const updated = await rejection(updateRecord(db, TEACHER, 'pupils', id, { name: 'Өзгерді' }));

    expect([created.reason, updated.reason]).toEqual(['quotaExceeded', 'quotaExceeded']);
    expect(reasons()).toEqual(['quotaExceeded', 'quotaExceeded']);
    db.close();
    const after = new SandyqDb(name, { env: testEnv() });
    expect(await snapshot(after)).toEqual(before);
    after.close();
  });

  it('P4: a pulled page that does not fit stores neither its rows nor its cursor', async () => {
    const name = uniqueDbName();
    await new SandyqDb(name, { env: testEnv() }).open().then((created) => created.close());
    const db = new SandyqDb(name, { env: testEnv() });
    failWrites(db, '$syncState', quota);
    const stamp = formatStamp({ millis: Date.UTC(2026, 8, 1), counter: 0, node: '00000000000000bb' });
    const row = { table: 'pupils' as const, id: 'p1', schoolId: SCHOOL_ID, fields: pupilData(), clocks: { name: stamp } };

    expect((await rejection(applyRemoteChanges(db, [row], { cursor: 'v1:7' }))).reason).toBe('quotaExceeded');
    db.close();
    const after = new SandyqDb(db.name, { env: testEnv() });
    expect(await after.rows('pupils').count()).toBe(0);
    expect(await after.$syncState.get('pullCursor')).toBeUndefined();
    after.close();
  });
});

describe('database lifecycle failures', () => {
  it('an older build meeting a newer database fails to open with versionTooNew and leaves it untouched', async () => {
    const name = uniqueDbName();
    const newer = await rawOpen(name, 1000);
    newer.close();

    const error = await rejection(openSandyqDb(name, { env: testEnv() }));
    expect(error.reason).toBe('versionTooNew');
    expect(reasons()).toEqual(['versionTooNew']);
    const check = await rawOpen(name);
    expect(check.version).toBe(1000);
    check.close();
  });

  it('an upgrade blocked by an older tab reports upgradeBlocked, then completes and resolves it once that tab closes', async () => {
    const name = uniqueDbName();
    const oldTab = new Dexie(name);
    oldTab.version(1).stores(DB_VERSIONS[0]!.stores);
    oldTab.on('versionchange', () => false); // an old build that does not let go
    await oldTab.open();

    const opening = openSandyqDb(name, { env: testEnv() });
    await vi.waitFor(() => expect(reasons()).toContain<StorageErrorReason>('upgradeBlocked'));
    oldTab.close();

    const db = await opening;
    expect(db.verno).toBe(LATEST_DB_VERSION);
    expect(resolved).toEqual(['upgradeBlocked']);
    expect(latestStorageError()).toBeUndefined();
    db.close();
  });

  it('when a newer tab upgrades, this tab closes at once (not blocking it), reports versionTooNew, and later writes fail with it', async () => {
    const name = uniqueDbName();
    const db = await openSandyqDb(name, { env: testEnv() });

    const newerTab = await rawOpen(name, (LATEST_DB_VERSION + 1) * 10);

    expect(reasons()).toEqual(['versionTooNew']);
    expect(db.isOpen()).toBe(false);
    expect((await rejection(createRecord(db, TEACHER, 'pupils', pupilData()))).reason).toBe('versionTooNew');
    newerTab.close();
  });

  it('when the database is deleted under the app, it reports databaseDeleted and later writes fail with it', async () => {
    const name = uniqueDbName();
    const db = await openSandyqDb(name, { env: testEnv() });
    await createRecord(db, TEACHER, 'pupils', pupilData());

    await requestDone(indexedDB.deleteDatabase(name));

    expect(reasons()).toEqual(['databaseDeleted']);
    expect((await rejection(createRecord(db, TEACHER, 'pupils', pupilData()))).reason).toBe('databaseDeleted');
  });

  it('when the browser closes the connection itself (site data cleared), it reports databaseDeleted', async () => {
    const db = await openSandyqDb(uniqueDbName(), { env: testEnv() });
    // fake-indexeddb types its parameter as the class, though it takes the connection.
    forceCloseDatabase(db.backendDB() as never);
    await vi.waitFor(() => expect(reasons()).toEqual(['databaseDeleted']));
    expect((await rejection(createRecord(db, TEACHER, 'pupils', pupilData()))).reason).toBe('databaseDeleted');
  });

  it('storage that refuses to open (private mode, disabled) is unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const error = await rejection(openSandyqDb(uniqueDbName(), { indexedDB: refusing, env: testEnv() }));
    expect(error.reason).toBe('unavailable');
    expect(reasons()).toEqual(['unavailable']);
  });

  it('an app that closes its own database reports nothing', async () => {
    const db = await openSandyqDb(uniqueDbName(), { env: testEnv() });
    db.close();
    expect(reported).toEqual([]);
  });
});

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawOpen(name: string, version?: number): Promise<IDBDatabase> {
  return requestDone(version === undefined ? indexedDB.open(name) : indexedDB.open(name, version));
}
