/**
 * The programme's groups: each with its grade, subject, digital teacher and assistant, its
 * pupils, and whether it is ready (and if not, what is missing, in words); the form that
 * forms a new one below.
 */
import type { Programme, ProgrammeGroup } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { fullName } from '@/domain/person';
import { TableFrame } from '@/ui/components/TableFrame';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { GroupForm } from './GroupForm';
import { GroupStatus } from './GroupStatus';

export function ProgrammeGroups({ programme }: { programme: Programme }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  return (
    <>
      <h2>{t('groupsTitle')}</h2>
      <p>{t('groupsHintMessage')}</p>
      {programme.groups.length === 0 ? (
        <p>{t('noGroupsMessage')}</p>
      ) : (
        <TableFrame label={t('groupsTitle')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('groupColumnLabel')}</th>
                <th scope="col">{t('subjectColumnLabel')}</th>
                <th scope="col">{t('teacherColumnLabel')}</th>
                <th scope="col">{t('assistantColumnLabel')}</th>
                <th scope="col">{t('pupilsColumnLabel')}</th>
                <th scope="col">{t('statusColumnLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.groups.map((g) => (
                <GroupRow key={g.group.id} row={g} programme={programme} />
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <GroupForm programme={programme} />
    </>
  );
}

function GroupRow({ row, programme }: { row: ProgrammeGroup; programme: Programme }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const params = useScreenParams();
  const language = currentLanguage();
  const { group } = row;
  const staffName = (id: string | undefined) => {
    const s = programme.staff.find((m) => m.id === id);
    return s ? fullName(s) : t('noneLabel');
  };
  const subject = programme.subjects.find((s) => s.id === group.subjectId);
  const pupilName = (id: string) => {
    const p = programme.pupils.find((r) => r.pupil.id === id);
    return p ? fullName(p.pupil) : '';
  };
  return (
    <tr>
      <th scope="row">
        <a href={params.href({ group: group.id, view: undefined })}>{group.name}</a>{' '}
        <small>{t('common:gradeOptionLabel', { grade: group.grade })}</small>
      </th>
      <td>{subject ? subjectName(subject.names, language) : ''}</td>
      <td>{staffName(group.teacherId)}</td>
      <td>{staffName(group.assistantId)}</td>
      <td>{group.pupilIds.map(pupilName).join(', ')}</td>
      <td>
        <GroupStatus check={row.check} nameOf={pupilName} />
      </td>
    </tr>
  );
}
