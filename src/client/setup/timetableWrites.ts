/**
 * The head's weekly timetable: slots of a class set (weekday, period, subject, teacher,
 * assistant, teaching mode), each valid over a span of dates. A change takes effect from a
 * date: a slot that has already held lessons is ended the day before and a new slot starts
 * on that date, so past lessons keep the teacher and subject they had (the register and
 * reports of those days stay true). A slot that has not started yet is simply rewritten.
 *
 * Rules: a class set has at most one lesson per weekday and period at any date
 * (`SetupError` slotTaken); a teacher or assistant is in one class set at a time
 * (`staffBusy`), except a teacher giving one remote lesson (from the hub, or streamed) of
 * one subject to several class sets at once, which is how hub schools teach.
 */
import { addDays, type IsoDate } from '@/domain/dates';
import type { LessonMode } from '@/domain/entities/lessonMode';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readClassSet, readSlot, readSlotsOfClassSet, readSlotsOfStaff, type TimetableSlotRow } from '../db/queries/setupQueries';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord, updateRecord } from '../db/writeRecord';
import { endSlot } from './endSlot';
import { SetupError, SetupErrorReason } from './setupError';

export interface SlotInput {
  readonly classSetId: string;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly period: number;
  readonly subjectId: string;
  readonly teacherId: string;
  readonly assistantId?: string | undefined;
  readonly mode: LessonMode;
}

/** Whether two validity spans share a day (an absent end is open). */
function overlaps(a: { validFrom: IsoDate; validTo?: IsoDate | undefined }, b: { validFrom: IsoDate; validTo?: IsoDate | undefined }): boolean {
  return (a.validTo === undefined || a.validTo >= b.validFrom) && (b.validTo === undefined || b.validTo >= a.validFrom);
}

async function refuseTakenTime(db: SandyqDb, input: SlotInput, span: { validFrom: IsoDate; validTo?: IsoDate | undefined }, exceptId?: string) {
  const others = await readSlotsOfClassSet(db, input.classSetId);
  const clash = others.find((s) => s.id !== exceptId && s.weekday === input.weekday && s.period === input.period && overlaps(s, span));
  if (clash) throw new SetupError(SetupErrorReason.slotTaken);
}

const REMOTE_MODES: ReadonlySet<LessonMode> = new Set(['fromHub', 'streamed']);

/** One remote lesson of one subject by one teacher, shown in several class sets. */
function isSharedRemoteLesson(
  staffId: string,
  a: Pick<SlotInput, 'teacherId' | 'subjectId' | 'mode'>,
  b: Pick<SlotInput, 'teacherId' | 'subjectId' | 'mode'>,
): boolean {
  return a.teacherId === staffId && b.teacherId === staffId && a.subjectId === b.subjectId && REMOTE_MODES.has(a.mode) && REMOTE_MODES.has(b.mode);
}

async function refuseBusyStaff(db: SandyqDb, input: SlotInput, span: { validFrom: IsoDate; validTo?: IsoDate | undefined }, exceptId?: string) {
  for (const staffId of [input.teacherId, input.assistantId].filter((id): id is string => id !== undefined)) {
    const clash = (await readSlotsOfStaff(db, staffId)).find(
      (s) =>
        s.id !== exceptId &&
        s.classSetId !== input.classSetId &&
        s.weekday === input.weekday &&
        s.period === input.period &&
        overlaps(s, span) &&
        !isSharedRemoteLesson(staffId, s, input),
    );
    if (clash)
      throw new SetupError(SetupErrorReason.staffBusy, { classSet: (clash.classSetId && (await readClassSet(db, clash.classSetId))?.name) || '—' });
  }
}

function slotFields(input: SlotInput) {
  return {
    classSetId: input.classSetId,
    weekday: input.weekday,
    period: input.period,
    subjectId: input.subjectId,
    teacherId: input.teacherId,
    ...(input.assistantId ? { assistantId: input.assistantId } : {}),
    mode: input.mode,
  };
}

/** Adds a weekly lesson from `validFrom` on; returns the slot's id. */
export async function addSlot(db: SandyqDb, author: Author, input: SlotInput, validFrom: IsoDate): Promise<string> {
  await refuseTakenTime(db, input, { validFrom });
  await refuseBusyStaff(db, input, { validFrom });
  return createRecord(db, author, 'timetableSlots', { ...slotFields(input), validFrom });
}

function isSameSlot(slot: TimetableSlotRow, input: SlotInput): boolean {
  const fields = slotFields(input);
  return (
    slot.weekday === fields.weekday &&
    slot.period === fields.period &&
    slot.subjectId === fields.subjectId &&
    slot.teacherId === fields.teacherId &&
    slot.assistantId === fields.assistantId &&
    slot.mode === fields.mode
  );
}

/**
 * Changes a weekly lesson from `from` on. Returns the id of the slot that holds the
 * lesson from then (the same one, or the new one that continues it).
 */
export async function changeSlot(db: SandyqDb, author: Author, slotId: string, input: SlotInput, from: IsoDate): Promise<string> {
  const slot = await readSlot(db, slotId);
  // A slot that ended before `from` has no lessons left to change.
  if (!slot || (slot.validTo !== undefined && slot.validTo < from)) throw new SetupError(SetupErrorReason.notFound);
  if (isSameSlot(slot, input)) return slotId;
  const span = { validFrom: from > slot.validFrom ? from : slot.validFrom, validTo: slot.validTo };
  await refuseTakenTime(db, input, span, slotId);
  await refuseBusyStaff(db, input, span, slotId);
  if (from <= slot.validFrom) {
    await updateRecord(db, author, 'timetableSlots', slotId, { ...slotFields(input), assistantId: input.assistantId ?? null });
    return slotId;
  }
  return writeTogether(db, ['timetableSlots'], async () => {
    await updateRecord(db, author, 'timetableSlots', slotId, { validTo: addDays(from, -1) });
    return createRecord(db, author, 'timetableSlots', {
      ...slotFields(input),
      validFrom: from,
      ...(slot.validTo !== undefined ? { validTo: slot.validTo } : {}),
    });
  });
}

/** Ends a weekly lesson: no lessons from `from` on (a slot not started yet is deleted). */
export async function removeSlot(db: SandyqDb, author: Author, slotId: string, from: IsoDate): Promise<void> {
  const slot = await readSlot(db, slotId);
  if (!slot) throw new SetupError(SetupErrorReason.notFound);
  await endSlot(db, author, slot, addDays(from, -1));
}
