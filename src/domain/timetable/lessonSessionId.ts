/**
 * The id of a timetable slot's lesson on a date. Two laptops that open the same day's
 * register offline make the same row, so the teacher's and the assistant's edits merge per
 * field instead of leaving two lessons.
 *
 * WARNING: stored sessions and attendance marks (`derivedId(sessionId, pupilId)`) hang on
 * this id; changing its parts orphans them.
 */
import type { IsoDate } from '../dates';
import { asId, derivedId, type LessonSessionId, type TimetableSlotId } from '../ids';

export function lessonSessionId(slotId: TimetableSlotId | string, date: IsoDate): LessonSessionId {
  return asId<'LessonSession'>(derivedId(slotId, date));
}
