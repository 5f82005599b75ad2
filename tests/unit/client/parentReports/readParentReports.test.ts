/**
 * The parent reports of 5-6 for quarter 2, read on the laptop the way the screen reads them:
 * the term mark from the gradebook (a scored attempt marked by descriptors, a typed ТЖБ),
 * sections and topics from the items of the pupil's attempts, the descriptors ticked, the
 * teacher's feedback about the attempt and about the typed mark, the quarter's attendance
 * (a lesson of another quarter left out); a pupil with parts missing; a grade-1 pupil; the
 * whole class; and the class's figures as CSV and XLSX in Russian.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import readXlsxFile from 'read-excel-file/node';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { markingCommands } from '@/client/assessments/markingCommands';
import { gradebookCommands, typedMarkIdOf } from '@/client/gradebook/gradebookCommands';
import { parentReportCsv, parentReportTables, parentReportXlsx } from '@/client/parentReports/parentReportSheets';
import { readParentReports } from '@/client/parentReports/readParentReports';
import type { ReportT } from '@/client/parentReports/useReportTranslation';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';
import { assessmentRow, givenRow, Q2_OPENS, row, yearRow } from '../gradebook/gradebookFixture';
import ruParentReports from '../../../../locales/ru/parentReports.json';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const Q2 = Q2_OPENS;
const RUBRIC = [
  {
    text: 'Сравнивает дроби',
    descriptors: [
      { text: 'называет правило', points: 1 },
      { text: 'приводит пример', points: 2 },
    ],
  },
];

const assessment = (id: string, kind: string, maxScore: number, extra: Record<string, unknown> = {}) =>
  assessmentRow(id, kind, maxScore, {
    title: id === 'bzhb' ? 'СОР 1: дроби' : id === 'tzhb' ? 'СОЧ за 2 четверть' : id,
    grades: [1, 5, 6],
    authorId: 'teacher',
    language: 'ru',
    ...(kind === 'sectionSummative' ? { sectionId: 'fractions' } : {}),
    ...extra,
  });
const given = (id: string, assessmentId: string, classSetId = 'c56') =>
  givenRow(id, assessmentId, { classSetId, assignedById: 'teacher', opensAt: Q2 });
const scored = (
  attemptId: string,
  assignmentId: string,
  assessmentId: string,
  maxScore: number,
  autoPoints: number,
  autoMaxPoints: number,
  itemScores: unknown[],
) => [
  row('attempts', attemptId, { assignmentId, assessmentId, pupilId: 'aru', startedAt: Q2, submittedAt: Q2 + 1, maxScore, itemIds: [] }),
  row('attemptResults', attemptResultIdOf(attemptId), {
    attemptId,
    pupilId: 'aru',
    assessmentId,
    assignmentId,
    autoPoints,
    autoMaxPoints,
    scoredAt: Q2 + 2,
    itemScores,
  }),
];
const pupil = (id: string, surname: string, grade: number, classSetId: string) => [
  row('pupils', id, { surname, name: 'Ученик', grade, classSetId, status: 'active' }),
  row('enrolments', `e-${id}`, { pupilId: id, classSetId, grade, from: '2026-09-01' }),
];
const lesson = (id: string, date: string, period: number, status = 'held') =>
  row('lessonSessions', id, { classSetId: 'c56', date, period, subjectId: 'math', teacherId: 'teacher', mode: 'inClass', status });
const mark = (sessionId: string, date: string, status: string) =>
  row('attendanceMarks', `m-${sessionId}`, { sessionId, pupilId: 'aru', classSetId: 'c56', date, status });
const type = (db: SandyqDb, classSetId: string, assessmentId: string, pupilId: string, score: number) =>
  gradebookCommands.typeMark(db, TEACHER, { pupilId, classSetId, assessmentId, score, date: '2026-11-20', quarter: 2, authorId: 'teacher' });

async function school(): Promise<SandyqDb> {
  const db = makeDb();
  opened.push(db);
  await applyRemoteChanges(db, [
    row('schools', SCHOOL_ID, { ...valid('schools'), name: 'Талдысайская школа' }),
    yearRow(),
    row('staff', 'teacher', { surname: 'Ахметова', name: 'Гульнар', patronymic: 'Сериковна', roles: ['teacher'], status: 'active' }),
    row('staff', 'head', { surname: 'Жумабеков', name: 'Ерлан', roles: ['head'], status: 'active' }),
    row('classSets', 'c56', { name: '5-6', grades: [5, 6], language: 'ru', academicYearId: 'year', homeroomTeacherId: 'teacher', status: 'active' }),
    row('classSets', 'c1', { name: '1', grades: [1], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('subjects', 'math', { code: 'mathematics', names: { kk: 'Математика', ru: 'Математика' } }),
    row('subjects', 'kaz', { code: 'kazakhLanguage', names: { kk: 'Қазақ тілі', ru: 'Казахский язык' } }),
    ...pupil('aru', 'Ахметова', 5, 'c56'),
    ...pupil('bek', 'Бекулы', 6, 'c56'),
    ...pupil('first', 'Әлиева', 1, 'c1'),
    row('sections', 'fractions', { subjectId: 'math', grade: 5, order: 0, titles: { kk: 'Бөлшектер', ru: 'Дроби' } }),
    row('topics', 'common', {
      sectionId: 'fractions',
      subjectId: 'math',
      grade: 5,
      order: 0,
      titles: { kk: 'Жай бөлшектер', ru: 'Обыкновенные дроби' },
    }),
    row('topics', 'decimals', {
      sectionId: 'fractions',
      subjectId: 'math',
      grade: 5,
      order: 1,
      titles: { kk: 'Ондық бөлшектер', ru: 'Десятичные дроби' },
    }),
    row('items', 'i1', { ...valid('items'), subjectId: 'math', topicId: 'common', points: 2 }),
    row('items', 'i2', { ...valid('items'), subjectId: 'math', topicId: 'decimals', points: 2 }),
    assessment('fo', 'formative', 4),
    assessment('bzhb', 'sectionSummative', 10, { criteria: RUBRIC }),
    assessment('tzhb', 'termSummative', 20),
    assessment('kaz-fo', 'formative', 10, { subjectId: 'kaz' }),
    given('g-fo', 'fo'),
    given('g-bzhb', 'bzhb'),
    given('g-tzhb', 'tzhb'),
    given('g-kaz', 'kaz-fo'),
    ...['fo', 'bzhb', 'tzhb'].map((a) => given(`g1-${a}`, a, 'c1')),
    // Ару's formative: 2 of 2 on "common fractions", 0 of 2 on "decimals" → 2 / 4.
    ...scored('a-fo', 'g-fo', 'fo', 4, 2, 4, [
      { itemId: 'i1', points: 2, maxPoints: 2, isCorrect: true },
      { itemId: 'i2', points: 0, maxPoints: 2, isCorrect: false },
    ]),
    // Her СОР: 1 + 1 of the items' 4, and the written task marked by descriptors below.
    ...scored('a-bzhb', 'g-bzhb', 'bzhb', 10, 2, 7, [
      { itemId: 'i1', points: 1, maxPoints: 2, isCorrect: false },
      { itemId: 'i2', points: 1, maxPoints: 2, isCorrect: false },
    ]),
    // Quarter 2's lessons of 5-6: Ару absent, ill, late; a cancelled one; an absence in quarter 1.
    lesson('s1', '2026-11-10', 1),
    lesson('s2', '2026-11-10', 2),
    lesson('s3', '2026-11-11', 1),
    lesson('s4', '2026-11-12', 1, 'cancelled'),
    lesson('s0', '2026-10-01', 1),
    mark('s1', '2026-11-10', 'absent'),
    mark('s2', '2026-11-10', 'ill'),
    mark('s3', '2026-11-11', 'late'),
    mark('s0', '2026-10-01', 'absent'),
  ]);
  await markingCommands.markAttempt(db, TEACHER, 'a-bzhb', {
    markedById: 'teacher',
    descriptorsReached: [[0, 1]],
    feedback: 'Приведи ещё один пример.',
  });
  await type(db, 'c56', 'tzhb', 'aru', 13);
  await applyRemoteChanges(db, [
    row('feedback', 'f-tzhb', {
      pupilId: 'aru',
      aboutKind: 'mark',
      aboutId: typedMarkIdOf('tzhb', 'aru'),
      text: 'СОЧ написан аккуратно.',
      authorId: 'teacher',
      givenAt: Date.UTC(2026, 11, 20),
    }),
    // Feedback on work of another quarter is not on this report.
    row('feedback', 'f-old', { pupilId: 'aru', aboutKind: 'attempt', aboutId: 'elsewhere', text: 'Старое.', authorId: 'teacher', givenAt: 1 }),
  ]);
  await type(db, 'c56', 'fo', 'bek', 4);
  await type(db, 'c56', 'kaz-fo', 'bek', 8);
  for (const a of ['fo', 'bzhb', 'tzhb']) await type(db, 'c1', a, 'first', a === 'fo' ? 1.2 : a === 'bzhb' ? 3 : 6);
  return db;
}

describe('readParentReports', () => {
  it('assembles one pupil’s report: the gradebook’s term mark, topics, descriptors, feedback, attendance, signatures', async () => {
    const db = await school();
    const data = (await readParentReports(db, { classSetId: 'c56', quarter: 2, pupilId: 'aru' }))!;
    expect(data.schoolName).toBe('Талдысайская школа');
    expect(data.quarter).toEqual({ startsOn: '2026-11-03', endsOn: '2026-12-29' });
    expect(data.pupils.map((p) => p.id)).toEqual(['aru', 'bek']);
    expect(data.homeroomTeacher).toMatchObject({ surname: 'Ахметова', name: 'Гульнар' });
    expect(data.head).toMatchObject({ surname: 'Жумабеков' });
    expect(data.reports).toHaveLength(1);
    const [report] = data.reports;
    expect(report!.pupil).toMatchObject({ id: 'aru', grade: 5 });
    expect(report!.subjects.map((s) => s.subjectId)).toEqual(['math']);
    const math = report!.subjects[0]!;
    // ФО 2 / 4 = 50 %, СОР (2 + 2) / 10 = 40 %, СОЧ 13 / 20 = 65 %: 12.5 + 10 + 32.5 = 55 % → 3.
    expect(math.term).toEqual({ kind: 'mark', mark: 3, percent: 55 });
    expect(math.parts).toEqual({
      formative: { score: 2, maxScore: 4, percent: 50 },
      sectionSummative: { score: 4, maxScore: 10, percent: 40 },
      termSummative: { score: 13, maxScore: 20, percent: 65 },
    });
    expect(math.works.map((w) => [w.title, w.score, w.maxScore])).toEqual([
      ['fo', 2, 4],
      ['СОР 1: дроби', 4, 10],
      ['СОЧ за 2 четверть', 13, 20],
    ]);
    // Every attempt's items: common 2 + 1 of 4 = 75 % (mastered), decimals 0 + 1 of 4 = 25 %; the section 4 of 8.
    expect(math.sections).toHaveLength(1);
    expect(math.sections[0]).toMatchObject({ sectionId: 'fractions', titles: { ru: 'Дроби' }, points: 4, maxPoints: 8, percent: 50 });
    expect(math.sections[0]!.topics.map((t) => [t.topicId, t.points, t.maxPoints, t.percent, t.mastered])).toEqual([
      ['common', 3, 4, 75, true],
      ['decimals', 1, 4, 25, false],
    ]);
    expect(math.markings).toEqual([
      {
        assessmentId: 'bzhb',
        title: 'СОР 1: дроби',
        reachedPoints: 2,
        maxPoints: 3,
        criteria: [{ text: 'Сравнивает дроби', reached: [{ text: 'приводит пример', points: 2 }], reachedPoints: 2, maxPoints: 3 }],
      },
    ]);
    expect(math.feedback.map((f) => [f.about, f.text])).toEqual([
      ['СОР 1: дроби', 'Приведи ещё один пример.'],
      ['СОЧ за 2 четверть', 'СОЧ написан аккуратно.'],
    ]);
    // Quarter 2: three lessons held (the cancelled one is not), 10 November missed whole, one late; 1 of 3 attended.
    expect(report!.attendance).toEqual({
      heldLessons: 3,
      missed: { absent: 1, excused: 0, ill: 1, total: 2 },
      wholeDaysMissed: 1,
      latenesses: 1,
      presentPercent: 100 / 3,
    });
  });

  it('reads the whole class: missing parts named, a subject without a ТЖБ on its own weights; a grade-1 pupil on the grade-1 column', async () => {
    const db = await school();
    const data = (await readParentReports(db, { classSetId: 'c56', quarter: 2 }))!;
    expect(data.reports.map((r) => r.pupil.id)).toEqual(['aru', 'bek']);
    const bek = data.reports[1]!;
    expect(bek.subjects.map((s) => [s.subjectId, s.term])).toEqual([
      // Kazakh has no СОЧ this quarter: 50 / 50, so only the СОР is missing.
      ['kaz', { kind: 'missing', components: ['sectionSummative'] }],
      ['math', { kind: 'missing', components: ['sectionSummative', 'termSummative'] }],
    ]);
    expect(bek.subjects[1]!.parts.formative).toEqual({ score: 4, maxScore: 4, percent: 100 });
    expect(bek.attendance).toMatchObject({ heldLessons: 3, missed: { total: 0 }, presentPercent: 100 });

    // 1.2 / 4 = 30 %, 3 / 10 = 30 %, 6 / 20 = 30 %: 30 % is a 3 in grade 1 (21-50), where grade 5 would get a 2.
    const first = (await readParentReports(db, { classSetId: 'c1', quarter: 2 }))!;
    expect(first.reports[0]!.subjects[0]!.term).toEqual({ kind: 'mark', mark: 3, percent: 30 });
    expect(first.homeroomTeacher).toBeUndefined();
  });

  it('is null for an unknown class set, and has no subjects in a quarter with no work', async () => {
    const db = await school();
    expect(await readParentReports(db, { classSetId: 'nowhere', quarter: 2 })).toBeNull();
    const q3 = (await readParentReports(db, { classSetId: 'c56', quarter: 3 }))!;
    expect(q3.reports.map((r) => [r.pupil.id, r.subjects.length, r.attendance?.heldLessons])).toEqual([
      ['aru', 0, 0],
      ['bek', 0, 0],
    ]);
  });
});

describe('the class’s figures as CSV and XLSX, in Russian', () => {
  let t: ReportT;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'ru', resources: { ru: { parentReports: ruParentReports } }, interpolation: { escapeValue: false } });
    t = instance.getFixedT('ru', ['parentReports', 'common']);
  });

  it('writes a row per pupil and subject with percents as printed, and the topics on a sheet of their own', async () => {
    const db = await school();
    const data = (await readParentReports(db, { classSetId: 'c56', quarter: 2 }))!;
    const tables = parentReportTables(data.reports, t, 'ru');
    const header = [
      'Ученик',
      'Класс',
      'Предмет',
      'ФО, %',
      'СОР, %',
      'СОЧ, %',
      'Четверть, %',
      'Четвертная оценка',
      'Не хватает',
      'Проведено уроков',
      'Пропущено уроков',
      'Пропущено полных дней',
      'Опоздания',
      'Присутствие, %',
    ];
    expect(tables.marks).toEqual([
      header,
      ['Ахметова Ученик', 5, 'Математика', 50, 40, 65, 55, 3, null, 3, 2, 1, 1, 33.3],
      ['Бекулы Ученик', 6, 'Казахский язык', 80, null, null, null, null, 'СОР', 3, 0, 0, 0, 100],
      ['Бекулы Ученик', 6, 'Математика', 100, null, null, null, null, 'СОР, СОЧ', 3, 0, 0, 0, 100],
    ]);
    expect(tables.topics.slice(1)).toEqual([
      ['Ахметова Ученик', 'Математика', 'Дроби', 'Обыкновенные дроби', 3, 4, 75],
      ['Ахметова Ученик', 'Математика', 'Дроби', 'Десятичные дроби', 1, 4, 25],
    ]);

    const csv = new TextDecoder().decode(parentReportCsv(tables));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(header.join(';'));
    expect(lines[1]).toBe('Ахметова Ученик;5;Математика;50;40;65;55;3;;3;2;1;1;33,3');

    const sheets = await readXlsxFile(Buffer.from(await parentReportXlsx(tables, t)));
    expect(sheets.map((s) => s.sheet)).toEqual(['Оценки', 'Темы']);
    expect(sheets[0]!.data[1]).toEqual(['Ахметова Ученик', 5, 'Математика', 50, 40, 65, 55, 3, null, 3, 2, 1, 1, 33.3]);
    expect(sheets[1]!.data[1]).toEqual(['Ахметова Ученик', 'Математика', 'Дроби', 'Обыкновенные дроби', 3, 4, 75]);
  });
});
