import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { readStudyTime } from '@/client/assessments/readStudyTime';
import type { TableName } from '@/domain/tables';
import { remoteRow } from '../db/remoteRow';
import { makeDb } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const row = (table: TableName, id: string, fields: Record<string, unknown>) => remoteRow(table, id, fields);
const answer = (id: string, pupilId: string, answeredAt: number, timeSpentMs: number) =>
  row('answers', id, {
    attemptId: 'a',
    pupilId,
    itemId: 'i',
    assessmentId: 's',
    response: { kind: 'number', value: 1 },
    maxPoints: 1,
    timeSpentMs,
    answeredAt,
  });

describe('readStudyTime', () => {
  it('sums each pupil’s time on items per day in Kazakhstan’s time zone, for the class set’s current pupils only', async () => {
    const db = makeDb();
    opened.push(db);
    await applyRemoteChanges(db, [
      row('pupils', 'p1', { surname: 'Ахмет', name: 'Дана', grade: 5, classSetId: 'c56', status: 'active' }),
      row('pupils', 'p2', { surname: 'Бек', name: 'Ерлан', grade: 6, classSetId: 'c56', status: 'active' }),
      row('pupils', 'p3', { surname: 'Сәрсен', name: 'Әли', grade: 7, classSetId: 'c78', status: 'active' }),
      // 23:30 UTC on 2 December is 04:30 on 3 December in Almaty.
      answer('x1', 'p1', Date.UTC(2026, 11, 2, 23, 30), 10 * 60_000),
      answer('x2', 'p1', Date.UTC(2026, 11, 3, 6), 5 * 60_000),
      answer('x3', 'p2', Date.UTC(2026, 11, 4, 6), 90_000),
      answer('x4', 'p3', Date.UTC(2026, 11, 4, 6), 60 * 60_000),
      answer('x5', 'p1', Date.UTC(2026, 10, 20, 6), 30 * 60_000),
    ]);
    const study = await readStudyTime(db, 'c56', '2026-12-04', 3);
    expect(study.days).toEqual(['2026-12-02', '2026-12-03', '2026-12-04']);
    expect(study.pupils.map((p) => [p.pupil.id, p.minutes])).toEqual([
      ['p1', [0, 15, 0]],
      ['p2', [0, 0, 2]],
    ]);
  });
});
