/**
 * Giving the lesson to the class set's pupils to study on their own laptops, offline: its
 * topic, what pupils do at each stage and the stages' resources (the rest of the plan stays
 * the teacher's). Giving it again updates what pupils see.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonPlanEditorData } from '@/client/lessons/readLessonPlanEditor';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

export function GiveLessonSection({ data, beforeGiving }: { data: LessonPlanEditorData; beforeGiving: () => Promise<unknown> }) {
  const { t } = useTranslation(['lessons']);
  const user = useSessionStore(selectUser);
  const planning = usePlanningCommands();
  const save = useSaveAction();
  if (!user?.staffId) return null;
  return (
    <section className="panel" aria-labelledby="give-lesson-heading">
      <h2 id="give-lesson-heading">{t('giveLessonTitle')}</h2>
      <p className="hint">{t('giveLessonHintMessage')}</p>
      <WriteProblems error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={save.isSaving}
          onClick={() =>
            void save.run(async () => {
              await beforeGiving();
              await planning.giveLesson(data.plan.id, user.staffId!);
            })
          }
        >
          {t('giveLessonAction', { classSet: data.classSetName ?? '' })}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('lessonGivenMessage') : ''}
        </span>
      </div>
    </section>
  );
}
