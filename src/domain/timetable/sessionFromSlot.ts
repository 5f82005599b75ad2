/**
 * A timetable slot's default lesson on one date: what the timetable says, before any
 * one-off change. Planned until someone keeps the register.
 */
import { isDateWithin, weekdayOf, type IsoDate } from '../dates';
import { LessonStatus, type LessonSession } from '../entities/lessonSession';
import type { TimetableSlot } from '../entities/timetableSlot';
import { asId, type TimetableSlotId } from '../ids';

/** A stored slot: its fields and its id (a tombstoned row is ignored). */
export type SlotRow = TimetableSlot & { readonly id: TimetableSlotId | string; readonly deleted?: boolean | undefined };

/** Whether the slot holds a lesson on `date`'s weekday within its validity (school days aside). */
export function isSlotOn(slot: Pick<TimetableSlot, 'weekday' | 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return slot.weekday === weekdayOf(date) && isDateWithin(date, slot.validFrom, slot.validTo);
}

export function sessionFromSlot(slot: SlotRow, date: IsoDate): LessonSession {
  return {
    ...(slot.classSetId !== undefined ? { classSetId: slot.classSetId } : {}),
    ...(slot.groupId !== undefined ? { groupId: slot.groupId } : {}),
    date,
    period: slot.period,
    subjectId: slot.subjectId,
    teacherId: slot.teacherId,
    ...(slot.assistantId !== undefined ? { assistantId: slot.assistantId } : {}),
    mode: slot.mode,
    slotId: asId<'TimetableSlot'>(slot.id),
    status: LessonStatus.planned,
  };
}
