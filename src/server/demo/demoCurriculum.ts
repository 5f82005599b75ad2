/**
 * What the demo school teaches: its subjects (names in Kazakh, Russian and English), its six
 * class sets as in the `school-day` workload (../shared/bench/WORKLOADS.md), the weekly
 * lessons of each set, and which of the nine teachers teaches what. Numbers follow a small
 * ungraded school's typical plan, simplified: a demo, not a ministry curriculum.
 */
import type { InstructionLanguage } from '@/domain/language';

export interface DemoSubject {
  code: string;
  names: { kk: string; ru: string; en: string };
  /** Grades the subject is taught in; absent means all. */
  grades?: number[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const DEMO_SUBJECTS: readonly DemoSubject[] = [
  { code: 'literacy', names: { kk: 'Сауат ашу', ru: 'Обучение грамоте', en: 'Literacy' }, grades: [1] },
  { code: 'kazakhLanguage', names: { kk: 'Қазақ тілі', ru: 'Казахский язык', en: 'Kazakh language' } },
  { code: 'literaryReading', names: { kk: 'Әдебиеттік оқу', ru: 'Литературное чтение', en: 'Literary reading' }, grades: range(2, 4) },
  { code: 'kazakhLiterature', names: { kk: 'Қазақ әдебиеті', ru: 'Казахская литература', en: 'Kazakh literature' }, grades: range(5, 11) },
  { code: 'russianLanguage', names: { kk: 'Орыс тілі', ru: 'Русский язык', en: 'Russian language' }, grades: range(2, 11) },
  { code: 'englishLanguage', names: { kk: 'Ағылшын тілі', ru: 'Английский язык', en: 'English language' } },
  { code: 'mathematics', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' }, grades: range(1, 6) },
  { code: 'algebra', names: { kk: 'Алгебра', ru: 'Алгебра', en: 'Algebra' }, grades: range(7, 11) },
  { code: 'geometry', names: { kk: 'Геометрия', ru: 'Геометрия', en: 'Geometry' }, grades: range(7, 11) },
  { code: 'naturalScience', names: { kk: 'Жаратылыстану', ru: 'Естествознание', en: 'Natural science' }, grades: range(1, 6) },
  { code: 'physics', names: { kk: 'Физика', ru: 'Физика', en: 'Physics' }, grades: range(7, 11) },
  { code: 'chemistry', names: { kk: 'Химия', ru: 'Химия', en: 'Chemistry' }, grades: range(7, 11) },
  { code: 'biology', names: { kk: 'Биология', ru: 'Биология', en: 'Biology' }, grades: range(7, 11) },
  { code: 'geography', names: { kk: 'География', ru: 'География', en: 'Geography' }, grades: range(7, 11) },
  { code: 'kazakhHistory', names: { kk: 'Қазақстан тарихы', ru: 'История Казахстана', en: 'History of Kazakhstan' }, grades: range(5, 11) },
  { code: 'computerScience', names: { kk: 'Информатика', ru: 'Информатика', en: 'Computer science' }, grades: range(2, 11) },
  { code: 'physicalEducation', names: { kk: 'Дене шынықтыру', ru: 'Физическая культура', en: 'Physical education' } },
  { code: 'music', names: { kk: 'Музыка', ru: 'Музыка', en: 'Music' }, grades: range(1, 6) },
  { code: 'art', names: { kk: 'Көркем еңбек', ru: 'Художественный труд', en: 'Art and crafts' }, grades: range(1, 9) },
];

export interface DemoClassSet {
  name: string;
  grades: number[];
  pupils: number;
  language: InstructionLanguage;
  /** Lessons a day, Monday to Friday. */
  periods: number;
  /** Subject code → lessons a week. */
  weekly: Readonly<Record<string, number>>;
  /** Index (0-8) of the teacher who is the class teacher. */
  homeroomTeacher: number;
}

const PRIMARY_WEEK = {
  kazakhLanguage: 5,
  literaryReading: 3,
  russianLanguage: 2,
  englishLanguage: 2,
  mathematics: 5,
  naturalScience: 1,
  computerScience: 1,
  physicalEducation: 3,
  music: 1,
  art: 1,
};

/** The six class sets of `school-day`: 8 / 12 / 9 / 13 / 12 / 10 pupils, 64 in all. */
export const DEMO_CLASS_SETS: readonly DemoClassSet[] = [
  {
    name: '1',
    grades: [1],
    pupils: 8,
    language: 'kk',
    periods: 4,
    homeroomTeacher: 0,
    weekly: { literacy: 6, kazakhLanguage: 2, mathematics: 4, naturalScience: 1, englishLanguage: 2, physicalEducation: 3, music: 1, art: 1 },
  },
  { name: '2-3', grades: [2, 3], pupils: 12, language: 'kk', periods: 5, homeroomTeacher: 1, weekly: PRIMARY_WEEK },
  { name: '4', grades: [4], pupils: 9, language: 'kk', periods: 5, homeroomTeacher: 2, weekly: PRIMARY_WEEK },
  {
    name: '5-6',
    grades: [5, 6],
    pupils: 13,
    language: 'kk',
    periods: 6,
    homeroomTeacher: 3,
    weekly: {
      kazakhLanguage: 3,
      kazakhLiterature: 2,
      russianLanguage: 2,
      englishLanguage: 3,
      mathematics: 5,
      naturalScience: 2,
      kazakhHistory: 1,
      computerScience: 1,
      physicalEducation: 3,
      music: 1,
      art: 2,
    },
  },
  {
    name: '7-8',
    grades: [7, 8],
    pupils: 12,
    language: 'ru',
    periods: 6,
    homeroomTeacher: 7,
    weekly: {
      russianLanguage: 3,
      kazakhLanguage: 3,
      kazakhLiterature: 2,
      englishLanguage: 3,
      algebra: 3,
      geometry: 2,
      physics: 2,
      chemistry: 2,
      biology: 2,
      geography: 2,
      kazakhHistory: 2,
      computerScience: 1,
      physicalEducation: 3,
    },
  },
  {
    name: '9-11',
    grades: [9, 10, 11],
    pupils: 10,
    language: 'kk',
    periods: 6,
    homeroomTeacher: 6,
    weekly: {
      kazakhLanguage: 2,
      kazakhLiterature: 2,
      russianLanguage: 2,
      englishLanguage: 3,
      algebra: 3,
      geometry: 2,
      physics: 2,
      chemistry: 2,
      biology: 2,
      geography: 2,
      kazakhHistory: 2,
      computerScience: 1,
      physicalEducation: 3,
    },
  },
];

/**
 * Teachers 0-2 teach their own primary class set (1, 2-3, 4) everything but languages other
 * than Kazakh and computer science; teachers 3-8 teach subjects across the upper sets.
 */
const SUBJECT_TEACHER: Readonly<Record<string, number>> = {
  kazakhLanguage: 3,
  kazakhLiterature: 3,
  kazakhHistory: 3,
  russianLanguage: 4,
  englishLanguage: 5,
  mathematics: 6,
  algebra: 6,
  geometry: 6,
  computerScience: 6,
  physics: 7,
  chemistry: 7,
  naturalScience: 7,
  biology: 8,
  geography: 8,
  physicalEducation: 8,
  music: 8,
  art: 8,
};
const PRIMARY_TEACHER: Readonly<Record<string, number>> = { '1': 0, '2-3': 1, '4': 2 };
const NOT_BY_PRIMARY_TEACHER = new Set(['russianLanguage', 'englishLanguage', 'computerScience']);

/** Index (0-8) of the teacher who teaches `subjectCode` in `classSet`. */
export function teacherIndexFor(classSet: string, subjectCode: string): number {
  const primary = PRIMARY_TEACHER[classSet];
  if (primary !== undefined && !NOT_BY_PRIMARY_TEACHER.has(subjectCode)) return primary;
  const teacher = SUBJECT_TEACHER[subjectCode];
  if (teacher === undefined) throw new RangeError(`No demo teacher for ${subjectCode}`);
  return teacher;
}

/** What each teacher's position reads in school papers. */
export const TEACHER_POSITIONS: readonly string[] = [
  'бастауыш сынып мұғалімі',
  'бастауыш сынып мұғалімі',
  'бастауыш сынып мұғалімі',
  'қазақ тілі мен әдебиеті мұғалімі',
  'орыс тілі мұғалімі',
  'ағылшын тілі мұғалімі',
  'математика және информатика мұғалімі',
  'физика және химия мұғалімі',
  'биология, география және дене шынықтыру мұғалімі',
];

/** Latin words for the printed demo passwords: easy to type on any keyboard layout. */
export const PASSWORD_WORDS = [
  'alma',
  'tau',
  'dala',
  'kitap',
  'bulaq',
  'juldyz',
  'ozen',
  'aspan',
  'orman',
  'terek',
  'sandyq',
  'dombyra',
  'qyran',
  'tulpar',
  'qalam',
  'mektep',
  'bilim',
  'shuaq',
  'samal',
  'arai',
] as const;
