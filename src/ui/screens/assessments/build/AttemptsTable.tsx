/**
 * An assessment's submitted attempts, pupil by pupil, for the teacher: each pupil's score of
 * the items (right and wrong per item), the written work's points once marked, whether it
 * came late, and a quick check's attempts recorded on a class laptop.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useAssessmentAttempts } from '@/client/assessments/useAssessments';
import { fullName } from '@/domain/person';

export function AttemptsTable({ schoolId, assessmentId, title }: { schoolId: string; assessmentId: string; title: string }) {
  const { t } = useTranslation(['assessments']);
  const { formatNumber } = useFormatters();
  const attempts = useAssessmentAttempts(schoolId, assessmentId);
  if (!attempts?.length) return null;
  return (
    <div className="table-frame" tabIndex={0} role="region" aria-label={t('attemptsTableTitle', { title })}>
      <table className="data-table">
        <caption>{t('attemptsTableTitle', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pupilColumnLabel')}</th>
            <th scope="col">{t('itemsColumnLabel')}</th>
            <th scope="col">{t('answersColumnLabel')}</th>
            <th scope="col">{t('totalColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map(({ total, pupil }) => (
            <tr key={total.id} data-pupil-id={total.attempt.pupilId}>
              <th scope="row">
                {pupil ? fullName(pupil) : t('unknownPupilLabel')}
                {total.late ? ` (${t('lateBadgeLabel')})` : ''}
                {total.attempt.recordedById ? ` (${t('inClassBadgeLabel')})` : ''}
              </th>
              <td>
                {total.result?.autoPoints !== undefined
                  ? t('itemsScoreMessage', { points: formatNumber(total.result.autoPoints), max: formatNumber(total.result.autoMaxPoints ?? 0) })
                  : t('notScoredYetMessage')}
              </td>
              <td>{(total.result?.itemScores ?? []).map((s) => (s.isCorrect ? '✓' : '✗')).join(' ')}</td>
              <td>{total.total !== undefined ? `${formatNumber(total.total)} / ${formatNumber(total.maxScore)}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
