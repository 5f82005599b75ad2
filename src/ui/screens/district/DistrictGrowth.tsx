/**
 * The Digital teacher (Цифрлық ұстаз) programme's growth per subject across the schools the
 * filters keep: the mean growth from the starting checkpoint in percentage points, and how
 * many pupils have one or are still waiting for a later checkpoint. Counts only: a line of
 * fewer than 3 pupils never leaves a school (src/server/district/growthSummary.ts).
 */
import { useId } from 'react';
import { growthLines, type DistrictFilters } from '@/client/district/districtFilters';
import type { DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TableExport } from '@/ui/components/TableExport';

interface Props {
  readonly overview: DistrictOverviewAnswer;
  readonly filters: DistrictFilters;
  readonly subjectName: (code: string) => string;
}

export function DistrictGrowth({ overview, filters, subjectName }: Props) {
  const { t } = useTranslation(['district']);
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const lines = growthLines(overview, filters);
  return (
    <section className="district-growth" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('growthTitle')}</h2>
      <p className="hint">{t('growthHintMessage')}</p>
      {lines.length === 0 ? (
        <p className="hint">{t('noGrowthMessage')}</p>
      ) : (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('subjectColumnLabel')}</th>
              <th scope="col" className="numeric">
                {t('growthColumnLabel')}
              </th>
              <th scope="col" className="numeric">
                {t('growthPupilsColumnLabel')}
              </th>
              <th scope="col" className="numeric">
                {t('growthWaitingColumnLabel')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.subject} data-subject={line.subject}>
                <th scope="row">{subjectName(line.subject)}</th>
                <td className="numeric" data-figure="growth">
                  {line.meanGrowth === null ? '—' : formatNumber(line.meanGrowth, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })}
                </td>
                <td className="numeric">{line.pupilsWithGrowth}</td>
                <td className="numeric">{line.pupilsWithout}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lines.length > 0 && (
        <TableExport
          fileName={t('growthTitle')}
          rows={() => [
            [t('subjectColumnLabel'), t('growthColumnLabel'), t('growthPupilsColumnLabel'), t('growthWaitingColumnLabel')],
            ...lines.map((line) => [
              subjectName(line.subject),
              line.meanGrowth === null ? null : Math.round(line.meanGrowth * 10) / 10,
              line.pupilsWithGrowth,
              line.pupilsWithout,
            ]),
          ]}
        />
      )}
    </section>
  );
}
