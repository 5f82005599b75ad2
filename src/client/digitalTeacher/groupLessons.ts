/**
 * A Digital teacher group's lesson and its attendance, held remotely outside school hours.
 * The lesson is an ordinary lesson session whose audience is the group (`groupId`, which
 * lesson sessions already carry), so the register, the journal's attendance and the
 * pupil's own attendance count it like any lesson; each mark carries the pupil's class set
 * on the day, as every mark does. The session's id is derived from the group, date and
 * period, so the digital teacher and the assistant (who "ensures timely connection")
 * recording the same lesson offline write one lesson and one mark per pupil.
 */
import type { AttendanceStatus } from '@/domain/attendance';
import { LessonMode } from '@/domain/entities/lessonMode';
import { LessonStatus } from '@/domain/entities/lessonSession';
import { derivedId } from '@/domain/ids';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord } from '../db/writeRecord';
import { attendanceMarkId } from '../attendance/markId';
import { ProgrammeRuleCode, refuse } from './programmeRefusal';

export interface GroupLessonInput {
  readonly date: string;
  /** The lesson's number that day; programme lessons are after school hours, so often 7 or later. */
  readonly period: number;
  readonly topic?: string | undefined;
  readonly topicId?: string | undefined;
}

export interface GroupAttendance {
  readonly pupilId: string;
  readonly status: AttendanceStatus;
}

export function groupLessonIdOf(groupId: string, date: string, period: number): string {
  return derivedId('digitalTeacherLesson', groupId, date, String(period));
}

export function recordGroupLesson(
  db: SandyqDb,
  author: Author,
  groupId: string,
  lesson: GroupLessonInput,
  attendance: readonly GroupAttendance[],
): Promise<string> {
  return writeTogether(db, ['groups', 'pupils', 'enrolments', 'lessonSessions', 'attendanceMarks'], async () => {
    const group = (await liveRows(db, 'groups').get(groupId)) ?? refuse(ProgrammeRuleCode.groupNotFound);
    const strangers = attendance.filter((a) => !(group.pupilIds as readonly string[]).includes(a.pupilId)).map((a) => a.pupilId);
    if (strangers.length > 0) refuse(ProgrammeRuleCode.notInGroup, strangers);
    const topic = lesson.topic?.trim();
    const sessionId = await createRecord(
      db,
      author,
      'lessonSessions',
      {
        groupId,
        date: lesson.date,
        period: lesson.period,
        subjectId: group.subjectId ?? '',
        teacherId: group.teacherId,
        ...(group.assistantId ? { assistantId: group.assistantId } : {}),
        // A remote teacher with an assistant beside the pupils: the hub model's shape.
        mode: LessonMode.fromHub,
        status: LessonStatus.held,
        ...(topic ? { topic } : {}),
        ...(lesson.topicId ? { topicId: lesson.topicId } : {}),
      },
      { id: groupLessonIdOf(groupId, lesson.date, lesson.period) },
    );
    const [pupils, enrolments] = await Promise.all([
      liveRows(db, 'pupils').bulkGet(attendance.map((a) => a.pupilId)),
      liveRows(db, 'enrolments').whereAnyOf(
        'pupilId',
        attendance.map((a) => a.pupilId),
      ),
    ]);
    for (const a of attendance) {
      const onDay = enrolments.find((e) => e.pupilId === a.pupilId && e.from <= lesson.date && (e.to === undefined || lesson.date <= e.to));
      const classSetId = onDay?.classSetId ?? pupils.find((p) => p.id === a.pupilId)?.classSetId ?? '';
      await createRecord(
        db,
        author,
        'attendanceMarks',
        { sessionId, pupilId: a.pupilId, classSetId, date: lesson.date, status: a.status },
        { id: attendanceMarkId(sessionId, a.pupilId) },
      );
    }
    return sessionId;
  });
}
