/**
 * Ends a timetable slot's weekly lessons after `lastDay`: its `validTo` becomes `lastDay`,
 * or, when it had not started by then (nothing of it happened), the slot is deleted.
 * Lessons already held keep their slot, so their registers and reports stay as they were.
 */
import type { IsoDate } from '@/domain/dates';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { deleteRecord, updateRecord } from '../db/writeRecord';

export async function endSlot(
  db: SandyqDb,
  author: Author,
  slot: { readonly id: string; readonly validFrom: IsoDate; readonly validTo?: IsoDate | undefined },
  lastDay: IsoDate,
): Promise<void> {
  if (slot.validTo !== undefined && slot.validTo <= lastDay) return;
  if (slot.validFrom > lastDay) await deleteRecord(db, author, 'timetableSlots', slot.id);
  else await updateRecord(db, author, 'timetableSlots', slot.id, { validTo: lastDay });
}
