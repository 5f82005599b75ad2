/**
 * Marks typed into the gradebook: a score for one pupil in one column (work done on paper,
 * or a correction of an attempt's score), stored under an id derived from the column and the
 * pupil, so two laptops typing the same cell offline write one row (a conflict if they
 * differ, shown as in the register). Clearing the cell removes the typed mark and the
 * counted attempt's score shows again.
 */
import { derivedId } from '@/domain/ids';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { createRecord, deleteRecord } from '../db/writeRecord';
import { AssessmentError, AssessmentErrorReason } from '../assessments/assessmentError';
import { dismissConflict, restoreConflict } from '../conflicts/resolveConflict';
import { useCommands } from '../workspace/useCommands';

export const typedMarkIdOf = (assessmentId: string, pupilId: string) => derivedId('mark', 'typed', assessmentId, pupilId);

export interface TypedMark {
  readonly pupilId: string;
  readonly classSetId: string;
  readonly assessmentId: string;
  /** Undefined clears the cell. */
  readonly score: number | undefined;
  readonly date: string;
  /** The gradebook's quarter: a formative task has none of its own. */
  readonly quarter: number;
  readonly authorId: string;
}

async function typeMark(db: SandyqDb, author: Author, input: TypedMark): Promise<void> {
  const id = typedMarkIdOf(input.assessmentId, input.pupilId);
  if (input.score === undefined) {
    if (await liveRows(db, 'marks').get(id)) await deleteRecord(db, author, 'marks', id);
    return;
  }
  const [assessment, classSet] = await Promise.all([
    liveRows(db, 'assessments').get(input.assessmentId),
    liveRows(db, 'classSets').get(input.classSetId),
  ]);
  if (!assessment || !classSet) throw new AssessmentError(AssessmentErrorReason.notFound);
  await createRecord(
    db,
    author,
    'marks',
    {
      pupilId: input.pupilId,
      subjectId: assessment.subjectId,
      classSetId: input.classSetId,
      academicYearId: classSet.academicYearId,
      kind: assessment.kind,
      score: input.score,
      maxScore: assessment.maxScore,
      date: input.date,
      quarter: assessment.quarter ?? input.quarter,
      assessmentId: input.assessmentId,
      authorId: input.authorId,
    },
    { id },
  );
}

export const gradebookCommands = {
  typeMark,
  /** A score typed on another laptop at the same time: put it back, or keep the one that stands. */
  restoreMarkConflict: restoreConflict,
  dismissMarkConflict: dismissConflict,
};
export const useGradebookCommands = () => useCommands(gradebookCommands);
