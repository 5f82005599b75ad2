/**
 * What to tell the head when a setup write was refused, as translation keys of the
 * `validation` namespace: each field problem of a `RecordWriteError` (its path names the
 * field), the rule a `SetupError` names, or "not saved" for a storage failure (the shell
 * shows the storage banner too). Shared by the School, People and Timetable screens.
 */
import { RecordWriteError, RecordWriteErrorReason } from '../db/recordWriteError';
import { SetupError, SetupErrorReason } from '../setup/setupError';
import { AssessmentError } from '../assessments/assessmentError';
import { isValidationCode, ValidationCode } from '@/domain/validation';

export interface WriteProblem {
  /** A key of the `validation` namespace. */
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  /** Dotted path of the field concerned (`quarters.2.endsOn`), when one is. */
  readonly path?: string;
}

export const NOT_SAVED_KEY = 'notSavedMessage';

export function writeProblems(error: unknown): WriteProblem[] {
  if (error instanceof SetupError || error instanceof AssessmentError) return [{ key: error.reason, values: error.values }];
  if (error instanceof RecordWriteError) {
    if (error.reason === RecordWriteErrorReason.notFound) return [{ key: SetupErrorReason.notFound, values: {} }];
    if (error.reason === RecordWriteErrorReason.invalid && error.issues.length > 0) {
      return error.issues.map((issue) => ({
        key: isValidationCode(issue.code) ? issue.code : ValidationCode.invalid,
        values: {},
        ...(issue.path ? { path: issue.path } : {}),
      }));
    }
  }
  return [{ key: NOT_SAVED_KEY, values: {} }];
}
