/** Numbers as reports show them: percents with one decimal in the interface language, ranges of dates. */
import { useFormatters } from '@/client/i18n/useFormatters';
import type { DateRange } from '@/domain/reports/reportPeriod';
import { LONG_DATE, useIsoDateFormat } from '@/ui/components/schoolDates';

export function useReportFormat(): {
  percent: (value: number | null) => string;
  range: (range: DateRange) => string;
  shortDate: (date: string) => string;
} {
  const { formatNumber } = useFormatters();
  const formatDate = useIsoDateFormat();
  return {
    percent: (value) => (value === null ? '—' : formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 })),
    range: ({ from, to }) => (from === to ? formatDate(from, LONG_DATE) : `${formatDate(from, LONG_DATE)} – ${formatDate(to, LONG_DATE)}`),
    shortDate: (date) => formatDate(date, { day: '2-digit', month: '2-digit' }),
  };
}
