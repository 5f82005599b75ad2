/**
 * A school for the Digital teacher tests, stored as sync brings rows: the 2026-2027 year, a
 * combined class 9-11 with six grade-9 pupils and one of grade 10, a grade-7 pupil in 7-8,
 * the six programme subjects and art, a head, a teacher and an assistant. Ару has a scored
 * physics formative of quarter 2: 3 of 10 points on "Forces", 9 of 10 on "Energy".
 */
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { valid } from '../../domain/entities/fixtures';
import { assessmentRow, givenRow, Q2_OPENS, row, yearRow } from '../gradebook/gradebookFixture';

export const TODAY = '2026-11-24';
export const HEAD = 'staff-head';
export const TEACHER_ID = 'staff-teacher';
export const ASSISTANT_ID = 'staff-assistant';
export const CLASS_911 = 'c911';
export const CLASS_78 = 'c78';
export const SUBJECTS = {
  algebra: 'alg',
  geometry: 'geo',
  chemistry: 'chem',
  physics: 'phys',
  biology: 'bio',
  kazakhHistory: 'hist',
  art: 'art',
} as const;
/** Grade-9 pupils of 9-11, Ару first. */
export const GRADE_9 = ['aru', 'bolat', 'dana', 'erlan', 'zhan', 'gulnar'] as const;
export const GRADE_10 = 'nurlan';
export const GRADE_7 = 'timur';

export async function seedProgrammeSchool(db: SandyqDb): Promise<void> {
  const names = ['Ахметова', 'Болатов', 'Данияров', 'Ерланов', 'Жанов', 'Ғалымова'];
  await applyRemoteChanges(db, [
    yearRow(),
    row('classSets', CLASS_911, { name: '9-11', grades: [9, 10, 11], language: 'kk', academicYearId: 'year', status: 'active' }),
    row('classSets', CLASS_78, { name: '7-8', grades: [7, 8], language: 'kk', academicYearId: 'year', status: 'active' }),
    ...Object.entries(SUBJECTS).map(([code, id]) => row('subjects', id, { code, names: { kk: code, en: code } })),
    row('staff', HEAD, { surname: 'Сәрсенова', name: 'Гүлнар', roles: ['head'], status: 'active' }),
    row('staff', TEACHER_ID, { surname: 'Омаров', name: 'Асқар', roles: ['teacher'], status: 'active' }),
    row('staff', ASSISTANT_ID, { surname: 'Нұрланова', name: 'Айгүл', roles: ['assistant'], status: 'active' }),
    ...GRADE_9.flatMap((id, i) => [
      row('pupils', id, { surname: names[i], name: id, grade: 9, classSetId: CLASS_911, status: 'active' }),
      row('enrolments', `e-${id}`, { pupilId: id, classSetId: CLASS_911, grade: 9, from: '2026-09-01' }),
    ]),
    row('pupils', GRADE_10, { surname: 'Нұрланов', name: 'Нұрлан', grade: 10, classSetId: CLASS_911, status: 'active' }),
    row('pupils', GRADE_7, { surname: 'Тимуров', name: 'Тимур', grade: 7, classSetId: CLASS_78, status: 'active' }),
    // Ару's physics formative of quarter 2, item by item.
    assessmentRow('fo-phys', 'formative', 20, { subjectId: SUBJECTS.physics, grades: [9] }),
    givenRow('g-phys', 'fo-phys', { classSetId: CLASS_911 }),
    row('attempts', 'att-aru', {
      assignmentId: 'g-phys',
      assessmentId: 'fo-phys',
      pupilId: 'aru',
      startedAt: Q2_OPENS,
      submittedAt: Q2_OPENS + 1,
      maxScore: 20,
      itemIds: [],
    }),
    row('attemptResults', attemptResultIdOf('att-aru'), {
      attemptId: 'att-aru',
      pupilId: 'aru',
      assessmentId: 'fo-phys',
      assignmentId: 'g-phys',
      autoPoints: 12,
      autoMaxPoints: 20,
      scoredAt: Q2_OPENS + 2,
      itemScores: [
        { itemId: 'i-forces', points: 3, maxPoints: 10, isCorrect: false },
        { itemId: 'i-energy', points: 9, maxPoints: 10, isCorrect: true },
      ],
    }),
    row('items', 'i-forces', { ...valid('items'), topicId: 'forces', points: 10 }),
    row('items', 'i-energy', { ...valid('items'), topicId: 'energy', points: 10 }),
    row('topics', 'forces', { sectionId: 's', subjectId: SUBJECTS.physics, grade: 9, order: 0, titles: { kk: 'Күштер' } }),
    row('topics', 'energy', { sectionId: 's', subjectId: SUBJECTS.physics, grade: 9, order: 1, titles: { kk: 'Энергия' } }),
  ]);
}
