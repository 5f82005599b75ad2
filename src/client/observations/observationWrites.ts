/**
 * Recording a lesson observation and answering it, on this laptop. The observer writes the
 * observation, the observed teacher only the answer (`mayWriteFields`, the rule the server
 * keeps too): a write by anyone else is refused here at once, with nothing stored.
 */
import { ValidationCode } from '@/domain/validation';
import { mayWriteFields } from '@/sync/fieldWriters';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { NewRecord, RecordPatch } from '../db/recordRow';
import { RecordWriteError, RecordWriteErrorReason } from '../db/recordWriteError';
import { createRecord, updateRecord } from '../db/writeRecord';

export type NewObservation = NewRecord<'lessonObservations'>;

/** Who writes: the staff record of the signed-in person. */
export interface ObservationWriter {
  readonly staffId?: string | undefined;
}

function refuse(fields: readonly string[]): never {
  throw new RecordWriteError(
    RecordWriteErrorReason.invalid,
    'lessonObservations',
    fields.map((path) => ({ path, code: ValidationCode.notAllowed })),
  );
}

export async function recordObservation(db: SandyqDb, author: Author, writer: ObservationWriter, observation: NewObservation): Promise<string> {
  const fields = Object.keys(observation);
  if (!mayWriteFields('lessonObservations', writer, observation, fields))
    refuse(fields.includes('teacherAnswer') ? ['teacherAnswer'] : ['observerId']);
  return createRecord(db, author, 'lessonObservations', observation);
}

async function change(
  db: SandyqDb,
  author: Author,
  writer: ObservationWriter,
  id: string,
  patch: RecordPatch<'lessonObservations'>,
): Promise<string[]> {
  const current = await liveRows(db, 'lessonObservations').get(id);
  if (!current) throw new RecordWriteError(RecordWriteErrorReason.notFound, 'lessonObservations');
  const fields = Object.keys(patch);
  if (!mayWriteFields('lessonObservations', writer, { teacherId: current.teacherId, observerId: current.observerId, status: current.status }, fields))
    refuse(fields);
  return updateRecord(db, author, 'lessonObservations', id, patch);
}

/** The observer corrects or shares what they recorded. */
export function updateObservation(
  db: SandyqDb,
  author: Author,
  writer: ObservationWriter,
  id: string,
  patch: Omit<RecordPatch<'lessonObservations'>, 'teacherAnswer'>,
) {
  return change(db, author, writer, id, patch);
}

/** The observed teacher answers. */
export function answerObservation(db: SandyqDb, author: Author, writer: ObservationWriter, id: string, answer: string) {
  return change(db, author, writer, id, { teacherAnswer: answer.trim() === '' ? null : answer });
}
