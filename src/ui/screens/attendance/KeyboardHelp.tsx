/** The register's keys, in the letters of the class's journal, folded away until asked for. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { JOURNAL_CODES, type JournalLanguage } from '@/domain/attendance';

export function KeyboardHelp({ language }: { language: JournalLanguage }) {
  const { t } = useTranslation('attendance');
  const codes = JOURNAL_CODES[language];
  return (
    <details className="keyboard-help">
      <summary>{t('keyboardHelpTitle')}</summary>
      <ul>
        <li>{t('keyboardLettersMessage', { absent: codes.absent, excused: codes.excused, ill: codes.ill, late: codes.late })}</li>
        <li>{t('keyboardDigitsMessage')}</li>
        <li>{t('keyboardArrowsMessage')}</li>
        <li>{t('keyboardTabMessage')}</li>
      </ul>
    </details>
  );
}
