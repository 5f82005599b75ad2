/**
 * The report's print and downloads, made on the laptop, offline: CSV of the period's table
 * (for any spreadsheet), XLSX of the period's table and a second sheet with the trend of
 * every class set across the year (the XLSX writer is loaded on first use). Rows are built
 * only when a button is pressed, so a large school costs nothing to show.
 */
import { useState } from 'react';
import { encodeCsv } from '@/client/csv/encodeCsv';
import { useTranslation } from '@/client/i18n/useTranslation';
import { encodeXlsx, XLSX_TYPE, type XlsxValue } from '@/client/xlsx/encodeXlsx';
import { downloadFile, safeFileName } from '@/ui/screens/reports/downloadFile';

export interface AchievementSheets {
  readonly period: { readonly name: string; readonly rows: readonly (readonly XlsxValue[])[] };
  readonly trend: { readonly name: string; readonly rows: readonly (readonly XlsxValue[])[] };
}

export function AchievementExport({ fileName, sheets }: { fileName: string; sheets: () => AchievementSheets }) {
  const { t } = useTranslation(['achievement', 'common']);
  const [failed, setFailed] = useState(false);
  const name = safeFileName(fileName);
  const csv = () =>
    downloadFile(encodeCsv(sheets().period.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))), `${name}.csv`, 'text/csv;charset=utf-8');
  const xlsx = async () => {
    setFailed(false);
    try {
      const { period, trend } = sheets();
      const sheet = (s: AchievementSheets['period']) => ({ name: s.name, rows: s.rows, frozenRows: 1, boldRows: [0], columnWidths: [16, 20] });
      downloadFile(await encodeXlsx([sheet(period), sheet(trend)]), `${name}.xlsx`, XLSX_TYPE);
    } catch {
      // The writer is a chunk of its own: offline on a laptop that never fetched it, it cannot load.
      setFailed(true);
    }
  };
  return (
    <div className="report-actions no-print">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('printAction')}
      </button>
      <button type="button" className="button" onClick={csv}>
        {t('common:downloadCsvAction')}
      </button>
      <button type="button" className="button" onClick={() => void xlsx()}>
        {t('common:downloadXlsxAction')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('common:xlsxFailedMessage')}
        </p>
      )}
    </div>
  );
}
