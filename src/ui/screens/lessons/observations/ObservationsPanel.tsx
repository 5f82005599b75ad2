/**
 * Lesson observation on the plan's page: the head or a mentor records what they saw
 * against the plan's success criteria, with notes and recommendations, and shares it; the
 * observed teacher reads it and answers. Only staff reach this page; a draft is the
 * observer's alone.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useObservations } from '@/client/observations/observationCommands';
import type { LessonPlanRow } from '@/client/lessons/readLessonPlanEditor';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ObservationCard } from './ObservationCard';
import { RecordObservationForm } from './RecordObservationForm';

export function ObservationsPanel({ plan, date }: { plan: LessonPlanRow; date: string | undefined }) {
  const { t } = useTranslation(['lessons']);
  const user = useSessionStore(selectUser);
  const observations = useObservations(user?.staffId, plan.id);
  if (!user?.staffId) return null;
  const mayObserve = user.staffId !== plan.authorId;
  return (
    <section className="panel" aria-labelledby="plan-observations-heading">
      <h2 id="plan-observations-heading">{t('observationsTitle')}</h2>
      {observations?.length === 0 && !mayObserve && <p className="hint">{t('noObservationsMessage')}</p>}
      {observations?.map((view) => (
        <ObservationCard key={view.observation.id} view={view} staffId={user.staffId!} />
      ))}
      {mayObserve && <RecordObservationForm plan={plan} observerId={user.staffId} date={date} />}
    </section>
  );
}
