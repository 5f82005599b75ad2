/**
 * A lesson observation on the laptop: the observer records and shares it, the observed
 * teacher answers; anyone else's write is refused at once with nothing stored, and a
 * teacher sees another's draft of their lesson only once it is shared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { answerObservation, recordObservation, updateObservation } from '@/client/observations/observationWrites';
import { readObservations } from '@/client/observations/readObservations';
import { makeDb, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const HEAD = 'staff-head';
const OBSERVED = 'staff-teacher';
const OTHER = 'staff-other';

async function observed(status: 'draft' | 'shared' = 'draft') {
  const db = makeDb();
  opened.push(db);
  const id = await recordObservation(
    db,
    TEACHER,
    { staffId: HEAD },
    {
      teacherId: OBSERVED,
      observerId: HEAD,
      date: '2026-11-24',
      lessonPlanId: 'plan-1',
      criteria: [{ text: 'Жай бөлшектерді салыстырады', met: 'partly' }],
      notes: 'Онлайн бөлім жақсы өтті.',
      status,
    },
  );
  return { db, id };
}

describe('a lesson observation on the laptop', () => {
  it('the observer shares it; the observed teacher then sees it and answers', async () => {
    const { db, id } = await observed();
    expect(await readObservations(db, OBSERVED)).toEqual([]);
    // A draft is the observer's alone: not answered before it is shared.
    await expect(answerObservation(db, TEACHER, { staffId: OBSERVED }, id, 'Ерте')).rejects.toBeInstanceOf(RecordWriteError);
    expect((await readObservations(db, HEAD)).map((v) => [v.observation.id, v.isObserver])).toEqual([[id, true]]);
    await updateObservation(db, TEACHER, { staffId: HEAD }, id, { status: 'shared' });
    await answerObservation(db, TEACHER, { staffId: OBSERVED }, id, 'Келісемін, бекітуді ұзартамын.');
    const [seen] = await readObservations(db, OBSERVED, 'plan-1');
    expect(seen?.observation).toMatchObject({ status: 'shared', teacherAnswer: 'Келісемін, бекітуді ұзартамын.' });
    expect(seen?.isObserver).toBe(false);
  });

  it('refuses an answer by the observer, a change by the observed teacher, and both by anyone else', async () => {
    const { db, id } = await observed('shared');
    const before = await db.rows('lessonObservations').get(id);
    await expect(answerObservation(db, TEACHER, { staffId: HEAD }, id, 'Өзім жауап берем')).rejects.toBeInstanceOf(RecordWriteError);
    await expect(updateObservation(db, TEACHER, { staffId: OBSERVED }, id, { notes: 'Басқаша жазайын' })).rejects.toBeInstanceOf(RecordWriteError);
    await expect(answerObservation(db, TEACHER, { staffId: OTHER }, id, 'Бөгде')).rejects.toBeInstanceOf(RecordWriteError);
    await expect(updateObservation(db, TEACHER, {}, id, { notes: 'Жазбасыз' })).rejects.toBeInstanceOf(RecordWriteError);
    expect(await db.rows('lessonObservations').get(id)).toEqual(before);
  });

  it('refuses recording an observation in someone else’s name, or of one’s own lesson', async () => {
    const db = makeDb();
    opened.push(db);
    const base = { teacherId: OBSERVED, date: '2026-11-24', criteria: [], status: 'shared' as const };
    await expect(recordObservation(db, TEACHER, { staffId: OTHER }, { ...base, observerId: HEAD })).rejects.toBeInstanceOf(RecordWriteError);
    await expect(recordObservation(db, TEACHER, { staffId: OBSERVED }, { ...base, observerId: OBSERVED })).rejects.toBeInstanceOf(RecordWriteError);
    expect(await db.rows('lessonObservations').count()).toBe(0);
  });
});
