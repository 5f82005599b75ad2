/**
 * The group's lessons with their short-term plans: the digital teacher picks one of their
 * plans of the group's subject for each lesson, or goes to the Lessons screen to write one;
 * each lesson shows its plan's topic and the resources its stages use.
 */
import { useId } from 'react';
import { useDigitalTeacherCommands, useGroupLessonPlans, type GroupPage } from '@/client/digitalTeacher/useDigitalTeacher';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { SelectField } from '@/ui/components/form/SelectField';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { screenAddress } from '@/ui/navigation/useScreenParams';
import { ProgrammeProblems } from './ProgrammeProblems';

const LESSONS_SCREEN = 'lessons';

export function GroupLessonPlans({ page }: { page: GroupPage }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const plans = useGroupLessonPlans(page.group.id);
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const formatDate = useIsoDateFormat();
  const headingId = useId();
  if (plans === undefined || page.lessons.length === 0) return null;
  const options = [{ value: '', label: t('noPlanLabel') }, ...plans.choices.map((c) => ({ value: c.id, label: c.topic }))];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('lessonPlansTitle')}</h3>
      <p className="field-hint">{t('lessonPlansHintMessage')}</p>
      <p>
        <a href={screenAddress(LESSONS_SCREEN, {})}>{t('writePlanAction')}</a>
      </p>
      <ul className="lesson-plan-list">
        {page.lessons.map((l) => {
          const when = t('lessonWhenLabel', { date: formatDate(l.session.date), period: l.session.period });
          const linked = plans.linked.get(l.session.id);
          return (
            <li key={l.session.id}>
              <SelectField
                label={t('planForLessonLabel', { when })}
                value={linked?.id ?? ''}
                options={options}
                onChange={(planId) => {
                  if (planId) void save.run(() => commands.planGroupLesson(page.group.id, l.session.id, planId));
                }}
              />
              {linked && (
                <p>
                  <a href={screenAddress(LESSONS_SCREEN, { plan: linked.id, date: l.session.date })}>{linked.topic}</a>
                  {linked.resourceTitles.length > 0 && <> · {t('planResourcesMessage', { resources: linked.resourceTitles.join(', ') })}</>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <ProgrammeProblems error={save.error} nameOf={() => ''} />
    </section>
  );
}
