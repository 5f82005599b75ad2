/**
 * The preview of a pupils file before anything is stored: counts, then every row with its
 * row number as Excel shows it, its cells, and what importing it would do: a new pupil,
 * "already imported" (the school has this pupil: importing again changes nothing), or its
 * errors in the head's language, each naming its column.
 */
import { useId } from 'react';
import type { PupilImportPlan, PupilImportRow } from '@/client/csv/planPupilImport';
import { PUPIL_CSV_COLUMNS } from '@/client/csv/pupilCsvColumns';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ImportRowStatus } from './ImportRowStatus';
import { CSV_COLUMN_KEYS } from './useCsvMessages';

type Plan = Extract<PupilImportPlan, { ok: true }>;

export function ImportPreview({ plan, fileName }: { plan: Plan; fileName: string }) {
  const { t } = useTranslation('people');
  const captionId = useId();
  const badColumns = (row: PupilImportRow) => new Set(row.kind === 'invalid' ? row.errors.map((e) => e.column) : []);
  return (
    <div className="import-preview">
      <ul className="counts" aria-label={t('previewCountsLabel')}>
        <li>{t('rowsCountMessage', { count: plan.rows.length })}</li>
        <li>{t('newRowsCountMessage', { count: plan.counts.create })}</li>
        <li>{t('unchangedRowsCountMessage', { count: plan.counts.unchanged })}</li>
        <li>{t('invalidRowsCountMessage', { count: plan.counts.invalid })}</li>
      </ul>
      <p className="hint">
        {t('fileReadMessage', { name: fileName, encoding: plan.encoding.toUpperCase(), separator: plan.separator === '\t' ? 'Tab' : plan.separator })}
        {plan.ignoredColumns.length > 0 && ` ${t('ignoredColumnsMessage', { columns: plan.ignoredColumns.join(', ') })}`}
      </p>
      <div className="table-frame">
        <table className="data-table" aria-describedby={captionId}>
          <caption id={captionId}>{t('previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rowNumberColumnLabel')}</th>
              {PUPIL_CSV_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(CSV_COLUMN_KEYS[column])}
                </th>
              ))}
              <th scope="col">{t('rowStatusColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => {
              const bad = badColumns(row);
              return (
                <tr
                  key={row.rowNumber}
                  className={row.kind === 'invalid' ? 'row-invalid' : undefined}
                  data-row-number={row.rowNumber}
                  data-row-kind={row.kind}
                >
                  <th scope="row" className="numeric">
                    {row.rowNumber}
                  </th>
                  {PUPIL_CSV_COLUMNS.map((column) => (
                    <td key={column} className={bad.has(column) ? 'cell-error' : undefined}>
                      {row.cells[column] || (bad.has(column) ? '—' : '')}
                    </td>
                  ))}
                  <td>
                    <ImportRowStatus row={row} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
