/**
 * One submitted attempt's score as a pupil or a teacher sees it: the server's score of the
 * items plus the teacher's marking of the written work; before the server has scored it,
 * the laptop's own score of a self-check (whose keys it holds), else nothing yet.
 */
import type { SyncedRowOf as RowOf } from '../entities';

export interface AttemptTotal {
  readonly id: string;
  readonly attempt: RowOf<'attempts'>;
  readonly result?: RowOf<'attemptResults'> | undefined;
  readonly submittedAt: number;
  /** Undefined until scored. */
  readonly total: number | undefined;
  readonly maxScore: number;
  /** The assessment has a rubric (written work) the teacher has not marked yet. */
  readonly awaitingMarking: boolean;
  readonly late: boolean;
  /** A late attempt the teacher refused: it never counts. */
  readonly refused: boolean;
}

export function attemptTotal(
  attempt: RowOf<'attempts'>,
  result: RowOf<'attemptResults'> | undefined,
  assessment: RowOf<'assessments'> | undefined,
): AttemptTotal {
  const hasRubric = (assessment?.criteria ?? []).some((c) => c.descriptors.length > 0);
  const awaitingMarking = hasRubric && result?.markedAt === undefined;
  const auto = result?.autoPoints ?? attempt.score;
  const total = auto === undefined ? undefined : Math.round((auto + (result?.rubricPoints ?? 0)) * 100) / 100;
  return {
    id: attempt.id,
    attempt,
    result,
    submittedAt: attempt.submittedAt,
    total,
    maxScore: attempt.maxScore,
    awaitingMarking,
    late: result?.late ?? attempt.late ?? false,
    refused: result?.lateDecision === 'refused',
  };
}
