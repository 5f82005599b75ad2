/**
 * A pupil's results: each assessment with every attempt (two laptops make two, never a sum),
 * the one that counts by the teacher's rule and why, the score, the descriptors reached and
 * the teacher's feedback. Read on the pupil's own laptop, offline, from what the last sync
 * brought.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useMyResults } from '@/client/selfStudy/useSelfStudy';
import type { ResultOfWork } from '@/client/selfStudy/readMyResults';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { ASSESSMENT_KIND_LABEL_KEYS } from '@/ui/screens/assessments/assessmentsText';
import './myResults.css';

const COUNTED_KEYS = { best: 'myResults:bestCountedLabel', last: 'myResults:lastCountedLabel', first: 'myResults:firstCountedLabel' } as const;

export default function MyResultsScreen() {
  const { t } = useTranslation(['myResults']);
  const user = useSessionStore(selectUser);
  const results = useMyResults(user?.pupilId ?? '');
  if (!user?.pupilId) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      {results === undefined ? (
        <p className="screen-loading">{t('loadingMessage')}</p>
      ) : results.length === 0 ? (
        <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
      ) : (
        <ul className="result-list">
          {results.map((r) => (
            <ResultCard key={r.assignmentId ?? r.assessment.id} result={r} />
          ))}
        </ul>
      )}
    </ScreenLayout>
  );
}

function ResultCard({ result }: { result: ResultOfWork }) {
  const { t } = useTranslation(['myResults', 'assessments']);
  const { formatDate, formatNumber } = useFormatters();
  const counted = result.attempts.find((a) => a.id === result.countedId);
  return (
    <li className="panel result-card">
      <h2>{result.assessment.title}</h2>
      <p className="hint">{t(ASSESSMENT_KIND_LABEL_KEYS[result.assessment.kind])}</p>
      <p className="result-score">
        {counted?.total !== undefined && !counted.awaitingMarking
          ? t('scoreMessage', { points: formatNumber(counted.total), max: formatNumber(counted.maxScore) })
          : t('waitingMessage')}
      </p>
      {result.attempts.length > 1 && (
        <>
          <p>{t(COUNTED_KEYS[result.counting])}</p>
          <ul className="attempt-lines">
            {result.attempts.map((a, i) => (
              <li key={a.id} aria-current={a.id === result.countedId ? 'true' : undefined}>
                {t('attemptLineLabel', { number: i + 1, when: formatDate(a.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                {': '}
                {a.total !== undefined ? t('pointsOfLabel', { points: formatNumber(a.total), max: formatNumber(a.maxScore) }) : t('notScoredLabel')}
                {a.late ? ` · ${t('lateLabel')}` : ''}
                {a.refused ? ` · ${t('notCountedLabel')}` : a.id === result.countedId ? ` · ${t('countsLabel')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.descriptorsReached.length > 0 && (
        <>
          <h3>{t('descriptorsTitle')}</h3>
          <ul>
            {result.descriptorsReached.map((d, i) => (
              <li key={i}>
                {d.criterion}: {d.descriptor} ({t('assessments:pointsValueLabel', { count: d.points })})
              </li>
            ))}
          </ul>
        </>
      )}
      {result.feedback.length > 0 && (
        <>
          <h3>{t('feedbackTitle')}</h3>
          {result.feedback.map((f, i) => (
            <blockquote key={i} className="teacher-feedback">
              {f}
            </blockquote>
          ))}
        </>
      )}
    </li>
  );
}
