/** Surname, name and (optional) patronymic, the order of Kazakh and Russian school lists. */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TextLimit } from '@/domain/entities/fields';

export interface NameValues {
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string;
}

export function NameFields({ value, onChange }: { value: NameValues; onChange: (names: NameValues) => void }) {
  const { t } = useTranslation('people');
  const ids = { surname: useId(), name: useId(), patronymic: useId() };
  const field = (part: keyof NameValues, label: string, isRequired: boolean) => (
    <div className="field">
      <label htmlFor={ids[part]}>{label}</label>
      <input
        id={ids[part]}
        value={value[part]}
        maxLength={TextLimit.personName}
        required={isRequired}
        autoComplete="off"
        onChange={(e) => onChange({ ...value, [part]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="field-row">
      {field('surname', t('surnameColumnLabel'), true)}
      {field('name', t('nameColumnLabel'), true)}
      {field('patronymic', t('patronymicOptionalFieldLabel'), false)}
    </div>
  );
}
