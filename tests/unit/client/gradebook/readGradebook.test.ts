/**
 * The gradebook of 5-6 in mathematics, quarter 2: columns from what was given that quarter,
 * cells from each pupil's counted attempt (a typed mark wins), term marks by the policy in
 * force on the quarter's last day; a missing part is named, never counted as zero.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { readGradebook } from '@/client/gradebook/readGradebook';
import { gradebookCommands, typedMarkIdOf } from '@/client/gradebook/gradebookCommands';
import { policyCommands } from '@/client/gradebook/policyCommands';
import { readYearMarks } from '@/client/gradebook/readYearMarks';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, TEACHER } from '../db/testDb';
import { assessmentRow, givenRow, Q2_OPENS, row, yearRow } from './gradebookFixture';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const Q2 = Q2_OPENS;
const assessment = (id: string, kind: string, maxScore: number) => assessmentRow(id, kind, maxScore);
const given = (id: string, assessmentId: string, opensAt = Q2) => givenRow(id, assessmentId, { opensAt });
const scored = (attemptId: string, assignmentId: string, assessmentId: string, pupilId: string, points: number, max: number) => [
  row('attempts', attemptId, { assignmentId, assessmentId, pupilId, startedAt: Q2, submittedAt: Q2 + 1, maxScore: max, itemIds: [] }),
  row('attemptResults', attemptResultIdOf(attemptId), {
    attemptId,
    pupilId,
    assessmentId,
    assignmentId,
    autoPoints: points,
    autoMaxPoints: max,
    scoredAt: Q2 + 2,
  }),
];

describe('readGradebook', () => {
  it('fills cells from counted attempts and typed marks and computes each term mark, naming a missing part', async () => {
    const db = makeDb();
    opened.push(db);
    await applyRemoteChanges(db, [
      yearRow(),
      row('classSets', 'c56', { name: '5-6', grades: [5, 6], language: 'kk', academicYearId: 'year', status: 'active' }),
      row('pupils', 'aru', { surname: 'Ахметова', name: 'Ару', grade: 5, classSetId: 'c56', status: 'active' }),
      row('pupils', 'bek', { surname: 'Бекұлы', name: 'Дамир', grade: 6, classSetId: 'c56', status: 'active' }),
      assessment('fo', 'formative', 10),
      assessment('fo-q1', 'formative', 10),
      assessment('bzhb', 'sectionSummative', 10),
      assessment('tzhb', 'termSummative', 20),
      given('g-fo', 'fo'),
      given('g-fo-q1', 'fo-q1', Date.UTC(2026, 9, 1)),
      given('g-bzhb', 'bzhb'),
      given('g-tzhb', 'tzhb'),
      ...scored('a1', 'g-fo', 'fo', 'aru', 4, 10),
      ...scored('a2', 'g-bzhb', 'bzhb', 'aru', 6, 10),
      ...scored('a3', 'g-tzhb', 'tzhb', 'aru', 13, 20),
      ...scored('b1', 'g-fo', 'fo', 'bek', 9, 10),
      ...scored('b2', 'g-bzhb', 'bzhb', 'bek', 10, 10),
      // Item by item, for mastery: Ару earned 1 of 2 points of "fractions", Дамир 2 of 2.
      row('attemptResults', attemptResultIdOf('a2'), { itemScores: [{ itemId: 'i1', points: 1, maxPoints: 2, isCorrect: false }] }),
      row('attemptResults', attemptResultIdOf('b2'), { itemScores: [{ itemId: 'i1', points: 2, maxPoints: 2, isCorrect: true }] }),
      row('items', 'i1', { ...valid('items'), topicId: 'fractions', objectiveId: 'obj-5-1', points: 2 }),
      row('learningObjectives', 'obj-5-1', {
        code: '5.1.2.1',
        text: { kk: 'Жай бөлшектерді салыстыру' },
        topicId: 'fractions',
        subjectId: 'math',
        grade: 5,
      }),
      row('topics', 'fractions', { sectionId: 's', subjectId: 'math', grade: 5, order: 0, titles: { kk: 'Жай бөлшектер' } }),
    ]);
    // The teacher typed Ару's formative from the paper: it wins over the attempt.
    await gradebookCommands.typeMark(db, TEACHER, {
      pupilId: 'aru',
      classSetId: 'c56',
      assessmentId: 'fo',
      score: 10,
      date: '2026-11-10',
      quarter: 2,
      authorId: 'staff-1',
    });
    const book = (await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!;
    expect(book.columns.map((c) => c.assessment.id)).toEqual(['fo', 'bzhb', 'tzhb']);
    const [aru, bek] = book.rows;
    expect(aru!.cells.get('fo')).toEqual({ score: 10, maxScore: 10, source: 'typed' });
    // 25 % × 100 + 25 % × 60 + 50 % × 65 = 72.5 % → 4.
    expect(aru!.term).toMatchObject({
      ok: true,
      value: { mark: 4, percent: 72.5, parts: { formative: 100, sectionSummative: 60, termSummative: 65 } },
    });
    expect(bek!.term).toMatchObject({ ok: false, reason: 'incomplete', components: ['termSummative'] });
    expect(book.policyName).toMatch(/Order No. 125/);
    expect(book.mastery.percent.get('aru')?.get('fractions')).toBe(50);
    expect(book.mastery.topics).toEqual([{ topicId: 'fractions', pupilsWithWork: 2, notMastered: 1 }]);
    expect(book.topics.get('fractions')?.titles.kk).toBe('Жай бөлшектер');
    // The same by learning objective.
    expect(book.objectiveMastery.topics).toEqual([{ topicId: 'obj-5-1', pupilsWithWork: 2, notMastered: 1 }]);
    expect(book.objectives.get('obj-5-1')?.code).toBe('5.1.2.1');

    // Typing Дамир's ТЖБ completes his term; clearing Ару's typed formative brings back her attempt's 4 / 10.
    await gradebookCommands.typeMark(db, TEACHER, {
      pupilId: 'bek',
      classSetId: 'c56',
      assessmentId: 'tzhb',
      score: 17,
      date: '2026-12-20',
      quarter: 2,
      authorId: 'staff-1',
    });
    await gradebookCommands.typeMark(db, TEACHER, {
      pupilId: 'aru',
      classSetId: 'c56',
      assessmentId: 'fo',
      score: undefined,
      date: '2026-12-20',
      quarter: 2,
      authorId: 'staff-1',
    });
    const again = (await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!;
    // 25 % × 90 + 25 % × 100 + 50 % × 85 = 90 % → 5.
    expect(again.rows[1]!.term).toMatchObject({ ok: true, value: { mark: 5, percent: 90 } });
    expect(again.rows[1]!.cells.get('tzhb')).toEqual({ score: 17, maxScore: 20, source: 'typed' });
    expect(again.rows[0]!.cells.get('fo')).toEqual({ score: 4, maxScore: 10, source: 'attempt' });
    // The typed ТЖБ is a mark of its kind and quarter, under an id two laptops share.
    expect(await db.rows('marks').get(typedMarkIdOf('tzhb', 'bek'))).toMatchObject({
      kind: 'termSummative',
      quarter: 2,
      score: 17,
      maxScore: 20,
      academicYearId: 'year',
    });

    // The head's weights from 1 December: the quarter ends after, so its marks follow them.
    await policyCommands.addPolicy(db, TEACHER, {
      name: 'Мектеп ережесі',
      effectiveFrom: '2026-12-01',
      weights: { formative: 40, sectionSummative: 20, termSummative: 40 },
      weightsWithoutTermSummative: { formative: 50, sectionSummative: 50, termSummative: 0 },
    });
    const reweighed = (await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!;
    // Дамир: 40 % × 90 + 20 % × 100 + 40 % × 85 = 90 % → 5; Ару: 40 % × 40 + 20 % × 60 + 40 % × 65 = 54 % → 3.
    expect(reweighed.policyName).toBe('Мектеп ережесі');
    expect(reweighed.rows.map((r) => (r.term.ok ? [r.term.value.percent, r.term.value.mark] : null))).toEqual([
      [54, 3],
      [90, 5],
    ]);
    // A policy from after the quarter's last day leaves it alone.
    await policyCommands.addPolicy(db, TEACHER, {
      name: 'Келесі жыл',
      effectiveFrom: '2027-09-01',
      weights: { formative: 10, sectionSummative: 10, termSummative: 80 },
      weightsWithoutTermSummative: { formative: 50, sectionSummative: 50, termSummative: 0 },
    });
    expect((await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!.policyName).toBe('Мектеп ережесі');

    // The year mark waits for every term: only quarter 2 has marks so far.
    const years = await readYearMarks(db, 'c56', 'math');
    expect(years.get('bek')).toEqual({ ok: false, reason: 'incomplete', missingTerms: [1, 3, 4] });

    // Another laptop typed 15 in the same ТЖБ cell at the same time and lost: the cell shows it; putting it back makes it the score.
    const markId = typedMarkIdOf('tzhb', 'bek');
    const stamp = (await db.rows('marks').get(markId))!.clocks.score!;
    await applyRemoteChanges(db, [
      row('conflicts', 'conflict-1', {
        table: 'marks',
        rowId: markId,
        field: 'score',
        losingValue: 15,
        losingStamp: stamp,
        winningStamp: stamp,
        status: 'open',
      }),
    ]);
    const conflicted = (await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!.rows[1]!.cells.get('tzhb')!;
    expect(conflicted.conflicts?.map((c) => c.losingValue)).toEqual([15]);
    await gradebookCommands.restoreMarkConflict(db, TEACHER, conflicted.conflicts![0]!, { staffId: 'staff-1', now: Date.UTC(2026, 11, 21) });
    const settled = (await readGradebook(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 }))!.rows[1]!.cells.get('tzhb')!;
    expect(settled).toEqual({ score: 15, maxScore: 20, source: 'typed' });
  });
});
