/**
 * The journal page of 5-6, mathematics, against values worked out by hand. The quarter here
 * runs 2026-11-02 to 2026-11-13 with five held mathematics lessons: 11-03, 11-05 (periods 1
 * and 2), 11-10, 11-12; a Kazakh lesson on 11-04 is another subject's page.
 *
 * - Ахметов (5): absent on 11-05 p1, the day of the first ҚБ, where he still has 3 points
 *   (he did it later); every part of the term mark, and a year mark.
 * - Омарова (5): came on 11-06; did the ҚБ of 11-05 after she came (2 points) and БЖБ 1;
 *   no ТЖБ, so no term mark.
 * - Қасымов (5): nothing yet: every mark cell empty.
 * - Бекова (6): ill on 11-10; the homework task of Saturday 11-07 (no lesson that day);
 *   0 points in the ТЖБ, a real zero.
 */
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '@/domain/attendance';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { termMark } from '@/domain/grading/termMark';
import { indexAttendance, type ReportSession } from '@/domain/reports/attendanceIndex';
import { dayCellValue, journalPage, type PageWork, type PupilResults } from '@/domain/reports/journalPage';
import { journalCsvRows, journalSheets, shortJournalDate, type SheetLabels } from '@/domain/reports/kundelikSheet';
import { paperJournal, type JournalForm } from '@/domain/reports/paperJournal';
import type { JournalLanguage } from '@/domain/attendance';

const RANGE = { from: '2026-11-02', to: '2026-11-13' };
const lesson = (date: string, period: number, subjectId = 'math'): ReportSession => ({
  id: `${date}/${period}`,
  classSetId: 'cs56',
  date,
  period,
  subjectId,
  status: 'held',
});
const mark = (pupilId: string, date: string, period: number, status: AttendanceStatus) => ({ sessionId: `${date}/${period}`, pupilId, status });

const index = indexAttendance({
  pupils: [
    { id: 'ahmetov', surname: 'Ахметов', name: 'Ерлан' },
    { id: 'omarova', surname: 'Омарова', name: 'Әлия' },
    { id: 'kasymov', surname: 'Қасымов', name: 'Нұрлан' },
    { id: 'bekova', surname: 'Бекова', name: 'Дана' },
  ],
  enrolments: [
    { pupilId: 'ahmetov', classSetId: 'cs56', grade: 5, from: '2026-09-01' },
    { pupilId: 'omarova', classSetId: 'cs56', grade: 5, from: '2026-11-06' },
    { pupilId: 'kasymov', classSetId: 'cs56', grade: 5, from: '2026-09-01' },
    { pupilId: 'bekova', classSetId: 'cs56', grade: 6, from: '2026-09-01' },
  ],
  sessions: [
    lesson('2026-11-03', 1),
    lesson('2026-11-04', 1, 'kazakh'),
    lesson('2026-11-05', 1),
    lesson('2026-11-05', 2),
    lesson('2026-11-10', 1),
    lesson('2026-11-12', 1),
  ],
  marks: [mark('ahmetov', '2026-11-05', 1, 'absent'), mark('bekova', '2026-11-10', 1, 'ill'), mark('kasymov', '2026-11-04', 1, 'absent')],
});

const work = (id: string, component: PageWork['component'], maxScore: number, date: string): PageWork => ({
  id,
  component,
  title: id,
  maxScore,
  date,
});
// Given out of order: the page orders them.
const WORKS = [
  work('tzhb', 'termSummative', 20, '2026-11-12'),
  work('bzhb2', 'sectionSummative', 8, '2026-11-12'),
  work('homework', 'formative', 2, '2026-11-07'),
  work('fo2', 'formative', 4, '2026-11-05'),
  work('fo1', 'formative', 5, '2026-11-05'),
  work('bzhb1', 'sectionSummative', 10, '2026-11-10'),
];

// Ахметов: ҚБ (3 + 4) / 9 = 77.78 %, БЖБ (7 + 8) / 18 = 83.33 %, ТЖБ 15 / 20 = 75 %;
// 25 % × 77.78 + 25 % × 83.33 + 50 % × 75 = 19.44 + 20.83 + 37.5 = 77.78 % → 4.
const ahmetovTerm = termMark({
  policy: NATIONAL_POLICY_2020,
  grade: 5,
  hasTermSummative: true,
  formative: [
    { score: 3, maxScore: 5 },
    { score: 4, maxScore: 4 },
  ],
  sectionSummatives: [
    { score: 7, maxScore: 10 },
    { score: 8, maxScore: 8 },
  ],
  termSummative: [{ score: 15, maxScore: 20 }],
});

const results = (pupilId: string, grade: number, scores: Record<string, number>, extra: Partial<PupilResults> = {}): PupilResults => ({
  pupilId,
  person: index.pupils.get(pupilId)!,
  grade,
  scores: new Map(Object.entries(scores)),
  ...extra,
});

const RESULTS: PupilResults[] = [
  results(
    'ahmetov',
    5,
    { fo1: 3, fo2: 4, bzhb1: 7, bzhb2: 8, tzhb: 15 },
    { term: ahmetovTerm.ok ? { percent: ahmetovTerm.value.percent, mark: ahmetovTerm.value.mark } : undefined, yearMark: 4 },
  ),
  results('omarova', 5, { fo1: 2, bzhb1: 6 }),
  results('kasymov', 5, {}),
  results('bekova', 6, { homework: 1, tzhb: 0 }),
];

function pageOf(language: JournalLanguage = 'kk', form?: JournalForm) {
  const attendance = paperJournal(index, 'cs56', RANGE, { language, form, subjectId: 'math' });
  return journalPage({ attendance, works: WORKS, results: RESULTS });
}
const rowOf = (page: ReturnType<typeof pageOf>, pupilId: string) => page.rows.find((r) => r.pupilId === pupilId)!;

describe('the journal page of a subject and quarter', () => {
  it('has a column per held lesson of the subject, each formative work on its day, a dayless work on its own', () => {
    const page = pageOf();
    expect(page.days.map((d) => `${d.date.slice(5)}${d.lesson ? `/${d.lesson.period}` : ''}${d.work ? ` ${d.work.id}` : ''}`)).toEqual([
      '11-03/1',
      '11-05/1 fo1',
      '11-05/2 fo2',
      '11-07 homework',
      '11-10/1',
      '11-12/1',
    ]);
    expect(page.summatives.map((s) => `${s.work.id} ${s.number}`)).toEqual(['bzhb1 1', 'bzhb2 2', 'tzhb 1']);
  });

  it('lists pupils by grade, then surname and name, numbered within their grade', () => {
    expect(pageOf().rows.map((r) => `${r.grade} ${r.number} ${r.person.surname}`)).toEqual([
      '5 1 Ахметов',
      '5 2 Қасымов',
      '5 3 Омарова',
      '6 1 Бекова',
    ]);
  });

  it('writes the letter and the points together when an absent pupil has a mark', () => {
    const ahmetov = rowOf(pageOf(), 'ahmetov');
    expect(ahmetov.cells[1]).toEqual({ inClass: true, letter: 'Ж', points: 3 });
    expect(ahmetov.cells.map(dayCellValue)).toEqual([null, 'Ж 3', 4, null, null, null]);
    expect(rowOf(pageOf('ru'), 'ahmetov').cells.map(dayCellValue)).toEqual([null, 'н 3', 4, null, null, null]);
    expect(ahmetov.missedLessons).toBe(1);
  });

  it('keeps every summative in points, the term percent to one decimal, the term and year marks', () => {
    const ahmetov = rowOf(pageOf(), 'ahmetov');
    expect(ahmetov.summatives).toEqual([7, 8, 15]);
    expect(ahmetov.termPercent).toBe(77.8);
    expect(ahmetov.termMark).toBe(4);
    expect(ahmetov.yearMark).toBe(4);
  });

  it('leaves the days before a pupil came not theirs, yet shows points they earned for that day', () => {
    const omarova = rowOf(pageOf(), 'omarova');
    expect(omarova.cells.map((c) => c.inClass)).toEqual([false, false, false, true, true, true]);
    expect(omarova.cells.map(dayCellValue)).toEqual([null, 2, null, null, null, null]);
    expect(omarova.summatives).toEqual([6, undefined, undefined]);
  });

  it('leaves a missing mark empty and a zero as zero', () => {
    const kasymov = rowOf(pageOf(), 'kasymov');
    expect(kasymov.cells.map(dayCellValue)).toEqual([null, null, null, null, null, null]);
    expect(kasymov.summatives).toEqual([undefined, undefined, undefined]);
    expect([kasymov.termPercent, kasymov.termMark, kasymov.yearMark]).toEqual([undefined, undefined, undefined]);
    // Қасымов's absence is from the Kazakh lesson: not on the mathematics page.
    expect(kasymov.missedLessons).toBe(0);
    const omarova = rowOf(pageOf(), 'omarova');
    expect([omarova.termPercent, omarova.termMark]).toEqual([undefined, undefined]);
    const bekova = rowOf(pageOf(), 'bekova');
    expect(bekova.summatives).toEqual([undefined, undefined, 0]);
    expect(bekova.cells.map(dayCellValue)).toEqual([null, null, null, 1, 'Ж', null]);
    expect(rowOf(pageOf('kk', 'detailed'), 'bekova').cells[4]).toEqual({ inClass: true, letter: 'А' });
  });

  it('lists a pupil of the gradebook with no enrolment rows as in the class set all along', () => {
    const attendance = paperJournal(index, 'cs56', RANGE, { language: 'kk', subjectId: 'math' });
    const page = journalPage({
      attendance,
      works: WORKS,
      results: [...RESULTS, { pupilId: 'new', person: { surname: 'Әлиев', name: 'Бауыржан' }, grade: 5, scores: new Map([['fo2', 2]]) }],
    });
    const row = rowOf(page, 'new');
    expect(row.number).toBe(2);
    expect(row.cells.map(dayCellValue)).toEqual([null, null, 2, null, null, null]);
    expect(row.cells.every((c) => c.inClass)).toBe(true);
  });
});

describe('the journal page as sheets for Kundelik', () => {
  const labels: SheetLabels = {
    school: 'Мектеп',
    classSet: 'Сынып',
    subject: 'Пән',
    quarter: 'Тоқсан',
    teacher: 'Мұғалім',
    pupil: 'Оқушының аты-жөні',
    termPercent: 'Тоқсан, %',
    termMark: 'Тоқсандық баға',
    yearMark: 'Жылдық баға',
    day: (d) => `${shortJournalDate(d.date)}${d.work ? ` ҚБ (${d.work.maxScore})` : ''}`,
    summative: (s) => (s.work.component === 'termSummative' ? `ТЖБ (${s.work.maxScore})` : `БЖБ ${s.number} (${s.work.maxScore})`),
    grade: (g) => `${g}-сынып`,
  };
  const title = { school: 'Талдысай ШЖМ', classSet: '5-6', subject: 'Математика', quarter: '2-тоқсан', teacher: 'Сейітова Аружан' };

  it('makes a sheet per grade with the title block, the header row and a row per pupil', () => {
    const sheets = journalSheets(pageOf(), title, labels);
    expect(sheets.map((s) => [s.name, s.headerRow])).toEqual([
      ['5-сынып', 6],
      ['6-сынып', 6],
    ]);
    const [five] = sheets;
    expect(five!.rows.slice(0, 6)).toEqual([
      ['Мектеп', 'Талдысай ШЖМ'],
      ['Сынып', '5-6 (5-сынып)'],
      ['Пән', 'Математика'],
      ['Тоқсан', '2-тоқсан'],
      ['Мұғалім', 'Сейітова Аружан'],
      [],
    ]);
    expect(five!.rows[6]).toEqual([
      '№',
      'Оқушының аты-жөні',
      '03.11',
      '05.11 ҚБ (5)',
      '05.11 ҚБ (4)',
      '07.11 ҚБ (2)',
      '10.11',
      '12.11',
      'БЖБ 1 (10)',
      'БЖБ 2 (8)',
      'ТЖБ (20)',
      'Тоқсан, %',
      'Тоқсандық баға',
      'Жылдық баға',
    ]);
    expect(five!.rows.slice(7)).toEqual([
      [1, 'Ахметов Ерлан', null, 'Ж 3', 4, null, null, null, 7, 8, 15, 77.8, 4, 4],
      [2, 'Қасымов Нұрлан', null, null, null, null, null, null, null, null, null, null, null, null],
      [3, 'Омарова Әлия', null, 2, null, null, null, null, 6, null, null, null, null, null],
    ]);
    expect(sheets[1]!.rows.slice(7)).toEqual([[1, 'Бекова Дана', null, null, null, 1, 'Ж', null, null, null, 0, null, null, null]]);
  });

  it('names a single-grade class set itself and leaves out an unknown teacher', () => {
    const attendance = paperJournal(index, 'cs56', RANGE, { language: 'kk', subjectId: 'math' });
    const page = journalPage({ attendance: { ...attendance, rows: attendance.rows.filter((r) => r.grade === 6) }, works: WORKS, results: [] });
    const [sheet, more] = journalSheets(page, { ...title, classSet: '6', teacher: undefined }, labels);
    expect(more).toBeUndefined();
    expect(sheet!.name).toBe('6');
    expect(sheet!.rows.slice(0, 5)).toEqual([['Мектеп', 'Талдысай ШЖМ'], ['Сынып', '6'], ['Пән', 'Математика'], ['Тоқсан', '2-тоқсан'], []]);
  });

  it('writes the CSV as the sheets one after another, decimals with a comma', () => {
    const rows = journalCsvRows(journalSheets(pageOf(), title, labels));
    expect(rows[7]).toEqual(['1', 'Ахметов Ерлан', '', 'Ж 3', '4', '', '', '', '7', '8', '15', '77,8', '4', '4']);
    expect(rows[10]).toEqual([]);
    expect(rows[11]).toEqual(['Мектеп', 'Талдысай ШЖМ']);
    expect(rows.at(-1)).toEqual(['1', 'Бекова Дана', '', '', '', '1', 'Ж', '', '', '', '0', '', '', '']);
  });
});
