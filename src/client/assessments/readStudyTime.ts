/**
 * Each pupil's self-study time by day, for a class set's teacher: the time spent on items
 * (each answer's `timeSpentMs`, capped at three hours where it is written, so a laptop left
 * open does not count), summed per school-time-zone day over the last `days` days. Only work
 * that has synced is seen; a pupil offline for a week appears when their laptop syncs.
 */
import { addDays, isoDate, type IsoDate } from '@/domain/dates';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export interface StudyTime {
  readonly days: readonly IsoDate[];
  readonly pupils: ReadonlyArray<{ readonly pupil: RowOf<'pupils'>; readonly minutes: readonly number[] }>;
}

export async function readStudyTime(db: SandyqDb, classSetId: string, today: IsoDate, days = 7): Promise<StudyTime> {
  const dates = Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
  const pupils = (await liveRows(db, 'pupils').where('classSetId', classSetId)).filter((p) => p.status === 'active');
  const answers = await liveRows(db, 'answers').whereAnyOf(
    'pupilId',
    pupils.map((p) => p.id),
  );
  const ms = new Map<string, number>();
  for (const a of answers) {
    const key = `${a.pupilId}\u0000${isoDate(a.answeredAt)}`;
    ms.set(key, (ms.get(key) ?? 0) + a.timeSpentMs);
  }
  return {
    days: dates,
    pupils: pupils
      .map((pupil) => ({ pupil, minutes: dates.map((d) => Math.round((ms.get(`${pupil.id}\u0000${d}`) ?? 0) / 60_000)) }))
      .sort((a, b) => `${a.pupil.surname} ${a.pupil.name}`.localeCompare(`${b.pupil.surname} ${b.pupil.name}`, 'kk')),
  };
}
