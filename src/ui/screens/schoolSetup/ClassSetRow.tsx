/**
 * One class set in the School screen's table; for the head the name is a field, and a
 * button opens the class set's panel (grades, language, pupils, archive).
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ClassSetNameField } from './ClassSetNameField';
import type { ClassSetOverview } from '@/client/setup/readClassSetOverview';

const LANGUAGE_KEYS = { kk: 'kazakhLanguageLabel', ru: 'russianLanguageLabel' } as const;

export function ClassSetRow({
  classSet,
  canRename,
  isOpen = false,
  onManage,
}: {
  classSet: ClassSetOverview;
  canRename: boolean;
  isOpen?: boolean;
  onManage?: () => void;
}) {
  const { t } = useTranslation('schoolSetup');
  const { formatNumber } = useFormatters();
  return (
    <tr data-class-set-id={classSet.id}>
      <th scope="row">{canRename ? <ClassSetNameField classSet={classSet} /> : <span className="class-set-name">{classSet.name}</span>}</th>
      <td>{t('gradesValueMessage', { grades: classSet.grades.join(', '), count: classSet.grades.length })}</td>
      <td>{t(LANGUAGE_KEYS[classSet.language])}</td>
      <td className="numeric">{formatNumber(classSet.pupilCount)}</td>
      {onManage && (
        <td>
          <button type="button" className="button button-quiet" aria-expanded={isOpen} onClick={onManage}>
            {t('manageClassSetAction')}
            <span className="visually-hidden"> {classSet.name}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
