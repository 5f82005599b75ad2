/**
 * The journal page as files to enter into Kundelik in one sitting: XLSX (a sheet per grade,
 * numbers as numbers) and CSV, made on the laptop, offline, with the headers in the
 * journal's language. The files are built only when a button is pressed.
 */
import { useState } from 'react';
import { encodeCsv } from '@/client/csv/encodeCsv';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { JournalPageData } from '@/client/journal/readJournalPage';
import { encodeXlsx, XLSX_TYPE } from '@/client/xlsx/encodeXlsx';
import type { LocalizedText } from '@/domain/language';
import { fullName } from '@/domain/person';
import { journalCsvRows, journalSheets } from '@/domain/reports/kundelikSheet';
import { subjectName } from '../attendance/attendanceText';
import { downloadFile, safeFileName } from '../reports/downloadFile';
import { useSheetLabels } from './useSheetLabels';

interface Props {
  readonly data: JournalPageData;
  readonly schoolName: string;
  readonly subjectNames: LocalizedText;
  readonly quarter: number;
}

/** Column widths in characters: №, the name, each day, each summative, %, term, year. */
function widthsOf(data: JournalPageData): number[] {
  return [4, 30, ...data.page.days.map((d) => (d.work ? 12 : 7)), ...data.page.summatives.map(() => 11), 10, 10, 10];
}

export function KundelikDownloads({ data, schoolName, subjectNames, quarter }: Props) {
  const { t } = useTranslation(['journal', 'common']);
  const labels = useSheetLabels(data.language);
  const [failed, setFailed] = useState(false);
  const subject = subjectName(subjectNames, data.language);
  const quarterText = labels.quarterValue(quarter);
  const name = safeFileName(data.classSetName, subject, labels.fileName, quarterText);
  const sheets = () =>
    journalSheets(
      data.page,
      { school: schoolName, classSet: data.classSetName, subject, quarter: quarterText, teacher: data.teacher && fullName(data.teacher) },
      labels,
    );
  const csv = () => downloadFile(encodeCsv(journalCsvRows(sheets())), `${name}.csv`, 'text/csv;charset=utf-8');
  const xlsx = async () => {
    setFailed(false);
    try {
      const widths = widthsOf(data);
      const book = sheets().map((s) => ({ name: s.name, rows: s.rows, frozenRows: s.headerRow + 1, boldRows: [s.headerRow], columnWidths: widths }));
      downloadFile(await encodeXlsx(book), `${name}.xlsx`, XLSX_TYPE);
    } catch {
      // The writer is a chunk of its own: offline on a laptop that never fetched it, it cannot load.
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void xlsx()}>
        {t('downloadXlsxAction')}
      </button>
      <button type="button" className="button" onClick={csv}>
        {t('common:downloadCsvAction')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('common:xlsxFailedMessage')}
        </p>
      )}
    </>
  );
}
