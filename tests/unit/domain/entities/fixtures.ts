/**
 * One valid entity per table, as plain input (what a screen or a seed would write).
 * Tests override fields to probe one rule at a time.
 */
import type { z } from 'zod';
import type { ENTITY_SCHEMAS } from '@/domain/entities';
import type { TableName } from '@/domain/tables';

export type EntityInput<T extends TableName> = z.input<(typeof ENTITY_SCHEMAS)[T]>;

const STAMP_A = '2026-09-01T08:00:00.000Z-0000-000000000000000a';
const STAMP_B = '2026-09-01T08:00:05.000Z-0000-000000000000000b';

export const VALID: { [T in TableName]: EntityInput<T> } = {
  schools: {
    name: 'Қарабұтақ шағын жинақты мектебі',
    kind: 'magnet',
    teachingModel: 2,
    hubSchoolId: 'school-hub',
    connection: 'satellite',
    contractedMbps: 8,
    region: 'Ақтөбе облысы',
    district: 'Қарабұтақ ауданы',
    languages: ['kk'],
  },
  academicYears: {
    name: '2025-2026',
    startsOn: '2025-09-01',
    endsOn: '2026-05-25',
    quarters: [
      { startsOn: '2025-09-01', endsOn: '2025-10-26' },
      { startsOn: '2025-11-03', endsOn: '2025-12-28' },
      { startsOn: '2026-01-08', endsOn: '2026-03-18' },
      { startsOn: '2026-03-30', endsOn: '2026-05-25' },
    ],
    holidays: [
      { name: 'Тәуелсіздік күні', from: '2025-12-16', to: '2025-12-17' },
      { name: 'Наурыз', from: '2026-03-21', to: '2026-03-23' },
    ],
    schoolWeek: [1, 2, 3, 4, 5],
  },
  classSets: { name: '5-6', grades: [5, 6], language: 'kk', academicYearId: 'year-1', status: 'active' },
  pupils: { surname: 'Сейітова', name: 'Аружан', grade: 5, classSetId: 'class-56', status: 'active' },
  enrolments: { pupilId: 'pupil-1', classSetId: 'class-56', grade: 5, from: '2025-09-01' },
  staff: { surname: 'Ахметов', name: 'Ержан', patronymic: 'Болатұлы', roles: ['teacher', 'assistant'], status: 'active' },
  groups: {
    name: 'Алгебра 9',
    kind: 'digitalTeacher',
    grade: 9,
    subjectId: 'subject-algebra',
    pupilIds: ['pupil-1', 'pupil-2', 'pupil-3'],
    teacherId: 'staff-dt',
    assistantId: 'staff-as',
  },
  subjects: { code: 'algebra', names: { kk: 'Алгебра', ru: 'Алгебра', en: 'Algebra' } },
  timetableSlots: {
    classSetId: 'class-56',
    weekday: 1,
    period: 2,
    subjectId: 'subject-math',
    teacherId: 'staff-hub',
    assistantId: 'staff-local',
    mode: 'fromHub',
    validFrom: '2025-09-01',
  },
  lessonSessions: {
    classSetId: 'class-56',
    date: '2025-09-08',
    period: 2,
    subjectId: 'subject-math',
    teacherId: 'staff-hub',
    mode: 'fromHub',
    slotId: 'slot-1',
    status: 'held',
  },
  attendanceMarks: {
    sessionId: 'session-1',
    pupilId: 'pupil-1',
    classSetId: 'class-56',
    date: '2025-09-08',
    status: 'late',
    minutesLate: 10,
  },
  calendarPlans: {
    subjectId: 'subject-math',
    grade: 5,
    academicYearId: 'year-1',
    authorId: 'staff-1',
    entries: [
      { quarter: 1, week: 1, topicId: 'topic-1', hours: 2 },
      { quarter: 1, week: 2, title: 'Натурал сандар', hours: 3 },
      { quarter: 2, week: 10, title: 'Жай бөлшектер', hours: 4 },
    ],
  },
  lessonPlans: {
    subjectId: 'subject-math',
    grades: [5, 6],
    authorId: 'staff-1',
    topic: 'Жай бөлшектер',
    objectives: [{ code: '5.1.2.1' }],
    expectedResults: ['Бөлшектерді салыстырады'],
    successCriteria: ['Бөлімдері бірдей бөлшектерді салыстырады'],
    stages: [
      { name: 'Ұйымдастыру', part: 'start', minutes: 5, lead: 'assistant', resourceIds: [] },
      { name: 'Жаңа тақырып', part: 'middle', minutes: 30, lead: 'teacher', resourceIds: ['res-1'] },
      { name: 'Бекіту', part: 'end', minutes: 10, lead: 'assistant', resourceIds: [] },
    ],
    formativeTasks: [{ text: 'Салыстыр: 2/5 және 3/5', descriptors: [{ text: 'Дұрыс белгі қояды', points: 1 }] }],
    lessonMinutes: 45,
    step: 'stages',
  },
  resources: {
    kind: 'video',
    title: 'Жай бөлшектер',
    url: 'https://bilimland.kz/kk/content/lessons/1',
    platform: 'bilimland',
    subjectId: 'subject-math',
    grades: [5],
    language: 'kk',
    topicIds: ['topic-1'],
    cacheable: false,
  },
  sections: { subjectId: 'subject-math', grade: 5, quarter: 1, order: 1, titles: { kk: 'Натурал сандар', ru: 'Натуральные числа' } },
  topics: { sectionId: 'section-1', subjectId: 'subject-math', grade: 5, order: 1, titles: { kk: 'Жай бөлшектер' }, hours: 4 },
  learningObjectives: {
    code: '5.1.2.1',
    text: { kk: 'жай бөлшектерді салыстыру' },
    topicId: 'topic-1',
    subjectId: 'subject-math',
    grade: 5,
  },
  assessments: {
    kind: 'sectionSummative',
    title: 'БЖБ 1',
    subjectId: 'subject-math',
    grades: [5],
    quarter: 1,
    sectionId: 'section-1',
    authorId: 'staff-1',
    language: 'kk',
    criteria: [{ text: 'Бөлшектерді салыстырады', descriptors: [{ text: 'белгіні дұрыс қояды', points: 2 }] }],
    selection: { kind: 'draw', perTopic: 3, topicIds: ['topic-1', 'topic-2'] },
    maxScore: 12,
  },
  items: {
    kind: 'single',
    prompt: '2/5 және 3/5: қайсысы үлкен?',
    options: [
      { id: 'a', text: '2/5' },
      { id: 'b', text: '3/5' },
    ],
    key: { kind: 'single', optionId: 'b' },
    points: 1,
    subjectId: 'subject-math',
    grade: 5,
    topicId: 'topic-1',
    language: 'kk',
  },
  assignments: { assessmentId: 'assessment-1', classSetId: 'class-56', assignedById: 'staff-1', opensAt: 1_757_000_000_000 },
  attempts: {
    assessmentId: 'assessment-1',
    pupilId: 'pupil-1',
    startedAt: 1_757_000_000_000,
    submittedAt: 1_757_000_900_000,
    score: 9,
    maxScore: 12,
    itemIds: ['item-1', 'item-2'],
  },
  answers: {
    attemptId: 'attempt-1',
    pupilId: 'pupil-1',
    itemId: 'item-1',
    assessmentId: 'assessment-1',
    response: { kind: 'choice', optionIds: ['b'] },
    isCorrect: true,
    points: 1,
    maxPoints: 1,
    timeSpentMs: 12_000,
    answeredAt: 1_757_000_100_000,
  },
  marks: {
    pupilId: 'pupil-1',
    subjectId: 'subject-math',
    classSetId: 'class-56',
    academicYearId: 'year-1',
    kind: 'sectionSummative',
    score: 9,
    maxScore: 12,
    date: '2025-10-10',
    quarter: 1,
    authorId: 'staff-1',
  },
  feedback: {
    pupilId: 'pupil-1',
    aboutKind: 'attempt',
    aboutId: 'attempt-1',
    text: 'Бөлімдері әртүрлі бөлшектерді қайталап шық.',
    authorId: 'staff-1',
    givenAt: 1_757_001_000_000,
  },
  gradingPolicies: {
    name: 'Мектеп ережесі',
    effectiveFrom: '2020-09-01',
    scales: [
      {
        fromGrade: 1,
        toGrade: 11,
        bands: [
          { minPercent: 0, mark: 2 },
          { minPercent: 50, mark: 5 },
        ],
      },
    ],
    weights: { formative: 25, sectionSummative: 25, termSummative: 50 },
    weightsWithoutTermSummative: { formative: 50, sectionSummative: 50, termSummative: 0 },
  },
  welfareRecords: {
    pupilId: 'pupil-1',
    lowIncome: true,
    subjectIds: ['subject-algebra', 'subject-physics'],
    laggingTopics: [{ subjectId: 'subject-algebra', topicId: 'topic-9', recordedOn: '2025-09-15' }],
    checkpoints: [{ subjectId: 'subject-algebra', kind: 'start', date: '2025-09-15', score: 7, maxScore: 20 }],
  },
  lessonObservations: {
    teacherId: 'staff-1',
    observerId: 'staff-head',
    date: '2025-11-24',
    lessonPlanId: 'plan-1',
    criteria: [{ text: 'Оқушылар жай бөлшектерді салыстырады', met: 'partly', comment: 'Екі оқушы үлгермеді' }],
    notes: 'Онлайн бөлім жақсы өтті.',
    recommendations: 'Бекітуге көбірек уақыт беріңіз.',
    status: 'shared',
  },
  attemptResults: {
    attemptId: 'attempt-1',
    pupilId: 'pupil-1',
    assessmentId: 'assessment-1',
    // Only the marking: the scored fields are the server's own (fieldWriters.ts).
    descriptorsReached: [[0, 0]],
    rubricPoints: 2,
    markedById: 'staff-1',
  },
  linkMeasurements: {
    measuredAt: 1_790_000_000_000,
    downMbps: 5.4,
    upMbps: 1.9,
    rttMs: 812,
    bytesUsed: 1_650_000,
    trigger: 'scheduled',
    connection: 'satellite',
    contractedMbps: 8,
    deviceId: '0190f3c2-7a1b-7c3d-8e4f-00000000d001',
  },
  conflicts: {
    table: 'attendanceMarks',
    rowId: 'mark-1',
    field: 'status',
    losingValue: 'absent',
    losingStamp: STAMP_A,
    winningStamp: STAMP_B,
    status: 'open',
  },
};

/** A valid entity of `table` with some fields replaced (undefined removes a field). */
export function valid<T extends TableName>(table: T, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const row: Record<string, unknown> = { ...(VALID[table] as Record<string, unknown>), ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete row[k];
  return row;
}

export const ENVELOPE = {
  id: '0190f3c2-7a1b-7c3d-8e4f-0123456789ab',
  schoolId: 'school-1',
  clocks: { name: STAMP_A },
  schemaVersion: 1,
};
