// Tombstones are left out in one place: `liveRows`. These tests show it hides a deleted
// row from every kind of read, and that no read elsewhere filters `deleted` by hand.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { liveRows } from '@/client/db/queries/liveRows';
import { readPupils } from '@/client/db/queries/setupQueries';
import { createRecord, deleteRecord } from '@/client/db/writeRecord';
import { TEACHER, SCHOOL_ID, makeDb, pupilData } from './testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function twoPupilsOneDeleted() {
  const db = makeDb();
  opened.push(db);
  const kept = await createRecord(db, TEACHER, 'pupils', pupilData({ name: 'Айару' }));
  const gone = await createRecord(db, TEACHER, 'pupils', pupilData({ name: 'Нұрлан' }));
  await deleteRecord(db, TEACHER, 'pupils', gone);
  return { db, kept, gone };
}

describe('liveRows: the one place tombstones are left out', () => {
  it('hides a deleted row from where, whereAnyOf, get and bulkGet', async () => {
    const { db, kept, gone } = await twoPupilsOneDeleted();
    const pupils = liveRows(db, 'pupils');
    expect((await pupils.where('schoolId', SCHOOL_ID)).map((p) => p.id)).toEqual([kept]);
    expect((await pupils.whereAnyOf('classSetId', ['class-5', 'class-6'])).map((p) => p.id)).toEqual([kept]);
    expect(await pupils.get(gone)).toBeUndefined();
    expect((await pupils.get(kept))?.name).toBe('Айару');
    expect((await pupils.bulkGet([gone, kept, kept, 'nobody'])).map((p) => p.id)).toEqual([kept]);
    expect(await pupils.whereAnyOf('classSetId', [])).toEqual([]);
  });

  it('a query built on it shows the tombstone only to a caller who asks (the CSV import reviving a pupil)', async () => {
    const { db, kept, gone } = await twoPupilsOneDeleted();
    expect((await readPupils(db, SCHOOL_ID)).map((p) => p.id)).toEqual([kept]);
    expect((await readPupils(db, SCHOOL_ID, { includeDeleted: true })).map((p) => p.id).sort()).toEqual([kept, gone].sort());
  });
});

/** Files that read `deleted` for a reason other than hiding a tombstone, with the reason. */
const READS_TOMBSTONES_ON_PURPOSE: Record<string, string> = {
  'src/client/db/queries/liveRows.ts': 'the one filter',
  'src/client/setup/lessonChanges.ts': 'a one-off change revives a removed lesson under its id',
  'src/client/csv/planPupilImport.ts': 'a re-import revives a deleted pupil under their id',
  'src/client/csv/readPupilRow.ts': 'a deleted class set is never matched by name',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no read filters tombstones by hand', () => {
  it('only liveRows and the files listed with their reason compare `deleted` in src/client and src/ui', () => {
    const readers = [...sourceFiles('src/client'), ...sourceFiles('src/ui')].filter(
      // The write and merge paths set and merge `deleted`; they are not reads.
      (file) => !file.startsWith('src/client/db/') || file.startsWith('src/client/db/queries/'),
    );
    const byHand = readers.filter((file) => /\bdeleted\s*[!=]==|\.deleted\b/.test(readFileSync(file, 'utf8')));
    expect(byHand.filter((file) => !(file in READS_TOMBSTONES_ON_PURPOSE))).toEqual([]);
  });
});
