/**
 * A pupil's attempt in progress on this laptop, kept in `$attemptDrafts` so a closed lid, a
 * crash or a browser restart resumes where the pupil was: the items they got (drawn once,
 * recorded), every answer as given, the written work as typed, and the start time the time
 * limit runs from (wall time: closing the browser does not stop the clock).
 *
 * Each answer is stored with its synced `answers` row in one transaction (`withDraft`), so
 * the draft and the work sent to the teacher never disagree; the submitted attempt and the
 * draft's removal are one transaction too, so a pupil's paper is never lost nor sent twice.
 */
import type { TableName } from '@/domain/tables';
import type { ItemResponse } from '@/domain/entities/answer';
import type { SandyqDb } from './db';
import { guardStorage } from './guardStorage';

export interface AttemptDraft {
  /** The attempt's id, used when it is submitted. */
  readonly id: string;
  readonly pupilId: string;
  readonly assignmentId?: string | undefined;
  readonly assessmentId: string;
  readonly deviceId?: string | undefined;
  readonly startedAt: number;
  /** When the time limit runs out; none without a limit. */
  readonly deadlineAt?: number | undefined;
  readonly itemIds: readonly string[];
  readonly maxScore: number;
  /** Each item's latest response. */
  readonly responses: Readonly<Record<string, ItemResponse>>;
  /** Written tasks' text by task id. */
  readonly written: Readonly<Record<string, string>>;
  /** The item (or written task, after the items) the pupil was on. */
  readonly position: number;
  /** Answered on a shared class laptop, recorded by this staff member (the quick check). */
  readonly recordedById?: string | undefined;
}

export const readDraft = (db: SandyqDb, id: string) => db.$attemptDrafts.get(id);

export const readDraftsOf = (db: SandyqDb, pupilId: string) => db.$attemptDrafts.where('pupilId').equals(pupilId).toArray();

/** Runs `body` in one transaction over the drafts and the synced tables it writes. */
export function withDraft<R>(db: SandyqDb, tables: readonly TableName[], body: () => Promise<R>): Promise<R> {
  const stores = [...new Set(tables)].map((t) => db.records(t));
  return guardStorage(db, () => db.transaction('rw', [...stores, db.$outbox, db.$syncState, db.$attemptDrafts], body));
}

export const putDraft = (db: SandyqDb, draft: AttemptDraft) => db.$attemptDrafts.put(draft);

export const removeDraft = (db: SandyqDb, id: string) => db.$attemptDrafts.delete(id);
