/**
 * The journal page read from the laptop: the gradebook's figures (a scored attempt, typed
 * marks, the term mark) laid over the subject's attendance of the quarter, in the class's
 * journal language, with the teacher who taught the lessons.
 *
 * 5-6 (a Russian-language class), mathematics, quarter 2 (2026-11-03 to 2026-12-29):
 * lessons on 11-10 and 11-17 (and a Kazakh lesson on 11-10 p2); Абенов is absent on
 * 11-10, the day the ФО opened, and scored 3 of 4 in it; Жанова came on 11-16.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { gradebookCommands } from '@/client/gradebook/gradebookCommands';
import { readJournalPage } from '@/client/journal/readJournalPage';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { dayCellValue } from '@/domain/reports/journalPage';
import { makeDb, TEACHER } from '../db/testDb';
import { assessmentRow, givenRow, Q2_OPENS, row, yearRow } from '../gradebook/gradebookFixture';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const OPENS = Q2_OPENS;
const assessment = (id: string, kind: string, maxScore: number) => assessmentRow(id, kind, maxScore, { language: 'ru' });
const given = (id: string, assessmentId: string, opensAt = OPENS) => givenRow(id, assessmentId, { opensAt });
const lesson = (id: string, date: string, period: number, subjectId = 'math', teacherId = 'staff-1') =>
  row('lessonSessions', id, { classSetId: 'c56', date, period, subjectId, teacherId, mode: 'inClass', status: 'held' });

async function school(): Promise<SandyqDb> {
  const db = makeDb();
  opened.push(db);
  await applyRemoteChanges(db, [
    yearRow(),
    row('classSets', 'c56', { name: '5-6', grades: [5, 6], language: 'ru', academicYearId: 'year', status: 'active' }),
    row('staff', 'staff-1', { surname: 'Сейітова', name: 'Аружан', roles: ['teacher'], status: 'active' }),
    row('pupils', 'abenov', { surname: 'Абенов', name: 'Ерлан', grade: 5, classSetId: 'c56', status: 'active' }),
    row('pupils', 'zhanova', { surname: 'Жанова', name: 'Дана', grade: 5, classSetId: 'c56', status: 'active' }),
    row('enrolments', 'e1', { pupilId: 'abenov', classSetId: 'c56', grade: 5, from: '2026-09-01' }),
    row('enrolments', 'e2', { pupilId: 'zhanova', classSetId: 'c56', grade: 5, from: '2026-11-16' }),
    lesson('l1', '2026-11-10', 1),
    lesson('l2', '2026-11-10', 2, 'russian', 'staff-2'),
    lesson('l3', '2026-11-17', 1),
    row('attendanceMarks', 'm1', { sessionId: 'l1', pupilId: 'abenov', classSetId: 'c56', date: '2026-11-10', status: 'absent' }),
    assessment('fo', 'formative', 4),
    assessment('bzhb', 'sectionSummative', 10),
    assessment('tzhb', 'termSummative', 20),
    given('g-fo', 'fo'),
    given('g-bzhb', 'bzhb', Date.UTC(2026, 10, 17, 6)),
    given('g-tzhb', 'tzhb', Date.UTC(2026, 11, 20, 6)),
    row('attempts', 'a1', {
      assignmentId: 'g-fo',
      assessmentId: 'fo',
      pupilId: 'abenov',
      startedAt: OPENS,
      submittedAt: OPENS + 1,
      maxScore: 4,
      itemIds: [],
    }),
    row('attemptResults', attemptResultIdOf('a1'), {
      attemptId: 'a1',
      pupilId: 'abenov',
      assessmentId: 'fo',
      assignmentId: 'g-fo',
      autoPoints: 3,
      autoMaxPoints: 4,
      scoredAt: OPENS + 2,
    }),
  ]);
  return db;
}

const type = (db: SandyqDb, assessmentId: string, pupilId: string, score: number) =>
  gradebookCommands.typeMark(db, TEACHER, { pupilId, classSetId: 'c56', assessmentId, score, date: '2026-12-25', quarter: 2, authorId: 'staff-1' });

describe('readJournalPage', () => {
  it('lays the gradebook over the attendance page of the subject and quarter', async () => {
    const db = await school();
    await type(db, 'bzhb', 'abenov', 8);
    await type(db, 'tzhb', 'abenov', 14);
    await type(db, 'bzhb', 'zhanova', 5);
    const data = await readJournalPage(db, { classSetId: 'c56', subjectId: 'math', quarter: 2 });
    expect(data).not.toBeNull();
    const { page } = data!;
    expect(data!.language).toBe('ru');
    expect(data!.classSetName).toBe('5-6');
    expect(data!.range).toEqual({ from: '2026-11-03', to: '2026-12-29' });
    expect(data!.teacher).toEqual({ surname: 'Сейітова', name: 'Аружан', patronymic: undefined });
    // The ФО is on the day it opened (11-10), not the day the marks were typed.
    expect(page.days.map((d) => `${d.date}${d.work ? ` ${d.work.id}` : ''}`)).toEqual(['2026-11-10 fo', '2026-11-17']);
    expect(page.summatives.map((s) => s.work.id)).toEqual(['bzhb', 'tzhb']);
    const [abenov, zhanova] = page.rows;
    expect(abenov!.cells.map(dayCellValue)).toEqual(['н 3', null]);
    expect(abenov!.summatives).toEqual([8, 14]);
    // 25 % × 75 + 25 % × 80 + 50 % × 70 = 18.75 + 20 + 35 = 73.75 % → 4.
    expect([abenov!.termPercent, abenov!.termMark]).toEqual([73.8, 4]);
    // Terms 1, 3 and 4 have no mark: no year mark.
    expect(abenov!.yearMark).toBeUndefined();
    expect(zhanova!.cells.map((c) => c.inClass)).toEqual([false, true]);
    expect(zhanova!.summatives).toEqual([5, undefined]);
    expect(zhanova!.termMark).toBeUndefined();
  });

  it('names the timetable’s teacher before any lesson is held, and reads nothing for a quarter the year lacks', async () => {
    const db = await school();
    await applyRemoteChanges(db, [
      row('timetableSlots', 'slot', {
        classSetId: 'c56',
        weekday: 2,
        period: 1,
        subjectId: 'art',
        teacherId: 'staff-1',
        mode: 'inClass',
        validFrom: '2026-09-01',
      }),
    ]);
    const art = await readJournalPage(db, { classSetId: 'c56', subjectId: 'art', quarter: 2 });
    expect(art!.page.days).toEqual([]);
    expect(art!.teacher?.surname).toBe('Сейітова');
    expect(await readJournalPage(db, { classSetId: 'c56', subjectId: 'math', quarter: 5 })).toBeNull();
    expect(await readJournalPage(db, { classSetId: 'nope', subjectId: 'math', quarter: 2 })).toBeNull();
  });
});
