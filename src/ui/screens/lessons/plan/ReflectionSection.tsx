/** Differentiation, and after the lesson (step 6) the reflection and what to improve. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonPlanForm } from './lessonPlanForm';
import { PlanTextField } from './PlanTextField';

export function ReflectionSection({
  draft,
  change,
}: {
  draft: LessonPlanForm;
  change: <F extends keyof LessonPlanForm>(f: F, v: LessonPlanForm[F]) => void;
}) {
  const { t } = useTranslation(['lessons']);
  return (
    <section className="panel" aria-labelledby="plan-reflection-heading">
      <h2 id="plan-reflection-heading">{t('reflectionTitle')}</h2>
      <PlanTextField label={t('differentiationFieldLabel')} multiline value={draft.differentiation} onChange={(v) => change('differentiation', v)} />
      <PlanTextField label={t('reflectionFieldLabel')} multiline value={draft.reflection} onChange={(v) => change('reflection', v)} />
      <PlanTextField label={t('improvementsFieldLabel')} multiline value={draft.improvements} onChange={(v) => change('improvements', v)} />
    </section>
  );
}
