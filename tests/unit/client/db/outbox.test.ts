import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { acknowledgeOutbox, countPending, pendingUserIds, readOutbox } from '@/client/db/outbox';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { ASSISTANT, TEACHER, makeDb, pupilData } from './testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

/** Five writes, alternating authors: seq 1, 3, 5 by the teacher; 2, 4 by the assistant. */
async function sharedLaptop(): Promise<SandyqDb> {
  const d = makeDb();
  opened.push(d);
  const id = await createRecord(d, TEACHER, 'pupils', pupilData());
  await updateRecord(d, ASSISTANT, 'pupils', id, { name: 'Б' });
  await updateRecord(d, TEACHER, 'pupils', id, { name: 'В' });
  await updateRecord(d, ASSISTANT, 'pupils', id, { name: 'Г' });
  await updateRecord(d, TEACHER, 'pupils', id, { name: 'Д' });
  return d;
}

describe('outbox (rules S1, S5)', () => {
  it('counts pending changes of the device and of each user', async () => {
    const d = await sharedLaptop();
    expect(await countPending(d)).toBe(5);
    expect(await countPending(d, TEACHER.userId)).toBe(3);
    expect(await countPending(d, ASSISTANT.userId)).toBe(2);
    expect(await countPending(d, 'nobody')).toBe(0);
  });

  it("S1: reads one user's entries oldest first, up to the limit", async () => {
    const d = await sharedLaptop();
    expect((await readOutbox(d, TEACHER.userId, 2)).map((e) => e.seq)).toEqual([1, 3]);
    expect((await readOutbox(d, ASSISTANT.userId, 10)).map((e) => e.seq)).toEqual([2, 4]);
  });

  it('lists the users who have changes waiting', async () => {
    const d = await sharedLaptop();
    expect((await pendingUserIds(d)).sort()).toEqual([ASSISTANT.userId, TEACHER.userId].sort());
  });

  it("S5: an acknowledgement removes only that user's entries up to its seq", async () => {
    const d = await sharedLaptop();
    expect(await acknowledgeOutbox(d, TEACHER.userId, 3)).toBe(2);
    expect((await d.$outbox.toArray()).map((e) => e.seq)).toEqual([2, 4, 5]);
    expect(await acknowledgeOutbox(d, TEACHER.userId, 3)).toBe(0);
  });

  it('seq keeps increasing after entries are acknowledged: a seq is never reused', async () => {
    const d = await sharedLaptop();
    await acknowledgeOutbox(d, TEACHER.userId, 5);
    await acknowledgeOutbox(d, ASSISTANT.userId, 5);
    await createRecord(d, TEACHER, 'pupils', pupilData());
    expect((await readOutbox(d, TEACHER.userId, 10)).map((e) => e.seq)).toEqual([6]);
  });
});
