/** One class set in the School screen's table; the name is a field for the head. */
import { useFormatters } from '../../../client/i18n/useFormatters';
import { useTranslation } from '../../../client/i18n/useTranslation';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { ClassSetNameField } from './ClassSetNameField';
import type { ClassSetOverview } from './classSetOverview';

const LANGUAGE_KEYS = { kk: 'kazakhLanguageLabel', ru: 'russianLanguageLabel' } as const;

export function ClassSetRow({ classSet, user, canRename }: { classSet: ClassSetOverview; user: SessionUser; canRename: boolean }) {
  const { t } = useTranslation('schoolSetup');
  const { formatNumber } = useFormatters();
  return (
    <tr data-class-set-id={classSet.id}>
      <th scope="row">
        {canRename ? <ClassSetNameField classSet={classSet} user={user} /> : <span className="class-set-name">{classSet.name}</span>}
      </th>
      <td>{t('gradesValueMessage', { grades: classSet.grades.join(', '), count: classSet.grades.length })}</td>
      <td>{t(LANGUAGE_KEYS[classSet.language])}</td>
      <td className="numeric">{formatNumber(classSet.pupilCount)}</td>
    </tr>
  );
}
