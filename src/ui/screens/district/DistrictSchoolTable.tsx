/**
 * One line per school of the district under the filters (the school filter aside: the
 * chosen school is marked), with when a laptop of the school last synced and whether its
 * figures are still being recomputed after that, and its latest measured download speed
 * against its contract (with how many schools get under half of theirs). Choosing a school's name filters every
 * other table and chart to it; choosing it again shows the whole district.
 */
import { useId } from 'react';
import { filteredCells, linkShare, schoolLines, totals, type DistrictFilters } from '@/client/district/districtFilters';
import type { DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TableExport } from '@/ui/components/TableExport';
import { FiguresCells, FiguresHeadings } from './FiguresCells';

interface Props {
  readonly overview: DistrictOverviewAnswer;
  readonly filters: DistrictFilters;
  readonly title: string;
  readonly onChoose: (schoolId: string | undefined) => void;
}

export function DistrictSchoolTable({ overview, filters, title, onChoose }: Props) {
  const { t } = useTranslation(['district']);
  const { formatDate, formatNumber } = useFormatters();
  const link = linkShare(overview, filters);
  const headingId = useId();
  const lines = schoolLines(overview, filters);
  const district = totals(filteredCells(overview, { ...filters, schoolId: undefined }));
  // Numbers as numbers (percents to one decimal) for a spreadsheet: the table's own columns.
  const percent = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  const exportRows = () => [
    [
      t('schoolColumnLabel'),
      t('assessedColumnLabel'),
      t('performanceColumnLabel'),
      t('qualityColumnLabel'),
      t('attendanceColumnLabel'),
      t('linkDownColumnLabel'),
      t('linkContractColumnLabel'),
      t('lastSyncColumnLabel'),
    ],
    ...lines.map((line) => [
      line.name,
      line.figures.assessed,
      percent(line.figures.performancePercent),
      percent(line.figures.qualityPercent),
      percent(line.figures.attendancePercent),
      line.link?.downMbps ?? null,
      line.link?.contractedMbps ?? null,
      line.lastSyncAt,
    ]),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {link.measured > 0 && <p className="hint">{t('linkShareMessage', { under: link.underHalf, measured: link.measured })}</p>}
      <div className="table-scroll" role="region" aria-label={t('schoolsRegionLabel')} tabIndex={0}>
        <table className="data-table report-table district-table">
          <thead>
            <tr>
              <th scope="col">{t('schoolColumnLabel')}</th>
              <FiguresHeadings />
              <th scope="col" className="numeric">
                {t('linkColumnLabel')}
              </th>
              <th scope="col">{t('lastSyncColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const chosen = line.schoolId === filters.schoolId;
              return (
                <tr key={line.schoolId} data-school-id={line.schoolId} className={chosen ? 'district-chosen' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-pressed={chosen} onClick={() => onChoose(chosen ? undefined : line.schoolId)}>
                      {line.name}
                    </button>
                    {!line.current && <span className="district-updating">{t('updatingLabel')}</span>}
                  </th>
                  <FiguresCells figures={line.figures} />
                  <td className="numeric" data-figure="link">
                    {line.link
                      ? t('linkValueLabel', {
                          measured: formatNumber(line.link.downMbps, { maximumFractionDigits: 1 }),
                          contracted: line.link.contractedMbps === null ? '—' : formatNumber(line.link.contractedMbps, { maximumFractionDigits: 1 }),
                        })
                      : t('notMeasuredLabel')}
                  </td>
                  <td>
                    {line.lastSyncAt ? formatDate(new Date(line.lastSyncAt), { dateStyle: 'medium', timeStyle: 'short' }) : t('neverSyncedLabel')}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('districtRowLabel')}</th>
              <FiguresCells figures={district} />
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <TableExport fileName={title} rows={exportRows} />
    </section>
  );
}
