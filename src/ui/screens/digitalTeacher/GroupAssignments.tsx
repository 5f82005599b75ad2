/**
 * The group's tasks: the digital teacher gives one of the school's assessments of the
 * group's subject and grade to exactly the group's pupils, with the Assessments screen's own
 * command, and sees what the group has been given. Times, attempts and new assessments stay
 * on the Assessments screen, linked from here.
 */
import { useId, useState, type FormEvent } from 'react';
import { useAssessmentCommands } from '@/client/assessments/assessmentCommands';
import { useGroupAssignments, type GroupPage } from '@/client/digitalTeacher/useDigitalTeacher';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { SelectField } from '@/ui/components/form/SelectField';
import { screenAddress } from '@/ui/navigation/useScreenParams';
import { ProgrammeProblems } from './ProgrammeProblems';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export function GroupAssignments({ page }: { page: GroupPage }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const user = useSignedInUser();
  const data = useGroupAssignments(user.schoolId, page.group.id);
  const commands = useAssessmentCommands();
  const save = useSaveAction();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const [assessmentId, setAssessmentId] = useState('');
  if (data === undefined) return null;
  const staffId = user.staffId;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!assessmentId || staffId === undefined) return;
    const isDone = await save.run(() => commands.assignToGroup({ assessmentId, assignedById: staffId, opensAt: Date.now() }, page.group.id));
    if (isDone) setAssessmentId('');
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('groupTasksTitle')}</h3>
      {staffId !== undefined && (
        <form className="setup-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('assignToGroupTitle')}>
          <SelectField
            label={t('assessmentFieldLabel')}
            value={assessmentId}
            options={[{ value: '', label: t('noAssessmentLabel') }, ...data.choices.map((c) => ({ value: c.id, label: c.title }))]}
            onChange={setAssessmentId}
          />
          <ProgrammeProblems error={save.error} nameOf={() => ''} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={save.isSaving || !assessmentId}>
              {t('assignToGroupAction')}
            </button>
            <a href={screenAddress('assessments', {})}>{t('openAssessmentsAction')}</a>
            <span className="field-status" role="status">
              {save.state.status === 'saved' ? t('assignedToGroupMessage') : ''}
            </span>
          </div>
        </form>
      )}
      {data.tasks.length === 0 ? (
        <p>{t('noGroupTasksMessage')}</p>
      ) : (
        <ul>
          {data.tasks.map((task) => (
            <li key={`${task.assessmentId} ${task.opensAt}`}>
              {t('groupTaskLabel', { title: task.title, when: formatDate(task.opensAt, WHEN), pupils: task.pupilCount })}
              {task.dueAt !== undefined && ` · ${t('groupTaskDueLabel', { when: formatDate(task.dueAt, WHEN) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
