/**
 * One Digital teacher group's page: its pupils with their lagging topics in the group's
 * subject (and suggestions from class mastery), their checkpoints and growth, the group's
 * lessons with each pupil's attendance, and the subject's topics for the grade to choose from.
 */
import { AttendanceStatus } from '@/domain/attendance';
import { pupilGrowth, type PupilGrowth } from '@/domain/digitalTeacher/growth';
import type { TopicSuggestion } from '@/domain/digitalTeacher/laggingTopics';
import type { GroupCheck } from '@/domain/digitalTeacher/groupFormation';
import type { SandyqDb } from '../db/db';
import { isLive, liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { readLagSuggestions } from './lagSuggestions';
import { loadProgrammeSources } from './programmeSources';
import { groupCheckOf } from './readProgramme';

type LaggingTopic = RowOf<'welfareRecords'>['laggingTopics'][number];
type Checkpoint = RowOf<'welfareRecords'>['checkpoints'][number];

export interface GroupPagePupil {
  readonly pupil: RowOf<'pupils'>;
  /** The pupil's lagging topics in the group's subject, with their place in the record's list (to close one). */
  readonly laggingTopics: readonly (LaggingTopic & { readonly index: number })[];
  readonly suggestions: readonly TopicSuggestion[];
  readonly checkpoints: readonly Checkpoint[];
  readonly growth: PupilGrowth;
}

export interface GroupPageLesson {
  readonly session: RowOf<'lessonSessions'>;
  /** Pupil → status; absent where no mark was taken. */
  readonly marks: ReadonlyMap<string, AttendanceStatus>;
  readonly present: number;
}

export interface GroupPage {
  readonly group: RowOf<'groups'>;
  readonly check: GroupCheck;
  readonly subject: RowOf<'subjects'> | undefined;
  readonly teacher: RowOf<'staff'> | undefined;
  readonly assistant: RowOf<'staff'> | undefined;
  readonly pupils: readonly GroupPagePupil[];
  /** Newest first. */
  readonly lessons: readonly GroupPageLesson[];
  readonly topics: ReadonlyMap<string, RowOf<'topics'>>;
}

export async function readGroupPage(db: SandyqDb, schoolId: string, groupId: string, today: string): Promise<GroupPage | null> {
  const sources = await loadProgrammeSources(db, schoolId);
  const group = sources.groups.find((g) => g.id === groupId);
  if (!group) return null;
  const subjectId = group.subjectId ?? '';
  const members = group.pupilIds.flatMap((id) => {
    const pupil = sources.pupilById.get(id);
    return pupil ? [{ pupil, record: sources.recordOf.get(id) }] : [];
  });
  const [staff, topics, sessions, suggestions] = await Promise.all([
    liveRows(db, 'staff').bulkGet([group.teacherId, ...(group.assistantId ? [group.assistantId] : [])]),
    liveRows(db, 'topics').where('[subjectId+grade]', [subjectId, group.grade]),
    db.rows('lessonSessions').where('[groupId+date]').between([groupId, ''], [groupId, '\uffff'], true, true).toArray(),
    readLagSuggestions(db, subjectId, members, today),
  ]);
  // Suggested topics come from the pupils' class sets' mastery, which may name another grade's topics (a combined class).
  const known = new Set(topics.map((t) => t.id as string));
  const suggested = [...new Set([...suggestions.values()].flatMap((list) => list.map((s) => s.topicId)))].filter((id) => !known.has(id));
  const moreTopics = await liveRows(db, 'topics').bulkGet(suggested);
  const held = sessions.filter(isLive);
  const marks = await liveRows(db, 'attendanceMarks').whereAnyOf(
    'sessionId',
    held.map((s) => s.id),
  );
  const lessons = held
    .map((session) => {
      const own = marks.filter((m) => m.sessionId === session.id);
      return {
        session,
        marks: new Map(own.map((m) => [m.pupilId as string, m.status])),
        present: own.filter((m) => m.status === AttendanceStatus.present || m.status === AttendanceStatus.late).length,
      };
    })
    .sort((a, b) => b.session.date.localeCompare(a.session.date) || b.session.period - a.session.period);
  return {
    group,
    check: groupCheckOf(sources, group),
    subject: sources.subjects.find((s) => s.id === subjectId),
    teacher: staff.find((s) => s.id === group.teacherId),
    assistant: staff.find((s) => s.id === group.assistantId),
    pupils: members
      .map(({ pupil, record }) => ({
        pupil,
        laggingTopics: (record?.laggingTopics ?? []).map((t, index) => ({ ...t, index })).filter((t) => t.subjectId === subjectId),
        suggestions: suggestions.get(pupil.id) ?? [],
        checkpoints: (record?.checkpoints ?? []).filter((c) => c.subjectId === subjectId).sort((a, b) => a.date.localeCompare(b.date)),
        growth: pupilGrowth({ pupilId: pupil.id, checkpoints: record?.checkpoints ?? [] }, subjectId),
      }))
      .sort((a, b) => a.pupil.surname.localeCompare(b.pupil.surname, 'kk') || a.pupil.name.localeCompare(b.pupil.name, 'kk')),
    lessons,
    topics: new Map([...topics, ...moreTopics].map((t) => [t.id as string, t])),
  };
}
