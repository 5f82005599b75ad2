/** The figure columns every district table shares: pupils assessed, үлгерім, білім сапасы, attendance. */
import type { Figures } from '@/client/district/districtFilters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useReportFormat } from '@/ui/screens/reports/useReportFormat';

export function FiguresHeadings() {
  const { t } = useTranslation(['district']);
  return (
    <>
      <th scope="col" className="numeric">
        {t('assessedColumnLabel')}
      </th>
      <th scope="col" className="numeric">
        {t('performanceColumnLabel')}
      </th>
      <th scope="col" className="numeric">
        {t('qualityColumnLabel')}
      </th>
      <th scope="col" className="numeric">
        {t('attendanceColumnLabel')}
      </th>
    </>
  );
}

export function FiguresCells({ figures }: { figures: Figures }) {
  const format = useReportFormat();
  return (
    <>
      <td className="numeric">{figures.assessed}</td>
      <td className="numeric" data-figure="performance">
        {format.percent(figures.performancePercent)}
      </td>
      <td className="numeric" data-figure="quality">
        {format.percent(figures.qualityPercent)}
      </td>
      <td className="numeric" data-figure="attendance">
        {format.percent(figures.attendancePercent)}
      </td>
    </>
  );
}
