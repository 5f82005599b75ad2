/**
 * One group's page: who teaches and assists, whether it is ready (the head approves it
 * here), each pupil's lagging topics with suggestions from class mastery, the checkpoints,
 * the group's lessons with attendance, each lesson's plan, and the group's tasks.
 */
import { useDigitalTeacherCommands, useGroupPage, type GroupPage, type Programme } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { fullName } from '@/domain/person';
import { Role } from '@/domain/roles';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { mayWrite } from '@/sync/tableRules';
import { CheckpointForm } from './CheckpointForm';
import { GroupForm } from './GroupForm';
import { GroupAssignments } from './GroupAssignments';
import { GroupLessonPlans } from './GroupLessonPlans';
import { GroupLessons } from './GroupLessons';
import { GroupStatus } from './GroupStatus';
import { PupilProgress } from './PupilProgress';
import { ProgrammeProblems } from './ProgrammeProblems';

export function GroupPageView({ groupId, programme, today }: { groupId: string; programme: Programme; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const user = useSignedInUser();
  const page = useGroupPage(user.schoolId, groupId, today);
  if (page === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  if (page === null) return <p>{t('groupNotFoundMessage')}</p>;
  return <GroupPageBody page={page} programme={programme} today={today} />;
}

function GroupPageBody({ page, programme, today }: { page: GroupPage; programme: Programme; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const user = useSignedInUser();
  const language = currentLanguage();
  const commands = useDigitalTeacherCommands();
  const approve = useSaveAction();
  const { group } = page;
  const nameOf = (id: string) => {
    const p = page.pupils.find((r) => r.pupil.id === id) ?? programme.pupils.find((r) => r.pupil.id === id);
    return p ? fullName(p.pupil) : '';
  };
  const isHead = user.roles.includes(Role.head);
  const approver = programme.staff.find((s) => s.id === group.approvedById);
  return (
    <>
      <h2>
        {group.name} <small>{t('common:gradeOptionLabel', { grade: group.grade })}</small>
      </h2>
      <dl className="programme-facts">
        <dt>{t('subjectColumnLabel')}</dt>
        <dd>{page.subject ? subjectName(page.subject.names, language) : ''}</dd>
        <dt>{t('digitalTeacherLabel')}</dt>
        <dd>{page.teacher ? fullName(page.teacher) : t('noneLabel')}</dd>
        <dt>{t('assistantColumnLabel')}</dt>
        <dd>{page.assistant ? fullName(page.assistant) : t('noneLabel')}</dd>
        <dt>{t('statusColumnLabel')}</dt>
        <dd>
          <GroupStatus check={page.check} nameOf={nameOf} />
          {approver && <p>{t('approvedByMessage', { name: fullName(approver) })}</p>}
        </dd>
      </dl>
      {isHead && user.staffId !== undefined && group.approvedById === undefined && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={approve.isSaving}
            onClick={() => void approve.run(() => commands.approveGroup(group.id, { staffId: user.staffId ?? '', roles: user.roles }, today))}
          >
            {t('approveGroupAction')}
          </button>
          <ProgrammeProblems error={approve.error} nameOf={nameOf} />
        </div>
      )}
      <h3>{t('laggingTopicsTitle')}</h3>
      {page.pupils.map((p) => (
        <PupilProgress key={p.pupil.id} row={p} page={page} today={today} />
      ))}
      <CheckpointForm page={page} today={today} />
      <GroupLessons page={page} today={today} />
      <GroupLessonPlans page={page} />
      <GroupAssignments page={page} />
      {mayWrite(user.roles, 'groups') && <GroupForm key={group.id} programme={programme} existing={group} />}
    </>
  );
}
