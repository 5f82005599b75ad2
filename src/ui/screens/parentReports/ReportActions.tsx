/**
 * Print (the browser's dialog: one A4 page per pupil, by the print stylesheet) and the
 * class's figures as CSV and XLSX, written on the laptop in the report's language, offline.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { parentReportCsv, parentReportTables, parentReportXlsx } from '@/client/parentReports/parentReportSheets';
import type { ReportT } from '@/client/parentReports/useReportTranslation';
import { XLSX_TYPE } from '@/client/xlsx/encodeXlsx';
import type { InstructionLanguage } from '@/domain/language';
import type { PupilAchievementReport } from '@/domain/reports/pupilAchievementReport';
import { downloadFile, safeFileName } from '@/ui/screens/reports/downloadFile';

interface Props {
  reports: readonly PupilAchievementReport[];
  t: ReportT;
  language: InstructionLanguage;
  /** The file's name without extension, before it is made safe. */
  fileName: readonly string[];
}

export function ReportActions({ reports, t: reportT, language, fileName }: Props) {
  const { t } = useTranslation(['parentReports']);
  const name = safeFileName(reportT('parentReports:fileNameLabel'), ...fileName);
  const tables = () => parentReportTables(reports, reportT, language);
  return (
    <div className="report-actions parent-report-actions">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('printAction')}
      </button>
      <button type="button" className="button" onClick={() => downloadFile(parentReportCsv(tables()), `${name}.csv`, 'text/csv;charset=utf-8')}>
        {t('downloadCsvAction')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void parentReportXlsx(tables(), reportT).then((bytes) => downloadFile(bytes, `${name}.xlsx`, XLSX_TYPE))}
      >
        {t('downloadXlsxAction')}
      </button>
    </div>
  );
}
