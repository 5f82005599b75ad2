/**
 * The school's achievement report read from a laptop's database, against figures worked out
 * by hand: term marks from typed scores and scored attempts, a pupil without a ТЖБ shown as
 * not assessed (never failing), grade-1 pupils on the grade-1 column, a pupil who changed
 * class set mid-quarter counted where their term mark is, a pupil who left the school kept
 * out of the year; and the one bulk read agreeing with `readGradebook` in every gradebook.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readAchievement } from '@/client/achievement/readAchievement';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { typedMarkIdOf } from '@/client/gradebook/gradebookCommands';
import { readGradebook } from '@/client/gradebook/readGradebook';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import type { Quarter } from '@/domain/reports/achievementIndicators';
import type { TableName } from '@/domain/tables';
import { remoteRow } from '../db/remoteRow';
import { makeDb, SCHOOL_ID } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const row = (table: TableName, id: string, fields: Record<string, unknown>) => remoteRow(table, id, fields);
/** A school day inside each quarter, when formative tasks open and marks are dated. */
const DAY: Record<Quarter, string> = { 1: '2026-10-01', 2: '2026-11-25', 3: '2027-02-10', 4: '2027-04-15' };
const at = (q: Quarter) => Date.parse(`${DAY[q]}T06:00:00Z`);

const assessment = (id: string, kind: string, subjectId: string, quarter: Quarter) =>
  row('assessments', id, {
    kind,
    title: id,
    subjectId,
    grades: [1, 2, 3, 4, 5, 6],
    authorId: 'staff-1',
    language: 'kk',
    criteria: [],
    selection: { kind: 'fixed', itemIds: [] },
    maxScore: 100,
    ...(kind === 'formative' ? {} : { quarter }),
    ...(kind === 'sectionSummative' ? { sectionId: 'section-1' } : {}),
  });
const given = (assessmentId: string, classSetId: string, q: Quarter) =>
  row('assignments', `g-${assessmentId}-${classSetId}`, { assessmentId, classSetId, assignedById: 'staff-1', opensAt: at(q) });
const pupil = (id: string, grade: number, classSetId: string, extra: Record<string, unknown> = {}) =>
  row('pupils', id, { surname: id, name: 'Оқушы', grade, classSetId, status: 'active', ...extra });
const enrolment = (id: string, pupilId: string, classSetId: string, grade: number, from: string, to?: string) =>
  row('enrolments', id, { pupilId, classSetId, grade, from, ...(to ? { to } : {}) });
/** A score typed into the gradebook (out of 100, so the score is the percent). */
const typed = (pupilId: string, classSetId: string, assessmentId: string, kind: string, subjectId: string, q: Quarter, score: number) =>
  row('marks', typedMarkIdOf(assessmentId, pupilId), {
    pupilId,
    subjectId,
    classSetId,
    academicYearId: 'year',
    kind,
    score,
    maxScore: 100,
    date: DAY[q],
    quarter: q,
    assessmentId,
    authorId: 'staff-1',
  });
/** The three parts of a subject's quarter, as assessment ids: ФО, БЖБ, ТЖБ. */
const parts = (subjectId: string, q: Quarter) =>
  [
    ['formative', `${subjectId}-fo-${q}`],
    ['sectionSummative', `${subjectId}-bzhb-${q}`],
    ['termSummative', `${subjectId}-tzhb-${q}`],
  ] as const;
/** Every part typed at the same percent, so the term percent is that percent. */
const allParts = (pupilId: string, classSetId: string, subjectId: string, q: Quarter, percent: number) =>
  parts(subjectId, q).map(([kind, id]) => typed(pupilId, classSetId, id, kind, subjectId, q, percent));

async function school(): Promise<SandyqDb> {
  const db = makeDb();
  opened.push(db);
  await applyRemoteChanges(db, [
    row('academicYears', 'year', {
      name: '2026-2027',
      startsOn: '2026-09-01',
      endsOn: '2027-05-25',
      quarters: [
        { startsOn: '2026-09-01', endsOn: '2026-10-26' },
        { startsOn: '2026-11-03', endsOn: '2026-12-29' },
        { startsOn: '2027-01-08', endsOn: '2027-03-17' },
        { startsOn: '2027-03-30', endsOn: '2027-05-25' },
      ],
      holidays: [],
      schoolWeek: [1, 2, 3, 4, 5],
    }),
    row('subjects', 'math', { code: 'math', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' } }),
    row('subjects', 'kaz', { code: 'kaz', names: { kk: 'Қазақ тілі', ru: 'Казахский язык', en: 'Kazakh' } }),
    row('subjects', 'art', { code: 'art', names: { kk: 'Бейнелеу', ru: 'ИЗО', en: 'Art' } }),
    row('classSets', 'c1', { name: '1', grades: [1], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('classSets', 'c34', { name: '3-4', grades: [3, 4], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('classSets', 'c56', { name: '5-6', grades: [5, 6], language: 'kk', academicYearId: 'year', status: 'active' }),
    // Mathematics and Kazakh in quarter 2; art, without a ТЖБ (50 % ФО + 50 % БЖБ), in grade 1 all year.
    ...(['math', 'kaz'] as const).flatMap((s) => parts(s, 2).map(([kind, id]) => assessment(id, kind, s, 2))),
    ...([1, 2, 3, 4] as const).flatMap((q) => [
      assessment(`art-fo-${q}`, 'formative', 'art', q),
      assessment(`art-bzhb-${q}`, 'sectionSummative', 'art', q),
    ]),
    ...['c1', 'c56'].flatMap((c) => parts('math', 2).map(([, id]) => given(id, c, 2))),
    given('math-bzhb-2', 'c34', 2),
    ...parts('kaz', 2).map(([, id]) => given(id, 'c56', 2)),
    ...([1, 2, 3, 4] as const).flatMap((q) => [given(`art-fo-${q}`, 'c1', q), given(`art-bzhb-${q}`, 'c1', q)]),
  ]);
  await applyRemoteChanges(db, [
    // 5-6: 100 %, 70 %, 50 % and 30 % in every part of mathematics; one still without a ТЖБ.
    pupil('p100', 5, 'c56'),
    pupil('p70', 5, 'c56'),
    pupil('p50', 6, 'c56'),
    pupil('p30', 6, 'c56'),
    pupil('noTzhb', 6, 'c56'),
    ...allParts('p100', 'c56', 'math', 2, 100),
    ...allParts('p70', 'c56', 'math', 2, 70).filter((m) => m.fields.kind !== 'termSummative'),
    ...allParts('p50', 'c56', 'math', 2, 50),
    ...allParts('p30', 'c56', 'math', 2, 30),
    typed('noTzhb', 'c56', 'math-fo-2', 'formative', 'math', 2, 100),
    typed('noTzhb', 'c56', 'math-bzhb-2', 'sectionSummative', 'math', 2, 100),
    // p70's ТЖБ written on a laptop and scored: 70 of 100.
    row('attempts', 'att-p70', {
      assignmentId: 'g-math-tzhb-2-c56',
      assessmentId: 'math-tzhb-2',
      pupilId: 'p70',
      startedAt: at(2),
      submittedAt: at(2) + 1,
      maxScore: 100,
      itemIds: [],
    }),
    row('attemptResults', attemptResultIdOf('att-p70'), {
      attemptId: 'att-p70',
      pupilId: 'p70',
      assessmentId: 'math-tzhb-2',
      assignmentId: 'g-math-tzhb-2-c56',
      autoPoints: 70,
      autoMaxPoints: 100,
      scoredAt: at(2) + 2,
    }),
    // Kazakh in 5-6: only p100 (100 %) and p30 (90 %) have every part yet.
    ...allParts('p100', 'c56', 'kaz', 2, 100),
    ...allParts('p30', 'c56', 'kaz', 2, 90),
    // Dana: in 3-4 until 20 November, where she wrote the БЖБ (60 %); in 5-6 from the 23rd (ФО 80 %, ТЖБ 90 %).
    pupil('dana', 5, 'c56'),
    enrolment('e-dana-34', 'dana', 'c34', 4, '2026-09-01', '2026-11-20'),
    enrolment('e-dana-56', 'dana', 'c56', 5, '2026-11-23'),
    typed('dana', 'c34', 'math-bzhb-2', 'sectionSummative', 'math', 2, 60),
    typed('dana', 'c56', 'math-fo-2', 'formative', 'math', 2, 80),
    typed('dana', 'c56', 'math-tzhb-2', 'termSummative', 'math', 2, 90),
    pupil('asel', 4, 'c34'),
    enrolment('e-asel', 'asel', 'c34', 4, '2026-09-01'),
    // Grade 1: 30 % is a 3 on the grade-1 column (21-50 %), where it would be a 2 from grade 2; 85 % is a 5.
    pupil('first30', 1, 'c1'),
    pupil('first85', 1, 'c1'),
    ...allParts('first30', 'c1', 'math', 2, 30),
    ...allParts('first85', 'c1', 'math', 2, 85),
    // Art all year: first85 85 %, 85 %, 85 %, 30 % → 5, 5, 5, 3 → year 4.5 → 5; first30 has no fourth term.
    ...([1, 2, 3, 4] as const).flatMap((q) => [
      typed('first85', 'c1', `art-fo-${q}`, 'formative', 'art', q, q === 4 ? 30 : 85),
      typed('first85', 'c1', `art-bzhb-${q}`, 'sectionSummative', 'art', q, q === 4 ? 30 : 85),
    ]),
    ...([1, 2, 3] as const).flatMap((q) => [
      typed('first30', 'c1', `art-fo-${q}`, 'formative', 'art', q, 30),
      typed('first30', 'c1', `art-bzhb-${q}`, 'sectionSummative', 'art', q, 30),
    ]),
    // Marat left the school on 1 December: in quarter 1 he counts; in quarter 2 and the year, not at all.
    pupil('marat', 1, 'c1', { status: 'withdrawn', withdrawnOn: '2026-12-01' }),
    enrolment('e-marat', 'marat', 'c1', 1, '2026-09-01', '2026-12-01'),
    typed('marat', 'c1', 'art-fo-1', 'formative', 'art', 1, 100),
    typed('marat', 'c1', 'art-bzhb-1', 'sectionSummative', 'art', 1, 100),
  ]);
  return db;
}

const read = (db: SandyqDb) => readAchievement(db, SCHOOL_ID, undefined, '2026-12-01');

describe('readAchievement', () => {
  it('gives each class set × subject of a quarter its үлгерім and білім сапасы, with the pupils not yet assessed', async () => {
    const report = await read(await school());
    expect(report.year?.id).toBe('year');
    expect(report.classSets.map((c) => c.name)).toEqual(['1', '3-4', '5-6']);
    expect(report.subjects.map((s) => s.id).sort()).toEqual(['art', 'kaz', 'math']);
    const q2 = report.figures.get(2)!;

    // 5-6 mathematics: 100 % → 5, 70 % (the ТЖБ by attempt) → 4, 50 % → 3, 30 % → 2, and Dana's
    // 25 % × 80 + 25 % × 60 (3-4) + 50 % × 90 = 80 % → 4; noTzhb not assessed.
    // Assessed 5: no mark below 3 for four (80 %), only 4s and 5s for three (60 %).
    expect(q2.cells.get('c56')!.get('math')).toEqual({
      pupils: 6,
      assessed: 5,
      notAssessed: 1,
      performing: 4,
      good: 3,
      performancePercent: 80,
      qualityPercent: 60,
    });
    // Dana counts in 5-6 only: 3-4 has Әсел alone, with no mathematics mark of her own.
    expect(q2.cells.get('c34')!.get('math')).toMatchObject({ pupils: 1, assessed: 0, notAssessed: 1, performancePercent: null });
    // Grade 1: 30 % → 3 and 85 % → 5: both succeed, one of quality.
    expect(q2.cells.get('c1')!.get('math')).toMatchObject({ pupils: 2, assessed: 2, performancePercent: 100, qualityPercent: 50 });
    // 5-6 Kazakh: p100 5, p30 5; four pupils not assessed.
    expect(q2.cells.get('c56')!.get('kaz')).toMatchObject({ pupils: 6, assessed: 2, notAssessed: 4, performancePercent: 100, qualityPercent: 100 });
  });

  it('adds a class set’s subjects by each pupil’s lowest mark, and the class sets up to the school', async () => {
    const q2 = (await read(await school())).figures.get(2)!;
    // 5-6: p100 (5, 5) and Dana (4) and p70 (4) of quality; p50 (3) succeeds; p30 (2, 5) does not; noTzhb not assessed.
    expect(q2.classSets.get('c56')).toMatchObject({ pupils: 6, assessed: 5, notAssessed: 1, performing: 4, good: 3 });
    // 1: first30 math 3 and art 3 (30 % on the grade-1 column); first85 math 5 and art 5: both succeed, one of quality.
    expect(q2.classSets.get('c1')).toMatchObject({ pupils: 2, assessed: 2, performing: 2, good: 1 });
    // The school: 5-6's 4 and 3 of 5 assessed, 1's 2 and 1 of 2, Әсел not assessed → 6 of 7 (85.7 %), 4 of 7 (57.1 %).
    expect(q2.school).toMatchObject({ pupils: 9, assessed: 7, notAssessed: 2, performing: 6, good: 4 });
    expect(q2.school.performancePercent).toBeCloseTo((6 / 7) * 100, 9);
    // Mathematics over the school: 5 + 2 assessed in 5-6 and 1, Әсел and noTzhb not.
    expect(q2.subjects.get('math')).toMatchObject({ pupils: 9, assessed: 7, notAssessed: 2, performing: 6, good: 4 });
  });

  it('gives the year from year marks; a pupil who left the school is left out of it but counts in the quarters he was there', async () => {
    const figures = (await read(await school())).figures;
    // Marat's art in quarter 1: 100 % → 5, beside first85 (85 % → 5) and first30 (30 % → 3).
    expect(figures.get(1)!.cells.get('c1')!.get('art')).toMatchObject({ pupils: 3, assessed: 3, performing: 3, good: 2 });
    // He left on 1 December, before quarter 2 ended: not on its figures.
    expect(figures.get(2)!.cells.get('c1')!.get('art')).toMatchObject({ pupils: 2, assessed: 2 });
    // Art for the year: first85's 5, 5, 5, 3 → 4.5 → 5; first30 has no fourth term: not assessed.
    expect(figures.get('year')!.cells.get('c1')!.get('art')).toEqual({
      pupils: 2,
      assessed: 1,
      notAssessed: 1,
      performing: 1,
      good: 1,
      performancePercent: 100,
      qualityPercent: 100,
    });
    // Mathematics has one quarter only: no year mark anywhere yet.
    expect(figures.get('year')!.subjects.get('math')).toMatchObject({ assessed: 0, performancePercent: null });
  });

  it('agrees with readGradebook on every pupil’s term mark in every gradebook of the school', async () => {
    const db = await school();
    const report = await read(db);
    for (const classSet of report.classSets)
      for (const subject of report.subjects)
        for (const quarter of [1, 2, 3, 4] as const) {
          const book = await readGradebook(db, { classSetId: classSet.id, subjectId: subject.id, quarter });
          const cell = report.figures.get(quarter)!.cells.get(classSet.id)?.get(subject.id);
          if (!book || book.columns.length === 0) {
            expect(cell, `${classSet.name} ${subject.id} ${quarter}`).toBeUndefined();
            continue;
          }
          const counted = book.rows.filter((r) => !r.leftOn);
          const marks = counted.map((r) => (r.term.ok ? r.term.value.mark : undefined));
          expect(cell, `${classSet.name} ${subject.id} ${quarter}`).toMatchObject({
            pupils: counted.length,
            assessed: marks.filter((m) => m !== undefined).length,
            performing: marks.filter((m) => m !== undefined && m >= 3).length,
            good: marks.filter((m) => m !== undefined && m >= 4).length,
          });
        }
  });

  it('reports the year asked for, and an empty report for a school with no year yet', async () => {
    const db = makeDb();
    opened.push(db);
    const report = await readAchievement(db, SCHOOL_ID, undefined, '2026-12-01');
    expect(report.year).toBeUndefined();
    expect(report.classSets).toEqual([]);
    expect(report.figures.get(2)!.school).toMatchObject({ pupils: 0, performancePercent: null });
  });
});
