/** Formative tasks (ФО) of the lesson: the task, the criterion it checks, descriptors with points. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonPlanForm, TaskForm } from './lessonPlanForm';
import { PlanTextField } from './PlanTextField';

export function FormativeTasksSection({
  draft,
  change,
}: {
  draft: LessonPlanForm;
  change: <F extends keyof LessonPlanForm>(f: F, v: LessonPlanForm[F]) => void;
}) {
  const { t } = useTranslation(['lessons']);
  const tasks = draft.formativeTasks;
  const setTask = (i: number, patch: Partial<TaskForm>) =>
    change(
      'formativeTasks',
      tasks.map((task, k) => (k === i ? { ...task, ...patch } : task)),
    );
  return (
    <section className="panel" aria-labelledby="plan-tasks-heading">
      <h2 id="plan-tasks-heading">{t('formativeTasksTitle')}</h2>
      {tasks.length === 0 && <p className="hint">{t('noFormativeTasksMessage')}</p>}
      <ol className="plan-tasks">
        {tasks.map((task, i) => {
          const which = t('taskNumberLabel', { number: i + 1 });
          return (
            <li key={i}>
              <PlanTextField
                label={t('taskTextFieldLabel')}
                hiddenLabel={which}
                multiline
                value={task.text}
                onChange={(text) => setTask(i, { text })}
              />
              <PlanTextField
                label={t('taskCriterionFieldLabel')}
                hiddenLabel={which}
                value={task.criterion}
                onChange={(criterion) => setTask(i, { criterion })}
              />
              <p className="field-label">{t('descriptorsLabel')}</p>
              <ul className="plan-descriptors">
                {task.descriptors.map((d, k) => {
                  const whichDescriptor = `${which}, ${t('descriptorNumberLabel', { number: k + 1 })}`;
                  const setDescriptor = (patch: Partial<typeof d>) =>
                    setTask(i, { descriptors: task.descriptors.map((x, j) => (j === k ? { ...x, ...patch } : x)) });
                  return (
                    <li key={k} className="plan-descriptor">
                      <PlanTextField
                        label={t('descriptorTextFieldLabel')}
                        hiddenLabel={whichDescriptor}
                        value={d.text}
                        onChange={(text) => setDescriptor({ text })}
                      />
                      <PlanTextField
                        label={t('descriptorPointsFieldLabel')}
                        hiddenLabel={whichDescriptor}
                        inputMode="decimal"
                        value={d.points}
                        onChange={(points) => setDescriptor({ points })}
                      />
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => setTask(i, { descriptors: task.descriptors.filter((_, j) => j !== k) })}
                      >
                        {t('removeDescriptorAction')}
                        <span className="visually-hidden"> {whichDescriptor}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setTask(i, { descriptors: [...task.descriptors, { text: '', points: '1' }] })}
                >
                  {t('addDescriptorAction')}
                  <span className="visually-hidden"> {which}</span>
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() =>
                    change(
                      'formativeTasks',
                      tasks.filter((_, k) => k !== i),
                    )
                  }
                >
                  {t('removeTaskAction')}
                  <span className="visually-hidden"> {which}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => change('formativeTasks', [...tasks, { text: '', criterion: '', descriptors: [] }])}>
        {t('addTaskAction')}
      </button>
    </section>
  );
}
