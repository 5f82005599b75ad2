/** The teacher's queue of work to mark: written work by the rubric and late attempts to decide on, oldest first, all offline. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useMarkingQueue } from '@/client/assessments/useAssessments';
import { MarkAttemptCard } from './MarkAttemptCard';

export function MarkingPanel({ schoolId, staffId }: { schoolId: string; staffId: string }) {
  const { t } = useTranslation(['assessments']);
  const queue = useMarkingQueue(schoolId);
  if (queue === undefined) return <p className="screen-loading">{t('loadingItemsMessage')}</p>;
  if (queue.length === 0) return <p>{t('nothingToMarkMessage')}</p>;
  return (
    <section aria-label={t('markingTitle')}>
      <p role="status">{t('toMarkMessage', { count: queue.length })}</p>
      <ul className="mark-list">
        {queue.map((work) => (
          <MarkAttemptCard key={work.total.id} work={work} staffId={staffId} />
        ))}
      </ul>
    </section>
  );
}
