/**
 * The rows an attendance report is built from, read by the indexes made for it: the class
 * sets' enrolments and pupils, their lesson sessions over the range (`[classSetId+date]`)
 * and the marks on them (`[classSetId+date]`, copied onto every mark so no join is needed).
 * For one pupil's report, also their groups' lessons and every mark of theirs in the range
 * (`[pupilId+date]`). Tombstoned rows are passed on: `indexAttendance` ignores them.
 */
import type { DateRange } from '@/domain/reports/reportPeriod';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';
import { readClassSetRolls } from './readRolls';

export interface AttendanceRows {
  readonly pupils: readonly RowOf<'pupils'>[];
  readonly enrolments: readonly RowOf<'enrolments'>[];
  readonly sessions: readonly RowOf<'lessonSessions'>[];
  readonly marks: readonly RowOf<'attendanceMarks'>[];
  readonly groups: readonly RowOf<'groups'>[];
}

function between(classSetId: string, range: DateRange): [[string, string], [string, string]] {
  return [
    [classSetId, range.from],
    [classSetId, range.to],
  ];
}

/** Everything the reports of these class sets over `range` need. */
export async function readClassSetAttendance(db: SandyqDb, classSetIds: readonly string[], range: DateRange): Promise<AttendanceRows> {
  const [roll, sessions, marks] = await Promise.all([
    readClassSetRolls(db, classSetIds),
    Promise.all(
      classSetIds.map((id) =>
        db
          .rows('lessonSessions')
          .where('[classSetId+date]')
          .between(...between(id, range), true, true)
          .toArray(),
      ),
    ),
    Promise.all(
      classSetIds.map((id) =>
        db
          .rows('attendanceMarks')
          .where('[classSetId+date]')
          .between(...between(id, range), true, true)
          .toArray(),
      ),
    ),
  ]);
  return { ...roll, sessions: sessions.flat(), marks: marks.flat(), groups: [] };
}

/** Everything one pupil's report over `range` needs: all their class sets and groups. */
export async function readPupilAttendance(db: SandyqDb, pupilId: string, range: DateRange): Promise<AttendanceRows> {
  const [pupil, enrolments, groups, marks] = await Promise.all([
    db.rows('pupils').get(pupilId),
    db.rows('enrolments').where('pupilId').equals(pupilId).toArray(),
    liveRows(db, 'groups').where('pupilIds', pupilId),
    db
      .rows('attendanceMarks')
      .where('[pupilId+date]')
      .between(...between(pupilId, range), true, true)
      .toArray(),
  ]);
  const classSetIds = [...new Set(enrolments.map((e) => e.classSetId))];
  const [classSetSessions, groupSessions] = await Promise.all([
    Promise.all(
      classSetIds.map((id) =>
        db
          .rows('lessonSessions')
          .where('[classSetId+date]')
          .between(...between(id, range), true, true)
          .toArray(),
      ),
    ),
    Promise.all(
      groups.map((g) =>
        db
          .rows('lessonSessions')
          .where('[groupId+date]')
          .between(...between(g.id, range), true, true)
          .toArray(),
      ),
    ),
  ]);
  return {
    pupils: pupil ? [pupil] : [],
    enrolments,
    sessions: [...classSetSessions.flat(), ...groupSessions.flat()],
    marks,
    groups,
  };
}
