/**
 * What the digital teacher records of a pupil's progress, on the pupil's programme record:
 * lagging topics (suggested from class mastery, or typed) and score checkpoints (start,
 * interim, end), from which growth is worked out. Both only in a subject the pupil chose.
 *
 * Each list is one field of the record, written whole: two laptops adding to the same
 * pupil's list offline make a conflict the Conflicts screen shows, rather than one losing silently.
 */
import type { CheckpointKind } from '@/domain/entities/welfareRecord';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { updateRecord } from '../db/writeRecord';
import { ProgrammeRuleCode, refuse } from './programmeRefusal';
import { SubjectChoiceProblem } from '@/domain/digitalTeacher/subjectChoice';
import { welfareRecordIdOf } from './welfareRecordId';

export interface LaggingTopicInput {
  readonly subjectId: string;
  readonly topicId?: string | undefined;
  readonly note?: string | undefined;
  readonly recordedOn: string;
}

export interface CheckpointInput {
  readonly subjectId: string;
  readonly kind: CheckpointKind;
  readonly date: string;
  readonly score: number;
  readonly maxScore: number;
}

async function recordIn(db: SandyqDb, pupilId: string, subjectId: string): Promise<RowOf<'welfareRecords'>> {
  const record = (await liveRows(db, 'welfareRecords').get(welfareRecordIdOf(pupilId))) ?? refuse(ProgrammeRuleCode.notInProgramme, [pupilId]);
  // `subjectNotChosen` is the group rule's word for the same thing: a subject the pupil did not choose.
  if (!(record.subjectIds as readonly string[]).includes(subjectId)) refuse(SubjectChoiceProblem.notProgrammeSubject, [pupilId]);
  return record;
}

/** Adds a lagging topic; a topic already open for the subject is left as it is. */
export async function addLaggingTopic(db: SandyqDb, author: Author, pupilId: string, topic: LaggingTopicInput): Promise<void> {
  const record = await recordIn(db, pupilId, topic.subjectId);
  const open = record.laggingTopics.some(
    (t) => t.subjectId === topic.subjectId && t.closedOn === undefined && topic.topicId !== undefined && t.topicId === topic.topicId,
  );
  if (open) return;
  const note = topic.note?.trim();
  const added = {
    subjectId: topic.subjectId,
    recordedOn: topic.recordedOn,
    ...(topic.topicId ? { topicId: topic.topicId } : {}),
    ...(note ? { note } : {}),
  };
  await updateRecord(db, author, 'welfareRecords', record.id, { laggingTopics: [...record.laggingTopics, added] });
}

/** Marks the pupil's open lagging topic (by its place in the list) as closed on `closedOn`. */
export async function closeLaggingTopic(db: SandyqDb, author: Author, pupilId: string, index: number, closedOn: string): Promise<void> {
  const record = (await liveRows(db, 'welfareRecords').get(welfareRecordIdOf(pupilId))) ?? refuse(ProgrammeRuleCode.notInProgramme, [pupilId]);
  const laggingTopics = record.laggingTopics.map((t, i) => (i === index && t.closedOn === undefined ? { ...t, closedOn } : t));
  await updateRecord(db, author, 'welfareRecords', record.id, { laggingTopics });
}

/** Records a checkpoint score; a second one of the same kind and day replaces the first (a corrected score). */
export async function recordCheckpoint(db: SandyqDb, author: Author, pupilId: string, checkpoint: CheckpointInput): Promise<void> {
  const record = await recordIn(db, pupilId, checkpoint.subjectId);
  const same = (c: CheckpointInput) => c.subjectId === checkpoint.subjectId && c.kind === checkpoint.kind && c.date === checkpoint.date;
  const checkpoints = [...record.checkpoints.filter((c) => !same(c)), { ...checkpoint }];
  await updateRecord(db, author, 'welfareRecords', record.id, { checkpoints });
}
