/**
 * Why a day has no lessons to show: a holiday (named), a day with no school, or none in the
 * timetable (`schoolDayMessage` says it for one person's day).
 */
import type { ReactNode } from 'react';
import type { DayLessons } from '@/client/attendance/dayLessons';
import { useTranslation } from '@/client/i18n/useTranslation';
import { EmptyState } from '@/ui/components/EmptyState';

export function NoLessons({
  day,
  title,
  schoolDayMessage,
  children,
}: {
  day: DayLessons;
  title: string;
  schoolDayMessage?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('attendance');
  const message =
    day.holidayName !== undefined
      ? t('holidayMessage', { name: day.holidayName })
      : day.isSchoolDay
        ? (schoolDayMessage ?? t('noTimetableLessonsMessage'))
        : t('notSchoolDayMessage');
  return (
    <EmptyState title={title} message={message}>
      {children}
    </EmptyState>
  );
}
