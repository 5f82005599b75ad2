/**
 * The Kundelik file's words in the journal's language (Kazakh or Russian, the class's
 * language of instruction), whatever the interface language: the file is copied into the
 * class's own journal. The namespace in that language loads on first use (suspends).
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { JournalLanguage } from '@/domain/attendance';
import { shortJournalDate, type SheetLabels } from '@/domain/reports/kundelikSheet';

export interface FileLabels extends SheetLabels {
  readonly quarterValue: (quarter: number) => string;
  readonly fileName: string;
}

export function useSheetLabels(language: JournalLanguage): FileLabels {
  const { t } = useTranslation(['journal'], { lng: language });
  return {
    school: t('schoolLabel'),
    classSet: t('classSetLabel'),
    subject: t('subjectLabel'),
    quarter: t('quarterLabel'),
    teacher: t('teacherLabel'),
    pupil: t('pupilColumnLabel'),
    termPercent: t('termPercentColumnLabel'),
    termMark: t('termMarkColumnLabel'),
    yearMark: t('yearMarkColumnLabel'),
    day: (column) =>
      column.work ? t('dayWorkColumnLabel', { date: shortJournalDate(column.date), max: column.work.maxScore }) : shortJournalDate(column.date),
    summative: ({ work, number }) =>
      work.component === 'termSummative'
        ? t('termSummativeColumnLabel', { max: work.maxScore })
        : t('sectionSummativeColumnLabel', { number, max: work.maxScore }),
    grade: (grade) => t('gradeGroupLabel', { grade }),
    quarterValue: (quarter) => t('quarterValueLabel', { quarter }),
    fileName: t('fileNameLabel'),
  };
}
