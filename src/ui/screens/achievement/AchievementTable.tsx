/**
 * The school table for a period: a row per class set with its pupils, those not yet
 * assessed and its үлгерім and білім сапасы over all subjects, then the two shares for each
 * subject; the school's row at the foot. A subject's cell also says how many pupils have no
 * mark yet in it; a cell left empty means the subject has no gradebook in that class set.
 */
import { Fragment } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Indicators } from '@/domain/grading/indicators';
import type { PeriodFigures } from '@/domain/reports/achievementIndicators';
import { TableFrame } from '@/ui/components/TableFrame';
import { useReportFormat } from '@/ui/screens/reports/useReportFormat';
import type { Named } from './achievementRows';

interface Props {
  readonly figures: PeriodFigures;
  readonly classSets: readonly Named[];
  readonly subjects: readonly Named[];
  readonly title: string;
}

export function AchievementTable({ figures, classSets, subjects, title }: Props) {
  const { t } = useTranslation(['achievement']);
  const format = useReportFormat();
  /** The two shares of a subject (or of all subjects, `subject` "all"); a subject's also says who has no mark yet. */
  const shares = (subject: string, i: Indicators | undefined) =>
    i === undefined ? (
      <>
        <td data-subject={subject} data-figure="performance" />
        <td data-subject={subject} data-figure="quality" />
      </>
    ) : (
      <>
        <td className="numeric" data-subject={subject} data-figure="performance">
          {format.percent(i.performancePercent)}
          {subject !== 'all' && i.notAssessed > 0 && (
            <span className="achievement-unassessed">{t('notAssessedCountLabel', { count: i.notAssessed })}</span>
          )}
        </td>
        <td className="numeric" data-subject={subject} data-figure="quality">
          {format.percent(i.qualityPercent)}
        </td>
      </>
    );
  const row = (total: Indicators | undefined, bySubject: (subjectId: string) => Indicators | undefined) => (
    <>
      <td className="numeric" data-figure="pupils">
        {/* No gradebook there this period: nothing to count, not zero pupils. */}
        {total?.pupils ?? '—'}
      </td>
      <td className="numeric" data-figure="notAssessed">
        {total?.notAssessed ?? '—'}
      </td>
      {shares('all', total)}
      {subjects.map((s) => (
        <Fragment key={s.id}>{shares(s.id, bySubject(s.id))}</Fragment>
      ))}
    </>
  );
  const pair = (
    <>
      <th scope="col" className="numeric">
        <abbr title={t('performanceFullLabel')}>{t('performanceShortLabel')}</abbr>
      </th>
      <th scope="col" className="numeric">
        <abbr title={t('qualityFullLabel')}>{t('qualityShortLabel')}</abbr>
      </th>
    </>
  );
  return (
    <TableFrame label={t('tableRegionLabel')}>
      <table className="data-table report-table achievement-table">
        <caption>
          {title}
          <span className="hint">{t('tableHintMessage')}</span>
        </caption>
        <colgroup span={3} />
        <colgroup span={2} />
        {subjects.map((s) => (
          <colgroup key={s.id} span={2} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('classSetColumnLabel')}
            </th>
            <th scope="col" rowSpan={2} className="numeric">
              {t('pupilsColumnLabel')}
            </th>
            <th scope="col" rowSpan={2} className="numeric">
              {t('notAssessedColumnLabel')}
            </th>
            <th scope="colgroup" colSpan={2} className="achievement-group">
              {t('allSubjectsColumnLabel')}
            </th>
            {subjects.map((s) => (
              <th key={s.id} scope="colgroup" colSpan={2} className="achievement-group" data-subject-id={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
          <tr>
            {pair}
            {subjects.map((s) => (
              <Fragment key={s.id}>{pair}</Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {classSets.map((c) => (
            <tr key={c.id} data-class-set-id={c.id}>
              <th scope="row">{c.name}</th>
              {row(figures.classSets.get(c.id), (subjectId) => figures.cells.get(c.id)?.get(subjectId))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-totals="true" data-school-row="true">
            <th scope="row">{t('schoolRowLabel')}</th>
            {row(figures.school, (subjectId) => figures.subjects.get(subjectId))}
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
