/**
 * Each quarter's planned hours against the class set's real lessons, and the topics behind
 * the calendar: what a teacher corrects a КТЖ by (merge topics in a short quarter, revise in
 * a long one, catch up a topic whose lessons passed).
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonsOverview } from '@/client/lessons/readLessonsOverview';
import { entryTitle } from './entryTitle';

export function QuarterBalances({ overview }: { overview: LessonsOverview }) {
  const { t } = useTranslation(['lessons']);
  return (
    <section className="panel" aria-labelledby="lessons-balance-heading">
      <h2 id="lessons-balance-heading">{t('balanceTitle')}</h2>
      <ul className="quarter-balances">
        {overview.quarters.map((q) => (
          <li key={q.quarter} className={q.shortBy > 0 ? 'quarter-short' : undefined}>
            <strong>{t('quarterLabel', { quarter: q.quarter })}</strong> {t('balanceMessage', { hours: q.plannedHours, lessons: q.lessons })}{' '}
            {q.shortBy > 0 ? t('shortByMessage', { count: q.shortBy }) : q.spare > 0 ? t('spareMessage', { count: q.spare }) : ''}
          </li>
        ))}
      </ul>
      {overview.behind.length > 0 && (
        <div className="warning-message" role="note">
          <p>{t('behindTitle', { count: overview.behind.length })}</p>
          <ul>
            {overview.behind.map((i) => (
              <li key={i}>{entryTitle(overview.entries[i])}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
