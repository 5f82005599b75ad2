/**
 * "Today" for a signed-in member of staff: the day's lessons where they teach, assist or
 * substitute. An assistant standing in for an absent teacher is listed as the substitute;
 * the absent teacher still sees the lesson (with its substitute), so nothing vanishes from
 * their day unexplained. Cancelled lessons stay in the list with their status.
 */
import type { LessonSession } from '../entities/lessonSession';
import type { StaffId } from '../ids';
import { sessionsOfDay, type DayInput, type DaySession } from './sessionsOfDay';

export const LessonRole = { substitute: 'substitute', teacher: 'teacher', assistant: 'assistant' } as const;
export type LessonRole = (typeof LessonRole)[keyof typeof LessonRole];

export interface UserSession extends DaySession {
  /** The user's part in the lesson; a substitute role comes first when they have two. */
  readonly role: LessonRole;
}

export function roleInLesson(session: LessonSession, staffId: StaffId | string): LessonRole | undefined {
  if (session.substituteTeacherId === staffId) return LessonRole.substitute;
  if (session.teacherId === staffId) return LessonRole.teacher;
  if (session.assistantId === staffId) return LessonRole.assistant;
  return undefined;
}

/** The sessions among `sessions` where the user has a part, in their order. */
export function sessionsOfUser(sessions: readonly DaySession[], staffId: StaffId | string): UserSession[] {
  return sessions.flatMap((s) => {
    const role = roleInLesson(s.session, staffId);
    return role === undefined ? [] : [{ ...s, role }];
  });
}

/** The user's lessons of a date: `sessionsOfDay` over the school's slots, then `sessionsOfUser`. */
export function userDaySessions(input: DayInput & { readonly staffId: StaffId | string }): UserSession[] {
  return sessionsOfUser(sessionsOfDay(input), input.staffId);
}
