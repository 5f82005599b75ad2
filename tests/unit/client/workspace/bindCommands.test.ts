// A feature's commands, bound to a person's workspace, write as that person: the row and its
// outbox entry carry their author, and a screen passes only the command's own input.
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { readOutbox } from '@/client/db/outbox';
import { setupCommands } from '@/client/setup/setupCommands';
import { bindCommands } from '@/client/workspace/useCommands';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { TEACHER, makeDb } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const HEAD = { userId: 'user-head', schoolId: TEACHER.schoolId };

describe('bindCommands', () => {
  it('runs each command on the workspace database as its author, with only the input given', async () => {
    const db = makeDb();
    opened.push(db);
    const setup = bindCommands({ db, author: HEAD }, setupCommands);
    const staffId = await setup.addStaff({ surname: 'Омарова', name: 'Гүлнар', roles: ['teacher'] });
    expect((await db.rows('staff').get(staffId))?.surname).toBe('Омарова');
    const pending = await readOutbox(db, HEAD.userId, 10);
    expect(pending.map((p) => [p.table, p.id])).toEqual([['staff', staffId]]);
    expect(await readOutbox(db, TEACHER.userId, 10)).toEqual([]);
  });

  it('a refused command stores nothing and throws for the form to show', async () => {
    const db = makeDb();
    opened.push(db);
    const setup = bindCommands({ db, author: HEAD }, setupCommands);
    await expect(setup.addStaff({ surname: '', name: '', roles: [] })).rejects.toBeInstanceOf(RecordWriteError);
    expect(await db.rows('staff').count()).toBe(0);
    expect(await readOutbox(db, HEAD.userId, 10)).toEqual([]);
  });
});
