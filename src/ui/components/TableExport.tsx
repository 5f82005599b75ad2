/**
 * A report's downloads: the same table as CSV (for any spreadsheet, and the Kundelik
 * import) and as XLSX (Excel, with numbers as numbers), made on the laptop, offline.
 * The rows are built only when a button is pressed, so a large report costs nothing to show.
 */
import { useState } from 'react';
import { encodeCsv } from '@/client/csv/encodeCsv';
import { useTranslation } from '@/client/i18n/useTranslation';
import { encodeXlsx, XLSX_TYPE, type XlsxValue } from '@/client/xlsx/encodeXlsx';
import { downloadFile, safeFileName } from '@/ui/screens/reports/downloadFile';

export interface TableExportProps {
  /** The file's name without its extension. */
  readonly fileName: string;
  /** The first row is the header. */
  readonly rows: () => readonly (readonly XlsxValue[])[];
}

export function TableExport({ fileName, rows }: TableExportProps) {
  const { t } = useTranslation(['common']);
  const [failed, setFailed] = useState(false);
  const name = safeFileName(fileName);
  const csv = () => downloadFile(encodeCsv(rows().map((r) => r.map((v) => (v === null ? '' : String(v))))), `${name}.csv`, 'text/csv;charset=utf-8');
  const xlsx = async () => {
    setFailed(false);
    try {
      const table = rows();
      downloadFile(await encodeXlsx([{ name: fileName, rows: table, frozenRows: 1, boldRows: [0] }]), `${name}.xlsx`, XLSX_TYPE);
    } catch {
      // The writer is a chunk of its own: offline on a laptop that never fetched it, it cannot load.
      setFailed(true);
    }
  };
  return (
    <div className="report-actions no-print">
      <button type="button" className="button" onClick={csv}>
        {t('downloadCsvAction')}
      </button>
      <button type="button" className="button" onClick={() => void xlsx()}>
        {t('downloadXlsxAction')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('xlsxFailedMessage')}
        </p>
      )}
    </div>
  );
}
