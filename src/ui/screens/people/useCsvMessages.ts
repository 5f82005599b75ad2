/**
 * The CSV import's codes in the head's words: each `CsvErrorCode` is a key of the `people`
 * namespace (flat keys named like the codes, `csv.missingNameMessage`), each column has
 * its label, and a row error reads "Name: the name is missing" with the column it is about.
 */
import type { CsvErrorCode } from '@/client/csv/csvErrorCode';
import type { PupilCsvColumn } from '@/client/csv/pupilCsvColumns';
import type { PupilRowError } from '@/client/csv/readPupilRow';
import { useTranslation } from '@/client/i18n/useTranslation';

export const CSV_COLUMN_KEYS = {
  surname: 'surnameColumnLabel',
  name: 'nameColumnLabel',
  patronymic: 'patronymicColumnLabel',
  grade: 'gradeColumnLabel',
  classSet: 'classSetColumnLabel',
  birthDate: 'birthDateColumnLabel',
} as const satisfies Record<PupilCsvColumn, string>;

export interface CsvMessages {
  /** A file-level or choice-level problem, with the columns it names if any. */
  fileMessage(code: CsvErrorCode, columns?: readonly PupilCsvColumn[]): string;
  /** One row error, prefixed with its column's label when it is about one cell. */
  rowErrorMessage(error: PupilRowError): string;
}

export function useCsvMessages(): CsvMessages {
  const { t } = useTranslation('people');
  return {
    fileMessage: (code, columns = []) => t(code as 'csv.emptyFileMessage', { columns: columns.map((c) => t(CSV_COLUMN_KEYS[c])).join(', ') }),
    rowErrorMessage: (error) => {
      const message = t(error.code as 'csv.emptyFileMessage', {
        row: error.duplicateOf ?? 0,
        expected: error.expected ?? 0,
        actual: error.actual ?? 0,
      });
      return error.column === undefined ? message : t('cellErrorMessage', { column: t(CSV_COLUMN_KEYS[error.column]), message });
    },
  };
}
