/**
 * Why a local write was refused before anything was stored. The UI maps `reason` (and each
 * issue's `code`, a `ValidationCode` i18n key) to a message in the user's language.
 */
import type { TableName } from '@/domain/tables';

export const RecordWriteErrorReason = {
  /** The data fails the entity's schema; `issues` say where and why. */
  invalid: 'invalid',
  /** No row with this id in this table (update or delete). */
  notFound: 'notFound',
  /** The row or table is append-only: its rows are never changed or deleted. */
  appendOnly: 'appendOnly',
  /** `appendRecord` on a table whose rows are mutable: use `createRecord`. */
  notAppendOnly: 'notAppendOnly',
  /** An append-only row with this id exists already. */
  alreadyExists: 'alreadyExists',
  /** The row belongs to another school than the author's. */
  wrongSchool: 'wrongSchool',
} as const;
export type RecordWriteErrorReason = (typeof RecordWriteErrorReason)[keyof typeof RecordWriteErrorReason];

export interface RecordIssue {
  /** Dotted path to the field, e.g. `quarters.2.endsOn`; empty for the whole record. */
  path: string;
  /** A `ValidationCode` (i18n key), e.g. `validation.requiredMessage`. */
  code: string;
}

export class RecordWriteError extends Error {
  override readonly name = 'RecordWriteError';
  constructor(
    readonly reason: RecordWriteErrorReason,
    readonly table: TableName,
    readonly issues: readonly RecordIssue[] = [],
  ) {
    super(`Write to ${table} refused: ${reason}${issues.length ? ` (${issues.map((i) => `${i.path || '_'}:${i.code}`).join(', ')})` : ''}`);
  }
}
