/**
 * A Digital teacher group's week (seed 003, points 5-6): two lessons of the subject a week,
 * each at least an hour, held remotely only outside lesson time. The schedule is a group's
 * weekly slots (weekday, start, minutes). Sandyq keeps lessons by number, not bell times, so
 * lesson time is taken to end at `LESSONS_END` on school days (a first shift's six 45-minute
 * lessons from 8:30 end before it); Sunday is no school day, and a programme lesson may be held then.
 */
import { DIGITAL_TEACHER_GROUP } from '../entities/group';

export interface ProgrammeSlot {
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
  /** Local time the lesson starts, HH:MM. */
  readonly startsAt: string;
  readonly minutes: number;
}

/** When lesson time ends on a school day (Monday to Saturday). */
export const LESSONS_END = '14:00';
const SUNDAY = 7;

export const ScheduleRefusalCode = {
  /** More lessons a week than the programme's two. */
  tooManyLessons: 'tooManyLessons',
  /** A lesson shorter than an hour. */
  lessonTooShort: 'lessonTooShort',
  /** A lesson that starts before lesson time ends on a school day. */
  lessonInSchoolHours: 'lessonInSchoolHours',
  /** Two lessons of the week overlap. */
  lessonsOverlap: 'lessonsOverlap',
} as const;
export type ScheduleRefusalCode = (typeof ScheduleRefusalCode)[keyof typeof ScheduleRefusalCode];

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Every rule the slots break (each code once); none for a schedule that may be stored. */
export function scheduleRefusals(slots: readonly ProgrammeSlot[]): ScheduleRefusalCode[] {
  const found = new Set<ScheduleRefusalCode>();
  if (slots.length > DIGITAL_TEACHER_GROUP.lessonsPerSubjectPerWeek) found.add(ScheduleRefusalCode.tooManyLessons);
  for (const slot of slots) {
    if (slot.minutes < DIGITAL_TEACHER_GROUP.minLessonMinutes) found.add(ScheduleRefusalCode.lessonTooShort);
    if (slot.weekday !== SUNDAY && minutesOf(slot.startsAt) < minutesOf(LESSONS_END)) found.add(ScheduleRefusalCode.lessonInSchoolHours);
  }
  const spans = slots.map((s) => ({ day: s.weekday, from: minutesOf(s.startsAt), to: minutesOf(s.startsAt) + s.minutes }));
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++)
      if (spans[i]!.day === spans[j]!.day && spans[i]!.from < spans[j]!.to && spans[j]!.from < spans[i]!.to)
        found.add(ScheduleRefusalCode.lessonsOverlap);
  return [...found];
}

/** Whether the week holds the programme's two lessons (a group may be stored before it does). */
export function isScheduleComplete(slots: readonly ProgrammeSlot[]): boolean {
  return slots.length === DIGITAL_TEACHER_GROUP.lessonsPerSubjectPerWeek;
}
