/** The tables each attendance view reads, so it re-reads when one of them changes (`useWatchedRead`). */
import type { TableName } from '../../domain/tables';

/** A day's lessons: the calendar, timetable, stored lessons, rolls, marks and names. */
export const DAY_LESSON_TABLES: readonly TableName[] = [
  'academicYears',
  'timetableSlots',
  'lessonSessions',
  'attendanceMarks',
  'classSets',
  'subjects',
  'enrolments',
  'pupils',
  'groups',
];

/** A register: a day's lessons' tables and the conflicts on its marks. */
export const REGISTER_TABLES: readonly TableName[] = [...DAY_LESSON_TABLES, 'conflicts'];

/** An attendance report: rolls, held lessons and marks. */
export const REPORT_TABLES: readonly TableName[] = ['pupils', 'enrolments', 'lessonSessions', 'attendanceMarks', 'groups'];

/** Report pickers: class sets, subjects and years. */
export const SETUP_TABLES: readonly TableName[] = ['classSets', 'subjects', 'academicYears'];
