/** Names the district view shows for filter values: grades, shifts, languages, periods, subjects. */
import { useCallback } from 'react';
import type { Period } from '@/client/district/districtFilters';
import type { DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { subjectName } from '@/ui/screens/attendance/attendanceText';

export function useDistrictText(overview: DistrictOverviewAnswer | undefined) {
  const { t } = useTranslation(['district']);
  const language = currentLanguage();
  const subject = useCallback(
    (code: string) => subjectName(overview?.subjects.find((s) => s.code === code)?.names, language) || code,
    [overview, language],
  );
  return {
    grade: (grade: number) => t('gradeOptionLabel', { grade }),
    shift: (shift: number) => t('shiftOptionLabel', { shift }),
    language: (code: string) => (code === 'kk' ? t('kazakhOptionLabel') : code === 'ru' ? t('russianOptionLabel') : code),
    period: (period: Period) => (period === 5 ? t('yearOptionLabel') : t('quarterOptionLabel', { quarter: period })),
    subject,
  };
}
