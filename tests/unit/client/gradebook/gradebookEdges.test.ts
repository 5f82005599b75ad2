/**
 * Every figure of the gradebook against hand-computed values at its edges: the band bounds
 * (39.99 → 2, 40 → 3, 64.5 → 3, 85 → 5), a grade-1 pupil on the grade-1 column, a missing
 * ТЖБ named and never counted as zero, a subject without a ТЖБ on its own weights, and a
 * pupil who moved class set in the middle of the quarter: their earlier work counts where
 * they end it, and the class set they left shows them without a term mark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { readGradebook } from '@/client/gradebook/readGradebook';
import { gradebookCommands } from '@/client/gradebook/gradebookCommands';
import { policyCommands } from '@/client/gradebook/policyCommands';
import { readYearMarks } from '@/client/gradebook/readYearMarks';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { indicators } from '@/domain/grading/indicators';
import { makeDb, TEACHER } from '../db/testDb';
import { assessmentRow, givenRow, row, yearRow } from './gradebookFixture';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const assessment = (id: string, kind: string, maxScore: number, subjectId = 'math') =>
  assessmentRow(id, kind, maxScore, { subjectId, grades: [1, 5, 6] });
const given = (id: string, assessmentId: string, classSetId: string) => givenRow(id, assessmentId, { classSetId });
const pupil = (id: string, surname: string, grade: number, classSetId: string, extra: Record<string, unknown> = {}) =>
  row('pupils', id, { surname, name: 'Оқушы', grade, classSetId, status: 'active', ...extra });
const enrolment = (id: string, pupilId: string, classSetId: string, grade: number, from: string, to?: string) =>
  row('enrolments', id, { pupilId, classSetId, grade, from, ...(to ? { to } : {}) });

async function school(): Promise<SandyqDb> {
  const db = makeDb();
  opened.push(db);
  await applyRemoteChanges(db, [
    yearRow(),
    row('classSets', 'c1', { name: '1', grades: [1], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('classSets', 'c34', { name: '3-4', grades: [3, 4], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('classSets', 'c56', { name: '5-6', grades: [5, 6], language: 'kk', academicYearId: 'year', status: 'active' }),
  ]);
  return db;
}

const type = (db: SandyqDb, classSetId: string, assessmentId: string, pupilId: string, score: number) =>
  gradebookCommands.typeMark(db, TEACHER, { pupilId, classSetId, assessmentId, score, date: '2026-11-20', quarter: 2, authorId: 'staff-1' });

/** Every part at the same percent, so the term percent is that percent whatever the weights. */
async function allParts(db: SandyqDb, classSetId: string, pupilId: string, points: number) {
  for (const a of ['fo', 'bzhb', 'tzhb']) await type(db, classSetId, a, pupilId, points);
}

const termOf = (book: Awaited<ReturnType<typeof readGradebook>>, pupilId: string) => book!.rows.find((r) => r.pupil.id === pupilId)!.term;

describe('gradebook figures at the edges', () => {
  it('puts each term percent on the right side of the band bounds, grade 1 on its own column, a missing ТЖБ named', async () => {
    const db = await school();
    await applyRemoteChanges(db, [
      assessment('fo', 'formative', 10_000),
      assessment('bzhb', 'sectionSummative', 10_000),
      assessment('tzhb', 'termSummative', 10_000),
      ...['c56', 'c1'].flatMap((c) => ['fo', 'bzhb', 'tzhb'].map((a) => given(`g-${a}-${c}`, a, c))),
      pupil('p3999', 'А', 5, 'c56'),
      pupil('p4000', 'Б', 5, 'c56'),
      pupil('p6450', 'В', 6, 'c56'),
      pupil('p8500', 'Г', 6, 'c56'),
      pupil('noTzhb', 'Д', 6, 'c56'),
      pupil('first20', 'Е', 1, 'c1'),
      pupil('first21', 'Ж', 1, 'c1'),
    ]);
    await allParts(db, 'c56', 'p3999', 3999);
    await allParts(db, 'c56', 'p4000', 4000);
    await allParts(db, 'c56', 'p6450', 6450);
    await allParts(db, 'c56', 'p8500', 8500);
    await type(db, 'c56', 'fo', 'noTzhb', 10_000);
    await type(db, 'c56', 'bzhb', 'noTzhb', 10_000);
    await allParts(db, 'c1', 'first20', 2000);
    await allParts(db, 'c1', 'first21', 2100);

    const book = await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 });
    const marks = (id: string) => {
      const term = termOf(book, id);
      return term.ok ? [term.value.percent, term.value.mark] : term;
    };
    expect(marks('p3999')).toEqual([39.99, 2]);
    expect(marks('p4000')).toEqual([40, 3]);
    expect(marks('p6450')).toEqual([64.5, 3]);
    expect(marks('p8500')).toEqual([85, 5]);
    // Full marks in ФО and БЖБ are not a term mark while the ТЖБ is missing (never 25 + 25 + 0 = 50 % → 3).
    expect(marks('noTzhb')).toMatchObject({ ok: false, reason: 'incomplete', components: ['termSummative'] });
    // Үлгерім over the four with a term mark: three without a 2 → 75 %; білім сапасы: one 5 → 25 %.
    const figures = indicators(book!.rows.map((r) => (r.term.ok ? [r.term.value.mark] : [])));
    expect(figures).toMatchObject({ pupils: 5, assessed: 4, performancePercent: 75, qualityPercent: 25 });

    // Grade 1 reads 0-20 → 2, 21-50 → 3.
    const first = await readGradebook(db, { classSetId: 'c1', subjectId: 'math', quarter: 2 });
    expect(termOf(first, 'first20')).toMatchObject({ ok: true, value: { percent: 20, mark: 2 } });
    expect(termOf(first, 'first21')).toMatchObject({ ok: true, value: { percent: 21, mark: 3 } });
  });

  it('a subject without a ТЖБ uses the weights without one: nationally 50 / 50, then the school’s own', async () => {
    const db = await school();
    await applyRemoteChanges(db, [
      assessment('pe-fo', 'formative', 10, 'pe'),
      assessment('pe-bzhb', 'sectionSummative', 20, 'pe'),
      given('g1', 'pe-fo', 'c56'),
      given('g2', 'pe-bzhb', 'c56'),
      pupil('aru', 'А', 5, 'c56'),
    ]);
    await type(db, 'c56', 'pe-fo', 'aru', 9);
    await type(db, 'c56', 'pe-bzhb', 'aru', 8);
    // 50 % × 90 + 50 % × 40 = 65 % → 4.
    expect(termOf(await readGradebook(db, { classSetId: 'c56', subjectId: 'pe', quarter: 2 }), 'aru')).toMatchObject({
      ok: true,
      value: { percent: 65, mark: 4, weights: { formative: 50, sectionSummative: 50, termSummative: 0 } },
    });
    await policyCommands.addPolicy(db, TEACHER, {
      name: 'Дене шынықтыру',
      effectiveFrom: '2026-09-01',
      weights: { formative: 25, sectionSummative: 25, termSummative: 50 },
      weightsWithoutTermSummative: { formative: 30, sectionSummative: 70, termSummative: 0 },
      subjectIds: ['pe'],
    });
    // 30 % × 90 + 70 % × 40 = 55 % → 3.
    const book = await readGradebook(db, { classSetId: 'c56', subjectId: 'pe', quarter: 2 });
    expect(book!.policyName).toBe('Дене шынықтыру');
    expect(termOf(book, 'aru')).toMatchObject({ ok: true, value: { percent: 55, mark: 3 } });
  });

  it('a pupil who changed class set mid-quarter: the БЖБ written before counts where they end the quarter', async () => {
    const db = await school();
    await applyRemoteChanges(db, [
      assessment('fo', 'formative', 10),
      assessment('bzhb34', 'sectionSummative', 20),
      assessment('tzhb', 'termSummative', 20),
      given('g-b34', 'bzhb34', 'c34'),
      given('g-fo', 'fo', 'c56'),
      given('g-t', 'tzhb', 'c56'),
      // Дана was in 3-4 until 20 November, in 5-6 from the 23rd.
      pupil('dana', 'Дана', 5, 'c56'),
      enrolment('e1', 'dana', 'c34', 4, '2026-09-01', '2026-11-20'),
      enrolment('e2', 'dana', 'c56', 5, '2026-11-23'),
      pupil('stays', 'Әсел', 4, 'c34'),
      enrolment('e3', 'stays', 'c34', 4, '2026-09-01'),
    ]);
    await type(db, 'c34', 'bzhb34', 'dana', 10);
    await type(db, 'c56', 'fo', 'dana', 8);
    await type(db, 'c56', 'tzhb', 'dana', 18);

    const here = await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 });
    const dana = here!.rows.find((r) => r.pupil.id === 'dana')!;
    expect(dana.joinedOn).toBe('2026-11-23');
    expect(dana.carried.map((w) => [w.assessment.id, w.cell.score, w.classSetName])).toEqual([['bzhb34', 10, '3-4']]);
    // 25 % × 80 + 25 % × 50 + 50 % × 90 = 77.5 % → 4, not "БЖБ missing".
    expect(dana.term).toMatchObject({ ok: true, value: { percent: 77.5, mark: 4 } });

    const before = await readGradebook(db, { classSetId: 'c34', subjectId: 'math', quarter: 2 });
    expect(before!.rows.map((r) => [r.pupil.id, r.leftOn])).toEqual([
      ['stays', undefined],
      ['dana', '2026-11-20'],
    ]);
    expect(before!.rows.find((r) => r.pupil.id === 'dana')!.cells.get('bzhb34')).toMatchObject({ score: 10, source: 'typed' });
    // In quarter 1 she was in 3-4 the whole time: no "left" there, and she is not on 5-6's roll.
    const q1 = await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 1 });
    expect(q1!.rows.map((r) => r.pupil.id)).toEqual([]);
  });

  it('a pupil who moved during the year keeps the term mark of the class set they were in: the year mark waits only for the terms still to come', async () => {
    const db = await school();
    const Q1 = Date.UTC(2026, 8, 15, 6);
    await applyRemoteChanges(db, [
      assessmentRow('fo-q1', 'formative', 10),
      assessmentRow('bzhb-q1', 'sectionSummative', 10, { quarter: 1 }),
      assessmentRow('tzhb-q1', 'termSummative', 10, { quarter: 1 }),
      assessment('fo-q2', 'formative', 10),
      assessment('bzhb-q2', 'sectionSummative', 10),
      assessment('tzhb-q2', 'termSummative', 10),
      givenRow('g1', 'fo-q1', { classSetId: 'c34', opensAt: Q1 }),
      givenRow('g2', 'bzhb-q1', { classSetId: 'c34', opensAt: Q1 }),
      givenRow('g3', 'tzhb-q1', { classSetId: 'c34', opensAt: Q1 }),
      given('g4', 'fo-q2', 'c56'),
      given('g5', 'bzhb-q2', 'c56'),
      given('g6', 'tzhb-q2', 'c56'),
      pupil('dana', 'Дана', 5, 'c56'),
      enrolment('e1', 'dana', 'c34', 4, '2026-09-01', '2026-10-30'),
      enrolment('e2', 'dana', 'c56', 5, '2026-10-31'),
    ]);
    for (const a of ['fo-q1', 'bzhb-q1', 'tzhb-q1'])
      await gradebookCommands.typeMark(db, TEACHER, {
        pupilId: 'dana',
        classSetId: 'c34',
        assessmentId: a,
        score: 9,
        date: '2026-10-20',
        quarter: 1,
        authorId: 'staff-1',
      });
    for (const a of ['fo-q2', 'bzhb-q2', 'tzhb-q2']) await type(db, 'c56', a, 'dana', 7);
    // Term 1 (90 % → 5) was given in 3-4, term 2 (70 % → 4) in 5-6: only terms 3 and 4 are still missing.
    expect((await readYearMarks(db, 'c56', 'math')).get('dana')).toEqual({ ok: false, reason: 'incomplete', missingTerms: [3, 4] });
  });

  it('refuses a typed score above the column’s maximum, negative or not a number, in words, storing nothing', async () => {
    const db = await school();
    await applyRemoteChanges(db, [assessment('fo', 'formative', 10), given('g', 'fo', 'c56'), pupil('aru', 'А', 5, 'c56')]);
    for (const [score, code] of [
      [11, 'validation.scoreAboveMaxMessage'],
      [-1, 'validation.negativeMessage'],
      [Number.NaN, 'validation.invalidTypeMessage'],
    ] as const) {
      const refusal = await type(db, 'c56', 'fo', 'aru', score).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(RecordWriteError);
      expect((refusal as RecordWriteError).issues.map((i) => [i.path, i.code])).toEqual([['score', code]]);
    }
    expect(await db.rows('marks').count()).toBe(0);
    expect(await db.$outbox.count()).toBe(0);
    expect((await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!.rows[0]!.cells.size).toBe(0);
  });
});
