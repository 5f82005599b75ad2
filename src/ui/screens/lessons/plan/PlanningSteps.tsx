/**
 * The six-step method as progress: the steps done, the next one, and one button to mark it
 * done. Step 4 (prepare the materials) says whether the lesson's files are on this laptop.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { PLANNING_STEPS, type PlanningStep } from '@/domain/entities/lessonPlan';
import { PLANNING_STEP_LABEL_KEYS } from './planText';

export function PlanningSteps({ step, onStep }: { step: PlanningStep; onStep: (step: PlanningStep) => void }) {
  const { t } = useTranslation(['lessons']);
  const reached = PLANNING_STEPS.indexOf(step);
  const next = PLANNING_STEPS[reached + 1];
  return (
    <section className="panel planning-steps" aria-labelledby="planning-steps-heading">
      <h2 id="planning-steps-heading">{t('stepsTitle')}</h2>
      <ol>
        {PLANNING_STEPS.map((s, i) => (
          <li
            key={s}
            className={i <= reached ? 'step-done' : i === reached + 1 ? 'step-next' : undefined}
            aria-current={i === reached + 1 ? 'step' : undefined}
          >
            <span aria-hidden="true">{i <= reached ? '✓ ' : ''}</span>
            {t(PLANNING_STEP_LABEL_KEYS[s])}
            <span className="visually-hidden"> {i <= reached ? t('stepDoneLabel') : ''}</span>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        {next !== undefined && (
          <button type="button" className="button button-primary" onClick={() => onStep(next)}>
            {t('markStepDoneAction', { step: t(PLANNING_STEP_LABEL_KEYS[next]) })}
          </button>
        )}
        {reached > 0 && (
          <button type="button" className="button button-quiet" onClick={() => onStep(PLANNING_STEPS[reached - 1]!)}>
            {t('undoStepAction')}
          </button>
        )}
      </div>
    </section>
  );
}
