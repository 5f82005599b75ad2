/**
 * One pupil's result for one assessment, as a gradebook cell: the score the teacher typed
 * if there is one (it wins, as the paper journal does), else the attempt that counts by
 * the assignment's rule (best, last, first) once it is scored and marked. Shared by the
 * class set's own columns and the work a pupil brings from an earlier class set.
 */
import { countedAttempt } from '../assessments/attemptCounting';
import { isDateWithin, isoDate } from '../dates';
import type { SyncedRowOf as RowOf } from '../entities';
import { attemptTotal } from './attemptTotal';
import type { QuarterDates } from './gradebookRoll';

export interface GradebookCell {
  readonly score: number;
  readonly maxScore: number;
  readonly source: 'attempt' | 'typed';
  /** Open conflicts on a typed score: another laptop typed another value at the same time. */
  readonly conflicts?: ReadonlyArray<RowOf<'conflicts'>> | undefined;
}

export interface CellSources {
  readonly typed?: RowOf<'marks'> | undefined;
  readonly typedConflicts?: ReadonlyArray<RowOf<'conflicts'>> | undefined;
  /** The assignments of this assessment to the pupil's class set. */
  readonly given: readonly RowOf<'assignments'>[];
  /** The pupil's attempts (any assignment). */
  readonly attempts: readonly RowOf<'attempts'>[];
  readonly resultOf: ReadonlyMap<string, RowOf<'attemptResults'>>;
  readonly assessment: RowOf<'assessments'>;
}

export function workCell(sources: CellSources): GradebookCell | undefined {
  const { typed, typedConflicts } = sources;
  if (typed)
    return { score: typed.score, maxScore: typed.maxScore, source: 'typed', ...(typedConflicts?.length ? { conflicts: typedConflicts } : {}) };
  let cell: GradebookCell | undefined;
  for (const g of sources.given) {
    const own = sources.attempts.filter((a) => a.assignmentId === g.id).map((a) => attemptTotal(a, sources.resultOf.get(a.id), sources.assessment));
    const counted = countedAttempt(own, g.counting);
    if (counted?.total !== undefined && !counted.awaitingMarking) cell = { score: counted.total, maxScore: counted.maxScore, source: 'attempt' };
  }
  return cell;
}

/** A summative belongs to the quarter it names; a formative task to the quarter it opened in. */
export function isInQuarter(
  assessment: RowOf<'assessments'>,
  given: RowOf<'assignments'>,
  quarter: number,
  dates: QuarterDates | undefined,
): boolean {
  return assessment.kind === 'formative'
    ? dates !== undefined && isDateWithin(isoDate(given.opensAt), dates.startsOn, dates.endsOn)
    : assessment.quarter === quarter;
}
