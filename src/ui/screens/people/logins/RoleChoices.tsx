/** Checkboxes of the roles a head may give a member of staff (the school's own roles). */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Role } from '@/domain/roles';
import { HEAD_GRANTABLE_ROLES } from '@/sync/peopleMessages';
import { ROLE_LABEL_KEYS } from '@/ui/components/roleLabels';

export function RoleChoices({ value, onChange }: { value: readonly Role[]; onChange: (roles: Role[]) => void }) {
  const { t } = useTranslation(['people', 'common']);
  const toggle = (role: Role, isChecked: boolean) =>
    onChange(isChecked ? HEAD_GRANTABLE_ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role));
  return (
    <fieldset className="choice-group">
      <legend>{t('logins.rolesFieldLabel')}</legend>
      <div className="choice-grid">
        {HEAD_GRANTABLE_ROLES.map((role) => (
          <label key={role} className="choice">
            <input type="checkbox" checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {t(ROLE_LABEL_KEYS[role])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
