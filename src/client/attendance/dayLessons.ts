/**
 * The lessons of a day as Today and Attendance list them: from the timetable and the
 * sessions stored for the date (`sessionsOfDay`), either the signed-in member of staff's
 * own (as teacher, assistant or substitute: `sessionsOfUser`) or the whole school's, each
 * with its class set or group, subject, and how far its register is kept (pupils on the
 * roll that day, marks stored, lessons missed, latenesses). Also whether the date is a
 * school day at all, and the holiday's name when it is one, for the empty state.
 */
import { isHoliday, isSchoolDay } from '@/domain/academicCalendar';
import { isMissed } from '@/domain/attendance';
import type { IsoDate } from '@/domain/dates';
import type { LessonSession } from '@/domain/entities/lessonSession';
import type { LocalizedText } from '@/domain/language';
import { sessionsOfDay, type DaySession, type SchoolYearCalendar } from '@/domain/timetable/sessionsOfDay';
import { roleInLesson, type LessonRole } from '@/domain/timetable/sessionsOfUser';
import type { SandyqDb } from '../db/db';
import { readDayLessonSources } from '../db/queries/readDayLessonSources';
import { readMarksOfSessions } from '../db/queries/readMarksOfSessions';
import { readClassSetRolls, readGroupRoll } from '../db/queries/readRolls';
import { readSchoolNames } from '../db/queries/readSchoolNames';
import { classSetRollOn, groupRollOn, type RollMember } from './currentRoll';

export const LessonScope = {
  /** The signed-in person's lessons (Today). */
  mine: 'mine',
  /** Every lesson of the school (Attendance, for the head and the assistants). */
  school: 'school',
} as const;
export type LessonScope = (typeof LessonScope)[keyof typeof LessonScope];

export interface DayLesson extends DaySession {
  /** The person's part in it; only for `mine`. */
  readonly role?: LessonRole | undefined;
  /** The class set's or group's name. */
  readonly audienceName: string;
  readonly subjectNames?: LocalizedText | undefined;
  /** Pupils on the register that day. */
  readonly pupils: number;
  /** Of them, how many have a stored mark. */
  readonly marked: number;
  readonly missed: number;
  readonly late: number;
}

export interface DayLessons {
  readonly date: IsoDate;
  readonly isSchoolDay: boolean;
  /** The holiday's name when the date is one of the year's holidays. */
  readonly holidayName?: string | undefined;
  readonly lessons: readonly DayLesson[];
}

export interface DayLessonsQuery {
  readonly schoolId: string;
  readonly date: IsoDate;
  readonly scope: LessonScope;
  /** Required for `mine`: whose lessons. */
  readonly staffId?: string | undefined;
}

/** A calendar with no school day: outside every academic year only stored lessons exist. */
const NO_SCHOOL_DAY: SchoolYearCalendar = {
  quarters: [
    { startsOn: '1970-01-01', endsOn: '1970-01-01' },
    { startsOn: '1970-01-02', endsOn: '1970-01-02' },
    { startsOn: '1970-01-03', endsOn: '1970-01-03' },
    { startsOn: '1970-01-04', endsOn: '1970-01-04' },
  ],
  holidays: [],
  schoolWeek: [],
};

/** The day's lessons in scope (`sessionsOfDay`'s order: by period, then audience). */
export async function readDaySessions(
  db: SandyqDb,
  query: DayLessonsQuery,
): Promise<{ sessions: DaySession[]; year: SchoolYearCalendar | undefined; roles: Map<string, LessonRole> }> {
  const sources = await readDayLessonSources(db, query.schoolId, query.date);
  const all = sessionsOfDay({ date: query.date, year: sources.year ?? NO_SCHOOL_DAY, slots: sources.slots, stored: sources.stored });
  const roles = new Map<string, LessonRole>();
  if (query.scope === LessonScope.school) return { sessions: all, year: sources.year, roles };
  const staffId = query.staffId;
  const mine =
    staffId === undefined
      ? []
      : all.filter((s) => {
          const role = roleInLesson(s.session, staffId);
          if (role !== undefined) roles.set(s.id, role);
          return role !== undefined;
        });
  return { sessions: mine, year: sources.year, roles };
}

export interface LessonRolls {
  /** Each lesson's current roll, by session id. */
  readonly rolls: ReadonlyMap<string, readonly RollMember[]>;
  readonly groupNames: ReadonlyMap<string, string>;
}

/** The current roll of each lesson's class set or group on the date. */
export async function readLessonRolls(
  db: SandyqDb,
  sessions: readonly { id: string; session: LessonSession }[],
  date: IsoDate,
): Promise<LessonRolls> {
  const classSetIds = [...new Set(sessions.flatMap((s) => (s.session.classSetId !== undefined ? [s.session.classSetId] : [])))];
  const groupIds = [...new Set(sessions.flatMap((s) => (s.session.groupId !== undefined ? [s.session.groupId] : [])))];
  const [classSetSources, groups] = await Promise.all([
    readClassSetRolls(db, classSetIds),
    Promise.all(groupIds.map(async (id) => [id, await readGroupRoll(db, id)] as const)),
  ]);
  const byClassSet = new Map(classSetIds.map((id) => [id, classSetRollOn(classSetSources, id, date)]));
  const byGroup = new Map(groups.map(([id, sources]) => [id, groupRollOn(sources, sources.group?.pupilIds ?? [], date)]));
  const rolls = new Map<string, RollMember[]>();
  for (const s of sessions) {
    const roll =
      s.session.classSetId !== undefined
        ? byClassSet.get(s.session.classSetId)
        : s.session.groupId !== undefined
          ? byGroup.get(s.session.groupId)
          : undefined;
    rolls.set(s.id, roll ?? []);
  }
  return { rolls, groupNames: new Map(groups.map(([id, sources]) => [id, sources.group?.name ?? ''])) };
}

export async function loadDayLessons(db: SandyqDb, query: DayLessonsQuery): Promise<DayLessons> {
  const { sessions, year, roles } = await readDaySessions(db, query);
  const [names, marks, { rolls, groupNames }] = await Promise.all([
    readSchoolNames(db, query.schoolId),
    readMarksOfSessions(
      db,
      sessions.map((s) => s.id),
    ),
    readLessonRolls(db, sessions, query.date),
  ]);
  const classSetNames = new Map(names.classSets.map((c) => [c.id, c.name]));
  const lessons = sessions.map((s): DayLesson => {
    const roll = rolls.get(s.id) ?? [];
    const onRoll = new Set(roll.map((m) => m.pupilId));
    const lessonMarks = marks.filter((m) => m.sessionId === s.id && onRoll.has(m.pupilId));
    const audienceId = s.session.classSetId ?? s.session.groupId ?? '';
    return {
      ...s,
      role: roles.get(s.id),
      audienceName: classSetNames.get(audienceId) ?? groupNames.get(audienceId) ?? '',
      subjectNames: names.subjects.get(s.session.subjectId)?.names,
      pupils: roll.length,
      marked: lessonMarks.length,
      missed: lessonMarks.filter((m) => isMissed(m.status)).length,
      late: lessonMarks.filter((m) => m.status === 'late').length,
    };
  });
  const holiday = year && isHoliday(query.date, year) ? year.holidays.find((h) => h.from <= query.date && query.date <= h.to) : undefined;
  return { date: query.date, isSchoolDay: year !== undefined && isSchoolDay(query.date, year), holidayName: holiday?.name, lessons };
}
