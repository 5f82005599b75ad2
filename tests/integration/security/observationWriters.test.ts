/**
 * A lesson observation's fields have writers of their own (`src/sync/fieldWriters.ts`),
 * kept by the server whatever a device sends: the head who observed writes the
 * observation, the observed teacher only the answer; each other write comes back as a
 * `forbidden` rejection and stores nothing. A pupil never pulls an observation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectionReason } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { openSecurityFixture, type SecurityFixture } from './securityFixture';

describe('lesson observation writers on the server', () => {
  let f: SecurityFixture;
  const id = randomUUID();
  beforeAll(async () => {
    f = await openSecurityFixture(TEST_DATABASES[0]!);
  });
  afterAll(async () => {
    await f.close();
  });

  const stored = async () =>
    (
      await f.server.database!.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE tbl = 'lessonObservations' AND id = $1", [id])
    )[0]?.data;
  const send = async (actor: 'head' | 'teacher', fields: Record<string, unknown>) => {
    const m = f.mutation(actor, { table: 'lessonObservations', id, schoolId: f.schoolId, fields });
    const answer = await f.sync(actor, [m]);
    expect(answer.status).toBe(200);
    return answer.header!.rejected.map((r) => r.reason);
  };

  it('the observer records, the observed teacher answers, and neither writes the other’s part', async () => {
    const observation = {
      teacherId: f.accounts.teacher.staffId,
      observerId: f.accounts.head.staffId,
      date: '2026-11-24',
      criteria: [{ text: 'Жай бөлшектерді салыстырады', met: 'yes' }],
      notes: 'Жақсы сабақ.',
      status: 'shared',
    };
    // In the head's name, from the teacher's laptop: refused.
    expect(await send('teacher', observation)).toEqual([RejectionReason.forbidden]);
    expect(await stored()).toBeUndefined();
    expect(await send('head', observation)).toEqual([]);
    expect(await stored()).toMatchObject({ notes: 'Жақсы сабақ.' });

    expect(await send('head', { teacherAnswer: 'Мұғалімнің орнына' })).toEqual([RejectionReason.forbidden]);
    expect(await send('teacher', { notes: 'Өзгертілген' })).toEqual([RejectionReason.forbidden]);
    // Making oneself the observer does not make the write one's own: the stored row decides.
    expect(await send('teacher', { observerId: f.accounts.teacher.staffId, notes: 'Өзгертілген' })).toEqual([RejectionReason.forbidden]);
    expect(await stored()).toMatchObject({ observerId: f.accounts.head.staffId, notes: 'Жақсы сабақ.' });
    expect((await stored())?.teacherAnswer).toBeUndefined();

    expect(await send('teacher', { teacherAnswer: 'Келісемін.' })).toEqual([]);
    expect(await stored()).toMatchObject({ teacherAnswer: 'Келісемін.', notes: 'Жақсы сабақ.' });
  });

  it('a draft is the observer’s alone: the observed teacher answers only once it is shared', async () => {
    const draftId = randomUUID();
    const sendDraft = async (actor: 'head' | 'teacher', fields: Record<string, unknown>) => {
      const answer = await f.sync(actor, [f.mutation(actor, { table: 'lessonObservations', id: draftId, schoolId: f.schoolId, fields })]);
      return answer.header!.rejected.map((r) => r.reason);
    };
    const draft = { teacherId: f.accounts.teacher.staffId, observerId: f.accounts.head.staffId, date: '2026-11-25', criteria: [], status: 'draft' };
    expect(await sendDraft('head', draft)).toEqual([]);
    expect(await sendDraft('teacher', { teacherAnswer: 'Ерте жауап' })).toEqual([RejectionReason.forbidden]);
    expect(await sendDraft('head', { status: 'shared' })).toEqual([]);
    expect(await sendDraft('teacher', { teacherAnswer: 'Енді жауап' })).toEqual([]);
  });

  it('never reaches a pupil’s laptop', async () => {
    expect((await f.pullAll('pupil')).filter((r) => r.table === 'lessonObservations')).toEqual([]);
    expect((await f.pullAll('teacher')).filter((r) => r.table === 'lessonObservations').length).toBe(2);
  });
});
