/** The teacher's queue of work to mark: written work by the rubric and late attempts to decide on, oldest first, all offline. */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useMarkingQueue } from '@/client/assessments/useAssessments';
import { MarkAttemptCard } from './MarkAttemptCard';

export function MarkingPanel({ schoolId, staffId }: { schoolId: string; staffId: string }) {
  const { t } = useTranslation(['assessments']);
  const queue = useMarkingQueue(schoolId);
  const [lastMarked, setLastMarked] = useState<string | undefined>();
  if (queue === undefined) return <p className="screen-loading">{t('loadingItemsMessage')}</p>;
  return (
    <section aria-label={t('markingTitle')}>
      <p role="status" className="field-status">
        {lastMarked ? t('markedMessage', { name: lastMarked }) : ''}
      </p>
      <p>{queue.length === 0 ? t('nothingToMarkMessage') : t('toMarkMessage', { count: queue.length })}</p>
      <ul className="mark-list">
        {queue.map((work) => (
          <MarkAttemptCard key={work.total.id} work={work} staffId={staffId} onMarked={setLastMarked} />
        ))}
      </ul>
    </section>
  );
}
