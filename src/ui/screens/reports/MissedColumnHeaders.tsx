/**
 * The column headers every attendance report table shares, from "absent" to "% present",
 * with the journal letters of the class's language: one place, so the class set and the
 * school tables can never disagree on order or wording.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { JOURNAL_CODES, type JournalLanguage } from '@/domain/attendance';

export function MissedColumnHeaders({ language }: { language: JournalLanguage }) {
  const { t } = useTranslation(['reports']);
  const codes = JOURNAL_CODES[language];
  return (
    <>
      <th scope="col" className="numeric">
        {t('absentColumnLabel', { code: codes.absent })}
      </th>
      <th scope="col" className="numeric">
        {t('excusedColumnLabel', { code: codes.excused })}
      </th>
      <th scope="col" className="numeric">
        {t('illColumnLabel', { code: codes.ill })}
      </th>
      <th scope="col" className="numeric">
        {t('missedColumnLabel')}
      </th>
      <th scope="col" className="numeric">
        {t('wholeDaysColumnLabel')}
      </th>
      <th scope="col" className="numeric">
        {t('lateColumnLabel', { code: codes.late })}
      </th>
      <th scope="col" className="numeric">
        {t('presentColumnLabel')}
      </th>
    </>
  );
}
