/**
 * The head adds a member of staff: names, one or more roles, the position as school papers
 * write it. The timetable then offers them as a teacher or assistant; the head then gives
 * them a login in the screen's Logins section (online).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TextLimit } from '@/domain/entities/fields';
import { Role } from '@/domain/roles';
import { ROLE_LABEL_KEYS } from '@/ui/components/roleLabels';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { NameFields, type NameValues } from './NameFields';
import { useSetupCommands } from '@/client/setup/setupCommands';

type StaffRole = Exclude<Role, 'pupil'>;
const OFFERED_ROLES: readonly StaffRole[] = [Role.teacher, Role.assistant, Role.head, Role.methodologist];
const EMPTY_NAMES: NameValues = { surname: '', name: '', patronymic: '' };

export function AddStaffForm() {
  const { t } = useTranslation(['people', 'common']);
  const headingId = useId();
  const positionId = useId();
  const [names, setNames] = useState<NameValues>(EMPTY_NAMES);
  const [roles, setRoles] = useState<StaffRole[]>([Role.teacher]);
  const [position, setPosition] = useState('');
  const [added, setAdded] = useState('');
  const save = useSaveAction();
  const setup = useSetupCommands();

  const toggle = (role: StaffRole, isChecked: boolean) =>
    setRoles(isChecked ? OFFERED_ROLES.filter((r) => r === role || roles.includes(r)) : roles.filter((r) => r !== role));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => setup.addStaff({ ...names, roles, position }));
    if (isDone) {
      setAdded(`${names.surname.trim()} ${names.name.trim()}`);
      setNames(EMPTY_NAMES);
      setPosition('');
    }
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{t('addStaffTitle')}</h3>
      <NameFields value={names} onChange={setNames} />
      <fieldset className="choice-group">
        <legend>{t('rolesColumnLabel')}</legend>
        <div className="choice-grid">
          {OFFERED_ROLES.map((role) => (
            <label key={role} className="choice">
              <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
              {t(ROLE_LABEL_KEYS[role])}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={positionId}>{t('positionOptionalFieldLabel')}</label>
        <input id={positionId} value={position} maxLength={TextLimit.title} onChange={(e) => setPosition(e.target.value)} />
      </div>
      <WriteProblems
        error={save.error}
        fieldLabels={{
          surname: t('surnameColumnLabel'),
          name: t('nameColumnLabel'),
          patronymic: t('patronymicColumnLabel'),
          roles: t('rolesColumnLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('addStaffAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('staffAddedMessage', { name: added }) : ''}
        </span>
      </div>
    </form>
  );
}
