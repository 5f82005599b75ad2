/**
 * The rows an import stores, after the head has seen the preview. "Import all" is refused
 * while any row has an error, so nothing partial is stored from a bad file by accident;
 * "import valid rows only" is the explicit choice to store the good rows and skip the rest.
 *
 * Write order: each pupil's enrolment before the pupil. The ids are derived, so a re-import
 * after a crash rewrites the same rows; and because a stored pupil makes its row `unchanged`,
 * writing the enrolment first means no pupil is ever left without one.
 */
import type { Enrolment } from '@/domain/entities/enrolment';
import type { Pupil } from '@/domain/entities/pupil';
import type { EnrolmentId, PupilId } from '@/domain/ids';
import { CsvErrorCode } from './csvErrorCode';
import type { PupilImportPlan } from './planPupilImport';

export const PupilImportChoice = { all: 'all', validRowsOnly: 'validRowsOnly' } as const;
export type PupilImportChoice = (typeof PupilImportChoice)[keyof typeof PupilImportChoice];

export type PupilImportWrite =
  | { readonly table: 'enrolments'; readonly id: EnrolmentId; readonly fields: Enrolment }
  | { readonly table: 'pupils'; readonly id: PupilId; readonly fields: Pupil };

export function pupilImportWrites(
  plan: PupilImportPlan,
  choice: PupilImportChoice,
): { readonly ok: true; readonly writes: readonly PupilImportWrite[] } | { readonly ok: false; readonly error: CsvErrorCode } {
  if (!plan.ok) return { ok: false, error: plan.error };
  if (choice === PupilImportChoice.all && !plan.isAllValid) return { ok: false, error: CsvErrorCode.rowsHaveErrors };
  const writes: PupilImportWrite[] = [];
  for (const row of plan.rows) {
    if (row.kind !== 'create') continue;
    writes.push({ table: 'enrolments', id: row.enrolmentId, fields: row.enrolment });
    writes.push({ table: 'pupils', id: row.pupilId, fields: row.pupil });
  }
  return { ok: true, writes };
}
