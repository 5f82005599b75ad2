/** Step 1: the lesson's topic, its objectives by code, expected results and success criteria. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { TextLimit } from '@/domain/entities/fields';
import type { LessonPlanForm } from './lessonPlanForm';
import { PlanTextField } from './PlanTextField';

export function GoalSection({
  draft,
  change,
}: {
  draft: LessonPlanForm;
  change: <F extends keyof LessonPlanForm>(f: F, v: LessonPlanForm[F]) => void;
}) {
  const { t } = useTranslation(['lessons']);
  return (
    <section className="panel" aria-labelledby="plan-goal-heading">
      <h2 id="plan-goal-heading">{t('goalTitle')}</h2>
      <PlanTextField label={t('topicFieldLabel')} value={draft.topic} maxLength={TextLimit.title} onChange={(v) => change('topic', v)} />
      <PlanTextField
        label={t('objectivesFieldLabel')}
        hint={t('objectivesHintMessage')}
        value={draft.objectives}
        onChange={(v) => change('objectives', v)}
      />
      <PlanTextField
        label={t('expectedResultsFieldLabel')}
        hint={t('onePerLineHintMessage')}
        multiline
        value={draft.expectedResults}
        onChange={(v) => change('expectedResults', v)}
      />
      <PlanTextField
        label={t('successCriteriaFieldLabel')}
        hint={t('onePerLineHintMessage')}
        multiline
        value={draft.successCriteria}
        onChange={(v) => change('successCriteria', v)}
      />
    </section>
  );
}
