/**
 * The programme's pupils: each pupil of grades 8-11 (and anyone already recorded) with
 * whether they are eligible, and if not why, in words; the application and the two
 * subjects. Choosing a pupil opens their entry form below the table.
 */
import type { Programme, ProgrammePupil } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { fullName } from '@/domain/person';
import { TableFrame } from '@/ui/components/TableFrame';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { EntryForm } from './EntryForm';
import { INELIGIBLE_KEYS } from './programmeText';

export function ProgrammePupils({ programme, today }: { programme: Programme; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const params = useScreenParams();
  const formatDate = useIsoDateFormat();
  const language = currentLanguage();
  const subjectOf = new Map(programme.subjects.map((s) => [s.id as string, subjectName(s.names, language)]));
  const chosen = programme.pupils.find((p) => p.pupil.id === params.get('pupil'));
  return (
    <>
      <h2>{t('pupilsTitle')}</h2>
      <p>{t('pupilsHintMessage')}</p>
      <TableFrame label={t('pupilsTitle')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('pupilColumnLabel')}</th>
              <th scope="col">{t('classSetColumnLabel')}</th>
              <th scope="col">{t('eligibilityColumnLabel')}</th>
              <th scope="col">{t('applicationColumnLabel')}</th>
              <th scope="col">{t('subjectsColumnLabel')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('entryColumnLabel')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {programme.pupils.map((p) => (
              <PupilRow key={p.pupil.id} row={p} subjectOf={subjectOf} formatDate={formatDate} href={params.href({ pupil: p.pupil.id })} />
            ))}
          </tbody>
        </table>
      </TableFrame>
      {chosen && <EntryForm key={chosen.pupil.id} row={chosen} subjects={programme.subjects} today={today} />}
    </>
  );
}

function PupilRow({
  row,
  subjectOf,
  formatDate,
  href,
}: {
  row: ProgrammePupil;
  subjectOf: ReadonlyMap<string, string>;
  formatDate: (date: string) => string;
  href: string;
}) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const name = fullName(row.pupil);
  const { eligibility, record } = row;
  return (
    <tr>
      <th scope="row">
        {name}
        <span className="visually-hidden">, </span> <small>{t('common:gradeOptionLabel', { grade: row.pupil.grade })}</small>
      </th>
      <td>{row.classSetName}</td>
      <td>
        {eligibility.lowSubjectIds.length > 0 && (
          <p>{t('lowAchievingInLabel', { subjects: eligibility.lowSubjectIds.map((id) => subjectOf.get(id) ?? '').join(', ') })}</p>
        )}
        {eligibility.eligible ? (
          <span className="programme-status-ok">{t('eligibleLabel')}</span>
        ) : (
          <ul className="programme-reasons">
            {eligibility.reasons.map((r) => (
              <li key={r}>{t(INELIGIBLE_KEYS[r])}</li>
            ))}
          </ul>
        )}
      </td>
      <td>{record?.applicationOn ? formatDate(record.applicationOn) : t('noneLabel')}</td>
      <td>{record && record.subjectIds.length > 0 ? record.subjectIds.map((id) => subjectOf.get(id) ?? '').join(', ') : t('noneLabel')}</td>
      <td>
        {/* The pupil's name is heard after the visible words, so the link's name contains them (WCAG 2.5.3). */}
        <a href={href}>
          {record ? t('editEntryAction') : t('addEntryAction')}
          <span className="visually-hidden">{t('entryOfLabel', { name })}</span>
        </a>
      </td>
    </tr>
  );
}
