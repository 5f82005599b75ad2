import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { onLocalChange } from '@/client/db/localChangeEvents';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { createRecord } from '@/client/db/writeRecord';
import { formatStamp } from '@/domain/hlc';
import { SCHOOL_ID, TEACHER, makeDb, pupilData, uniqueDbName } from './testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

describe('local change announcements (the push soon after a write)', () => {
  it('a committed local write is announced; a row stored by sync is not', async () => {
    const db = makeDb(uniqueDbName());
    opened.push(db);
    let heard = 0;
    const stop = onLocalChange(db.name, () => (heard += 1));
    await createRecord(db, TEACHER, 'pupils', pupilData());
    expect(heard).toBe(1);
    const stamp = formatStamp({ millis: Date.UTC(2026, 8, 1), counter: 0, node: '00000000000000dd' });
    await applyRemoteChanges(db, [
      {
        table: 'pupils',
        id: 'remote',
        schoolId: SCHOOL_ID,
        fields: pupilData(),
        clocks: Object.fromEntries(Object.keys(pupilData()).map((f) => [f, stamp])),
      },
    ]);
    expect(heard).toBe(1);
    stop();
    await createRecord(db, TEACHER, 'pupils', pupilData({ name: 'Басқа' }));
    expect(heard).toBe(1);
  });

  it('a write whose transaction rolls back is not announced', async () => {
    const db = makeDb(uniqueDbName());
    opened.push(db);
    let heard = 0;
    onLocalChange(db.name, () => (heard += 1));
    await expect(
      db.transaction('rw', [db.records('pupils'), db.$outbox, db.$syncState], async () => {
        await createRecord(db, TEACHER, 'pupils', pupilData());
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(heard).toBe(0);
  });
});
