/** What importing one row would do: a new pupil, already imported, or its errors by column. */
import type { PupilImportRow } from '@/client/csv/planPupilImport';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useCsvMessages } from './useCsvMessages';

const STATUS_KEYS = { create: 'newRowStatusLabel', unchanged: 'unchangedRowStatusLabel', invalid: 'invalidRowStatusLabel' } as const;

export function ImportRowStatus({ row }: { row: PupilImportRow }) {
  const { t } = useTranslation('people');
  const { rowErrorMessage } = useCsvMessages();
  return (
    <>
      <span className={`status-tag status-tag-${row.kind}`}>{t(STATUS_KEYS[row.kind])}</span>
      {row.kind === 'invalid' && (
        <ul className="row-errors">
          {row.errors.map((error, i) => (
            <li key={i}>{rowErrorMessage(error)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
