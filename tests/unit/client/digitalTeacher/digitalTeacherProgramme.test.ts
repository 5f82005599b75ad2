/**
 * The Digital teacher programme on one laptop: a pupil's entry (a third subject refused),
 * eligibility from the record and the gradebook, a group formed (a sixth pupil, mixed grades
 * and an unchosen subject refused, nothing stored), approved by the head only, lagging
 * topics suggested from class mastery, checkpoints and the growth report, and a group
 * lesson's attendance.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { liveRows } from '@/client/db/queries/liveRows';
import { digitalTeacherCommands as dt } from '@/client/digitalTeacher/digitalTeacherCommands';
import { groupLessonIdOf } from '@/client/digitalTeacher/groupLessons';
import { ProgrammeRefusal } from '@/client/digitalTeacher/programmeRefusal';
import { readGroupPage } from '@/client/digitalTeacher/readGroupPage';
import { readGrowthReport } from '@/client/digitalTeacher/readGrowthReport';
import { readProgramme } from '@/client/digitalTeacher/readProgramme';
import { welfareRecordIdOf } from '@/client/digitalTeacher/welfareRecordId';
import { Role } from '@/domain/roles';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';
import { ASSISTANT_ID, CLASS_911, GRADE_10, GRADE_7, GRADE_9, HEAD, SUBJECTS, TEACHER_ID, TODAY, seedProgrammeSchool } from './programmeSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function openSchool(): Promise<SandyqDb> {
  const db = makeDb();
  opened.push(db);
  await seedProgrammeSchool(db);
  return db;
}

const PHYS_ALG = [SUBJECTS.physics, SUBJECTS.algebra];
const enter = (db: SandyqDb, pupilId: string, subjectIds: readonly string[] = PHYS_ALG) =>
  dt.recordProgrammeEntry(db, TEACHER, pupilId, { lowIncome: true, applicationOn: '2026-09-15', subjectIds });

async function refusal(promise: Promise<unknown>): Promise<ProgrammeRefusal> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProgrammeRefusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const physicsGroup = (pupilIds: readonly string[], more = {}) => ({
  name: 'Физика 9',
  grade: 9,
  subjectId: SUBJECTS.physics,
  pupilIds,
  teacherId: TEACHER_ID,
  assistantId: ASSISTANT_ID,
  schedule: [
    { weekday: 2, startsAt: '15:00', minutes: 60 },
    { weekday: 4, startsAt: '15:00', minutes: 60 },
  ],
  ...more,
});

describe('a pupil’s programme entry and eligibility', () => {
  it('stores the application, low income and two subjects; refuses a third subject and stores nothing', async () => {
    const db = await openSchool();
    await enter(db, 'aru');
    const record = await liveRows(db, 'welfareRecords').get(welfareRecordIdOf('aru'));
    expect(record).toMatchObject({
      pupilId: 'aru',
      lowIncome: true,
      applicationOn: '2026-09-15',
      subjectIds: PHYS_ALG,
      laggingTopics: [],
      checkpoints: [],
    });

    const third = await refusal(enter(db, 'bolat', [SUBJECTS.physics, SUBJECTS.algebra, SUBJECTS.biology]));
    expect(third.reasons).toEqual([{ code: 'tooManySubjects', pupilIds: ['bolat'] }]);
    const art = await refusal(enter(db, 'bolat', [SUBJECTS.physics, SUBJECTS.art]));
    expect(art.reasons.map((r) => r.code)).toEqual(['notProgrammeSubject']);
    expect(await liveRows(db, 'welfareRecords').get(welfareRecordIdOf('bolat'))).toBeUndefined();

    // A second entry changes the subjects and keeps what the teacher recorded.
    await dt.recordCheckpoint(db, TEACHER, 'aru', { subjectId: SUBJECTS.physics, kind: 'start', date: '2026-09-20', score: 6, maxScore: 20 });
    await dt.recordProgrammeEntry(db, TEACHER, 'aru', { lowIncome: true, subjectIds: [SUBJECTS.physics, SUBJECTS.chemistry] });
    const again = await liveRows(db, 'welfareRecords').get(welfareRecordIdOf('aru'));
    expect(again?.subjectIds).toEqual([SUBJECTS.physics, SUBJECTS.chemistry]);
    expect(again?.applicationOn).toBeUndefined();
    expect(again?.checkpoints).toHaveLength(1);
  });

  it('shows eligibility from the record and the gradebook: grades 8-11 listed, low achievement from mastery', async () => {
    const db = await openSchool();
    await enter(db, 'aru');
    await enter(db, 'bolat');
    const programme = await readProgramme(db, SCHOOL_ID, TODAY);
    expect(programme.subjects.map((s) => s.id).sort()).toEqual(['alg', 'bio', 'chem', 'geo', 'hist', 'phys']);
    const ids = programme.pupils.map((p) => p.pupil.id);
    expect(ids).toContain(GRADE_10);
    expect(ids).not.toContain(GRADE_7);
    const of = (id: string) => programme.pupils.find((p) => p.pupil.id === id)!;
    // Ару: 12 of 20 points in physics = 60 %, below the 65 % mastered line.
    expect(of('aru').achievement).toEqual([{ subjectId: SUBJECTS.physics, termMark: undefined, masteryPercent: 60 }]);
    expect(of('aru').eligibility).toEqual({ eligible: true, reasons: [], lowSubjectIds: [SUBJECTS.physics] });
    expect(of('bolat').eligibility.reasons).toEqual(['notLowAchieving']);
    expect(of('dana').eligibility.reasons).toEqual(['notLowIncome', 'notLowAchieving', 'noApplication']);
  });
});

describe('forming and approving a group', () => {
  it('stores a group of four, names it in each pupil’s record, and the head approves it', async () => {
    const db = await openSchool();
    for (const id of GRADE_9) await enter(db, id);
    const four = GRADE_9.slice(0, 4);
    const groupId = await dt.saveGroup(db, TEACHER, physicsGroup(four));
    const group = await liveRows(db, 'groups').get(groupId);
    expect(group).toMatchObject({
      kind: 'digitalTeacher',
      grade: 9,
      subjectId: SUBJECTS.physics,
      pupilIds: four,
      teacherId: TEACHER_ID,
      assistantId: ASSISTANT_ID,
    });
    for (const id of four) expect((await liveRows(db, 'welfareRecords').get(welfareRecordIdOf(id)))?.groupIds).toEqual([groupId]);
    expect((await liveRows(db, 'welfareRecords').get(welfareRecordIdOf('zhan')))?.groupIds).toBeUndefined();

    let programme = await readProgramme(db, SCHOOL_ID, TODAY);
    expect(programme.groups[0]?.check).toEqual({ refusals: [], notReady: ['notApproved'], ready: false });

    const byTeacher = await refusal(dt.approveGroup(db, TEACHER, groupId, { staffId: TEACHER_ID, roles: [Role.teacher] }, TODAY));
    expect(byTeacher.reasons.map((r) => r.code)).toEqual(['approverNotHead']);
    await dt.approveGroup(db, TEACHER, groupId, { staffId: HEAD, roles: [Role.head] }, TODAY);
    programme = await readProgramme(db, SCHOOL_ID, TODAY);
    expect(programme.groups[0]?.check.ready).toBe(true);
    expect(programme.groups[0]?.group).toMatchObject({ approvedById: HEAD, approvedOn: TODAY });

    // Changing who is in the group withdraws the approval; a pupil who leaves loses the group from their record.
    await dt.saveGroup(db, TEACHER, physicsGroup(GRADE_9.slice(0, 3)), groupId);
    expect((await liveRows(db, 'groups').get(groupId))?.approvedById).toBeUndefined();
    expect((await liveRows(db, 'welfareRecords').get(welfareRecordIdOf('erlan')))?.groupIds).toEqual([]);
  });

  it('refuses a sixth pupil, mixed grades, a pupil who did not choose the subject or is not in the programme; stores nothing', async () => {
    const db = await openSchool();
    for (const id of GRADE_9) await enter(db, id);
    await enter(db, GRADE_10);
    const six = await refusal(dt.saveGroup(db, TEACHER, physicsGroup(GRADE_9)));
    expect(six.reasons).toEqual([{ code: 'tooManyPupils', pupilIds: [] }]);
    const mixed = await refusal(dt.saveGroup(db, TEACHER, physicsGroup(['aru', 'bolat', GRADE_10])));
    expect(mixed.reasons).toEqual([{ code: 'mixedGrades', pupilIds: [GRADE_10] }]);
    const notChosen = await refusal(dt.saveGroup(db, TEACHER, physicsGroup(['aru', 'bolat', 'dana'], { subjectId: SUBJECTS.biology })));
    expect(notChosen.reasons).toEqual([{ code: 'subjectNotChosen', pupilIds: ['aru', 'bolat', 'dana'] }]);
    const outside = await refusal(dt.saveGroup(db, TEACHER, physicsGroup(['aru', 'bolat', GRADE_7])));
    expect(outside.reasons).toEqual([{ code: 'notInProgramme', pupilIds: [GRADE_7] }]);
    expect(await liveRows(db, 'groups').where('schoolId', SCHOOL_ID)).toEqual([]);
  });

  it('stores a group of two as not ready, and the head cannot approve it until it has three', async () => {
    const db = await openSchool();
    for (const id of GRADE_9) await enter(db, id);
    const groupId = await dt.saveGroup(db, TEACHER, physicsGroup(['aru', 'bolat']));
    expect((await readProgramme(db, SCHOOL_ID, TODAY)).groups[0]?.check.notReady).toEqual(['tooFewPupils', 'notApproved']);
    const early = await refusal(dt.approveGroup(db, TEACHER, groupId, { staffId: HEAD, roles: [Role.head] }, TODAY));
    expect(early.reasons.map((r) => r.code)).toEqual(['groupNotComplete']);
  });
});

describe('the digital teacher’s records and the growth report', () => {
  async function groupOfFour(db: SandyqDb): Promise<string> {
    for (const id of GRADE_9) await enter(db, id);
    return dt.saveGroup(db, TEACHER, physicsGroup(GRADE_9.slice(0, 4)));
  }

  it('suggests Ару’s unmastered topic from class mastery and records it as lagging', async () => {
    const db = await openSchool();
    const groupId = await groupOfFour(db);
    let page = (await readGroupPage(db, SCHOOL_ID, groupId, TODAY))!;
    const aru = () => page.pupils.find((p) => p.pupil.id === 'aru')!;
    // "Forces" 3 of 10 = 30 %: not mastered; "Energy" 90 %: mastered, not suggested.
    expect(aru().suggestions).toEqual([{ topicId: 'forces', pupilPercent: 30, notMastered: 1, pupilsWithWork: 1 }]);
    expect(page.topics.get('forces')?.titles.kk).toBe('Күштер');
    // Болат has no work on it: the class's weak topic is suggested to him too.
    expect(page.pupils.find((p) => p.pupil.id === 'bolat')!.suggestions.map((s) => s.topicId)).toEqual(['forces']);

    await dt.addLaggingTopic(db, TEACHER, 'aru', { subjectId: SUBJECTS.physics, topicId: 'forces', recordedOn: TODAY });
    await dt.addLaggingTopic(db, TEACHER, 'aru', { subjectId: SUBJECTS.physics, topicId: 'forces', recordedOn: TODAY });
    page = (await readGroupPage(db, SCHOOL_ID, groupId, TODAY))!;
    expect(aru().laggingTopics).toEqual([{ subjectId: SUBJECTS.physics, topicId: 'forces', recordedOn: TODAY, index: 0 }]);
    expect(aru().suggestions).toEqual([]);
    await dt.closeLaggingTopic(db, TEACHER, 'aru', 0, '2026-12-10');
    page = (await readGroupPage(db, SCHOOL_ID, groupId, TODAY))!;
    expect(aru().laggingTopics[0]?.closedOn).toBe('2026-12-10');

    // Only in a subject the pupil chose.
    const biology = await refusal(dt.addLaggingTopic(db, TEACHER, 'aru', { subjectId: SUBJECTS.biology, recordedOn: TODAY }));
    expect(biology.reasons.map((r) => r.code)).toEqual(['notProgrammeSubject']);
  });

  it('reports each pupil’s, the group’s and the subject’s growth from the start, against hand-computed values', async () => {
    const db = await openSchool();
    const groupId = await groupOfFour(db);
    // [start, interim, end] of 20 points.
    const scores: Record<string, [number, number, number | undefined]> = {
      aru: [6, 9, 14],
      bolat: [8, 8, 11],
      dana: [10, 12, 9],
      erlan: [5, 7, undefined],
    };
    for (const [pupilId, [start, interim, end]] of Object.entries(scores)) {
      const cp = (kind: 'start' | 'interim' | 'end', date: string, score: number) =>
        dt.recordCheckpoint(db, TEACHER, pupilId, { subjectId: SUBJECTS.physics, kind, date, score, maxScore: 20 });
      await cp('start', '2026-09-20', start);
      await cp('interim', '2026-12-20', interim);
      if (end !== undefined) await cp('end', '2027-05-15', end);
    }
    const report = await readGrowthReport(db, SCHOOL_ID);
    // Ару 30 → 70: +40; Болат 40 → 55: +15; Дана 50 → 45: −5; Ерлан 25 → 35 (interim): +10.
    expect(report.pupils.map((p) => [p.pupil.id, p.startPercent, p.latestPercent, p.latestKind, p.growth])).toEqual([
      ['aru', 30, 70, 'end', 40],
      ['bolat', 40, 55, 'end', 15],
      ['dana', 50, 45, 'end', -5],
      ['erlan', 25, 35, 'interim', 10],
    ]);
    // (40 + 15 − 5 + 10) / 4 = 15.
    expect(report.groups).toEqual([expect.objectContaining({ meanGrowth: 15, pupilsWithGrowth: 4, pupilsWithout: 0 })]);
    expect(report.groups[0]?.group.id).toBe(groupId);
    // Physics over every programme pupil who chose it: Жан and Гүлнар have no checkpoints yet.
    expect(report.bySubject.find((s) => s.subject.id === SUBJECTS.physics)).toMatchObject({ meanGrowth: 15, pupilsWithGrowth: 4, pupilsWithout: 2 });
    expect(report.bySubject.find((s) => s.subject.id === SUBJECTS.biology)).toMatchObject({
      meanGrowth: undefined,
      pupilsWithGrowth: 0,
      pupilsWithout: 0,
    });
  });

  it('records a group lesson with attendance as a lesson of the group, one row however often it is saved', async () => {
    const db = await openSchool();
    const groupId = await groupOfFour(db);
    const attendance = [
      { pupilId: 'aru', status: 'present' as const },
      { pupilId: 'bolat', status: 'present' as const },
      { pupilId: 'dana', status: 'absent' as const },
      { pupilId: 'erlan', status: 'late' as const },
    ];
    const lesson = { date: TODAY, period: 8, topic: 'Күштер' };
    const sessionId = await dt.recordGroupLesson(db, TEACHER, groupId, lesson, attendance);
    await dt.recordGroupLesson(db, TEACHER, groupId, lesson, attendance);
    const session = await liveRows(db, 'lessonSessions').get(sessionId);
    expect(session).toMatchObject({
      groupId,
      subjectId: SUBJECTS.physics,
      teacherId: TEACHER_ID,
      assistantId: ASSISTANT_ID,
      status: 'held',
      topic: 'Күштер',
    });
    expect(session?.classSetId).toBeUndefined();
    const marks = await liveRows(db, 'attendanceMarks').where('sessionId', sessionId);
    expect(marks).toHaveLength(4);
    expect(new Set(marks.map((m) => m.classSetId))).toEqual(new Set([CLASS_911]));

    const page = (await readGroupPage(db, SCHOOL_ID, groupId, TODAY))!;
    expect(page.lessons).toHaveLength(1);
    expect(page.lessons[0]?.present).toBe(3);
    expect(page.lessons[0]?.marks.get('dana')).toBe('absent');

    const stranger = await refusal(dt.recordGroupLesson(db, TEACHER, groupId, { date: TODAY, period: 9 }, [{ pupilId: 'zhan', status: 'present' }]));
    expect(stranger.reasons).toEqual([{ code: 'notInGroup', pupilIds: ['zhan'] }]);
    expect(await liveRows(db, 'lessonSessions').get(groupLessonIdOf(groupId, TODAY, 9))).toBeUndefined();
  });
});
